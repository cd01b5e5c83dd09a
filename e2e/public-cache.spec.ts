import http from 'node:http';
import zlib from 'node:zlib';
import { test, expect, signIn, dataLayer, type ImportedArticle } from './fixtures';

// The reader's page is answered from the server's in-memory copy (scripts/server.mjs,
// scripts/reader-cache.mjs). Readers see published snapshots: a workspace change leaves the copy
// in place, and a new version an editor publishes replaces it at once.

const SOVIET = 'The Soviet Union lost 27 million people';
// Each test prepares its fact-check through three data-layer scripts (a few seconds each).
test.describe.configure({ timeout: 120_000 });

/** A published fact-check of one claim, not yet requested by anyone. */
function freshFactCheck(what: string) {
  const article = dataLayer<ImportedArticle>('import-article', { title: `Cache e2e ${what} ${Date.now()}` });
  const prepared = dataLayer<Record<string, { id: string }>>('publish-prepare', {
    articleId: article.id,
    ruled: [
      {
        contains: SOVIET,
        rating: 'mostly_true',
        explanation: 'Widely cited estimates of Soviet war deaths run from about 24 to 27 million.',
        claimant: 'The National',
        sources: [{ url: 'https://example.org/e2e/cache-first', title: 'Demo source: first', type: 'dataset', stance: 'supports' }],
      },
    ],
  });
  const { slug } = dataLayer<{ slug: string }>('publish-now', { articleId: article.id });
  return { article, claimId: prepared[SOVIET]!.id, slug, path: `/fact-checks/${slug}` };
}

/** A GET with exactly these headers, and the bytes as sent (no decompression). */
function raw(baseURL: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(new URL(path, baseURL), { headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

test('a source added to a published claim reaches readers only when an editor publishes it; the copy stays meanwhile', async ({ page, request }) => {
  const { article, claimId, path } = freshFactCheck('source');
  await request.get(path);
  const cached = await request.get(path);
  expect(cached.headers()['x-claimdesk-cache']).toBe('HIT');
  expect(cached.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  expect(await cached.text()).not.toContain('Demo source: second');

  await signIn(page, 'editor');
  await page.waitForURL(/\/dashboard$/);
  await page.goto(`/claims/${claimId}`);
  const add = page.getByRole('form', { name: 'Add a source' });
  await add.getByLabel('URL', { exact: true }).fill('https://example.org/e2e/cache-second');
  await add.getByLabel('Title').fill('Demo source: second');
  await add.getByLabel('Type').selectOption('news_report');
  await add.getByLabel('Stance').selectOption('context');
  await add.getByRole('button', { name: 'Add source' }).click();
  await expect(page.getByRole('link', { name: 'Demo source: second' }).first()).toBeVisible();

  // A workspace change: readers keep the published version, still served from the copy.
  const still = await request.get(path);
  expect(still.headers()['x-claimdesk-cache']).toBe('HIT');
  expect(await still.text()).not.toContain('Demo source: second');

  dataLayer('publish-changes', { articleId: article.id, kind: 'update', note: 'We added a second source.' });
  const fresh = await request.get(path);
  expect(fresh.headers()['x-claimdesk-cache']).toBe('MISS');
  const html = await fresh.text();
  expect(html).toContain('Demo source: second');
  expect(html).toContain('We added a second source.');
});

test('a compressed request right after a change never poisons the copy for readers without compression', async ({ baseURL }) => {
  const { path } = freshFactCheck('encoding');
  const deflate = await raw(baseURL!, path, { 'accept-encoding': 'deflate' });
  expect(deflate.status).toBe(200);
  expect(deflate.headers['content-encoding']).toBeUndefined(); // deflate is never chosen
  expect(deflate.headers.vary).toMatch(/Accept-Encoding/i);

  const plain = await raw(baseURL!, path);
  expect(plain.headers['x-claimdesk-cache']).toBe('HIT');
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.subarray(0, 15).toString()).toBe('<!DOCTYPE html>');

  const gzip = await raw(baseURL!, path, { 'accept-encoding': 'gzip' });
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(zlib.gunzipSync(gzip.body).equals(plain.body)).toBe(true);
  const br = await raw(baseURL!, path, { 'accept-encoding': 'br, gzip' });
  expect(br.headers['content-encoding']).toBe('br');
  expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
  for (const r of [plain, gzip, br]) expect(r.headers.vary).toMatch(/Accept-Encoding/i);
});

test('a burst of readers on a page nobody has asked for yet costs one render', async ({ baseURL }) => {
  const { path, slug } = freshFactCheck('burst');
  for (const p of [path, `/api/fact-checks/${slug}`]) {
    const all = await Promise.all(Array.from({ length: 20 }, () => raw(baseURL!, p, { 'accept-encoding': 'gzip' })));
    expect(all.map((r) => r.status)).toEqual(Array(20).fill(200));
    const labels = all.map((r) => r.headers['x-claimdesk-cache']);
    expect(
      labels.filter((l) => l === 'MISS'),
      labels.join(' '),
    ).toHaveLength(1);
    const bodies = new Set(all.map((r) => (r.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(r.body) : r.body).toString('base64')));
    expect(bodies.size).toBe(1);
  }
});
