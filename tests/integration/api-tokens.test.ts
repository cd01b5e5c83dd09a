// Issue 10, the workspace JSON API's authentication: personal API tokens, shown once and stored
// hashed, acting as their person with the role the database says now; revoked or unknown tokens
// are 401, a role that may not do it is 403, and past the per-token limit 429. POST /api/articles
// is driven through its real route handler.
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeUser, resetDatabase } from './db';
import { code } from './claims-helpers';
import { createToken, listTokens, revokeToken, TOKEN_LIMIT, userIdForToken } from '@/lib/data/api-tokens';
import { POST as postArticle } from '@/app/api/articles/route';
import { openApiDocument } from '@/lib/api/openapi';
import { ZApiArticleResponse } from '@/lib/api/schemas';

beforeEach(resetDatabase);

const TEXT = 'The mayor said the city built 40 new schools last year.\n\nOfficials said the budget rose by 12 per cent in 2024.';

const post = (token: string | null, body: unknown, contentType = 'application/json') =>
  postArticle(
    new Request('http://127.0.0.1/api/articles', {
      method: 'POST',
      headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );

describe('API tokens', () => {
  it('are shown once and stored only as a hash; each person sees and revokes only their own', async () => {
    const [jo, al] = [await makeUser('journalist', 'Jo'), await makeUser('journalist', 'Al')];
    const made = await createToken(jo.id, { name: 'CMS import' });
    expect(made.token).toMatch(/^cdk_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: made.id } });
    expect(row.tokenHash).toBe(createHash('sha256').update(made.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(made.token);
    expect((await listTokens(jo.id)).map((t) => t.name)).toEqual(['CMS import']);
    expect(await listTokens(al.id)).toEqual([]);
    expect(await code(revokeToken(al.id, { id: made.id }))).toBe('NOT_FOUND');
    expect(await code(createToken(jo.id, { name: '  ' }))).toBe('INVALID');

    expect(await userIdForToken(made.token)).toBe(jo.id);
    expect(await userIdForToken(`${made.token}x`)).toBeNull();
    expect(await userIdForToken('not-a-token')).toBeNull();
    await revokeToken(jo.id, { id: made.id });
    expect(await userIdForToken(made.token)).toBeNull();
  });

  it('imports an article through POST /api/articles with a journalist’s token, and refuses what it must', async () => {
    const [jo, admin] = [await makeUser('journalist', 'Jo'), await makeUser('admin', 'Ada')];
    const { token } = await createToken(jo.id, { name: 'CMS' });
    const created = await post(token, { raw: TEXT, publisher: 'The Ledger', publishedAt: '2025-05-08' });
    expect(created.status).toBe(201);
    const body = (await created.json()) as {
      id: string;
      title: string;
      claims: { text: string; start: number; end: number; status: string; suggested: boolean }[];
    };
    const article = await db.article.findUniqueOrThrow({ where: { id: body.id } });
    expect(article).toMatchObject({ publisher: 'The Ledger', importedById: jo.id });
    expect(body.title).toBe(article.title);
    expect(body.claims.length).toBeGreaterThan(0);
    for (const c of body.claims) expect(article.plainText.slice(c.start, c.end)).toBe(c.text);
    expect(body.claims.every((c) => c.status === 'suggested')).toBe(true);
    // The answer has the documented shape and is the stored claims, in the text's order.
    expect(ZApiArticleResponse.parse(body)).toEqual(body);
    const stored = await db.claim.findMany({ where: { articleId: body.id }, orderBy: [{ start: 'asc' }, { id: 'asc' }] });
    expect(body.claims).toEqual(
      stored.map((c) => ({
        id: c.id,
        text: c.text,
        start: c.start,
        end: c.end,
        score: c.score,
        suggested: c.recommended,
        speaker: c.claimant,
        status: c.status,
      })),
    );
    expect(stored.some((c) => c.claimant !== null) && stored.some((c) => c.recommended)).toBe(true); // the mapped fields are not all empty

    // The same text again: 409 with the existing article's id, unless a copy is asked for.
    const again = await post(token, { raw: TEXT, title: 'Again' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ id: body.id });
    expect((await post(token, { raw: TEXT, title: 'A copy', allowDuplicate: true })).status).toBe(201);

    // Bad input: 400 with the field; not JSON: 415; not an object: 400.
    const bad = await post(token, { raw: '', title: 'x' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { fieldErrors: Record<string, string[]> }).fieldErrors.raw).toBeDefined();
    expect((await post(token, 'raw=x', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await post(token, '[1,2]')).status).toBe(400);

    // An admin's token acts with an admin's role, which may not import: 403.
    const adminToken = (await createToken(admin.id, { name: 'ops' })).token;
    expect((await post(adminToken, { raw: `${TEXT} Another.`, title: 'x' })).status).toBe(403);
    // A token whose person was demoted or deactivated acts with what the database says now.
    await db.user.update({ where: { id: jo.id }, data: { active: false } });
    const gone = await post(token, { raw: `${TEXT} More.`, title: 'x' });
    expect(gone.status).toBe(401);
    // A revoked or malformed token is 401 with a WWW-Authenticate challenge.
    await db.user.update({ where: { id: jo.id }, data: { active: true } });
    await revokeToken(jo.id, { id: (await listTokens(jo.id))[0]!.id });
    const revoked = await post(token, { raw: TEXT, title: 'x' });
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await post('garbage', { raw: TEXT, title: 'x' })).status).toBe(401);
  });

  it('limits each token to its requests a minute, with 429 and Retry-After past it', async () => {
    const jo = await makeUser('journalist', 'Jo');
    const { token } = await createToken(jo.id, { name: 'bot' });
    const other = (await createToken(jo.id, { name: 'other bot' })).token;
    for (let i = 0; i < TOKEN_LIMIT.points; i++) expect(await userIdForToken(token)).toBe(jo.id);
    const limited = await post(token, { raw: TEXT, title: 'x' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    // The limit is per token: another token of the same person is not limited.
    expect(await userIdForToken(other)).toBe(jo.id);
  });

  it('describes the API as OpenAPI from the routes’ own schemas', () => {
    const doc = openApiDocument('https://desk.example') as unknown as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { required?: string[]; properties: object } }> } }>>;
    };
    const request = doc.paths['/api/articles']!.post!.requestBody!.content['application/json']!.schema;
    expect(request.required).toEqual(['raw']);
    expect(Object.keys(request.properties)).toEqual(expect.arrayContaining(['raw', 'title', 'url', 'publisher', 'publishedAt', 'allowDuplicate']));
    expect(Object.keys(doc.paths)).toEqual(['/api/articles', '/api/claims/match', '/api/claims/search', '/api/notifications']);
    const search = doc.paths['/api/claims/search']!.get as unknown as { parameters: { name: string }[] };
    expect(search.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['q', 'status', 'rating', 'claimant', 'article', 'cursor', 'limit']));
  });
});
