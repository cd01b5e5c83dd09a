// Issue 13, reader feedback: readers report an error on a published fact-check or send a claim to
// check, with no account (a honeypot and a per-client limit against spam); editors accept a report
// as a correction or decline it with a reason; journalists turn a tip into a claim or an article.
import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeArticle, makeUser, resetDatabase } from './db';
import { publishFactCheck, saveSummary, unpublishFactCheck } from '@/lib/data/factchecks';
import { getPublishedFactCheck } from '@/lib/data/public';
import { acceptReport, declineReport, declineTip, listFeedback, submitReport, submitTip, tipToArticle, tipToClaim } from '@/lib/data/feedback';
import { FEEDBACK_LIMIT } from '@/lib/feedback/limit';
import type { AppError } from '@/lib/errors';

beforeEach(resetDatabase);

const TEXT = 'Alpha said the sky is green. Beta said water is dry.';

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: AppError) => ({ code: e.info.code, message: e.message, fields: e.info.code === 'INVALID' ? e.info.fieldErrors : undefined }),
  );

let clients = 0;
/** A fresh client address per call, so the per-client limit only bites where a test means it to. */
const client = () => `192.0.2.${++clients}`;

/** A published fact-check with one ruled claim (number 1), and the staff around it. */
async function published() {
  const [journalist, editor, admin] = [await makeUser('journalist'), await makeUser('editor'), await makeUser('admin')];
  const article = await makeArticle(journalist.id, TEXT);
  const claim = await db.claim.create({
    data: { articleId: article.id, start: 0, end: 28, text: TEXT.slice(0, 28), status: 'ruled', claimant: 'Alpha', included: true },
  });
  await db.source.create({
    data: {
      claimId: claim.id,
      url: 'https://example.org/report',
      title: 'A report',
      type: 'dataset',
      stance: 'contradicts',
      addedById: journalist.id,
    },
  });
  await db.verdict.create({
    data: { claimId: claim.id, kind: 'ruled', rating: 'false_', explanation: 'It is blue.', attributionConfirmed: true, byId: editor.id },
  });
  const draft = await saveSummary(editor.id, { articleId: article.id, version: 0, summary: 'We checked one claim in this article.' });
  const fc = await publishFactCheck(editor.id, { articleId: article.id, version: draft.version });
  return { journalist, editor, admin, article, claim, fc };
}

const report = (slug: string, extra: Record<string, unknown> = {}) => ({
  slug,
  claim: '1',
  whatIsWrong: 'The sky in the quote was blue, not green.',
  evidenceUrl: 'https://example.org/evidence',
  email: 'Reader@Example.org',
  website: '',
  ...extra,
});

const newReport = async (slug: string) => {
  const { reference } = await submitReport(client(), report(slug));
  return db.readerReport.findUniqueOrThrow({ where: { reference } });
};

describe('readers send feedback without an account', () => {
  it('stores a report on a published fact-check’s claim, by the number readers see, and gives a reference', async () => {
    const s = await published();
    const receipt = await submitReport(client(), report(s.fc.slug));
    expect(receipt.reference).toMatch(/^R-[A-Z2-9]{8}$/);
    const row = await db.readerReport.findUniqueOrThrow({ where: { reference: receipt.reference } });
    expect(row).toMatchObject({ factCheckId: s.fc.id, claimId: s.claim.id, claimNumber: 1, status: 'new', email: 'reader@example.org', version: 1 });
    // The fact-check as a whole: no claim.
    const whole = await submitReport(client(), report(s.fc.slug, { claim: '' }));
    expect(await db.readerReport.findUniqueOrThrow({ where: { reference: whole.reference } })).toMatchObject({ claimId: null, claimNumber: null });
  });

  it('refuses bad input field by field, and anything readers cannot see', async () => {
    const s = await published();
    const bad = await refusal(submitReport(client(), report(s.fc.slug, { whatIsWrong: '   ', evidenceUrl: 'javascript:alert(1)', email: 'nope' })));
    expect(bad?.code).toBe('INVALID');
    expect(Object.keys(bad?.fields ?? {}).sort()).toEqual(['email', 'evidenceUrl', 'whatIsWrong']);
    expect((await refusal(submitReport(client(), report(s.fc.slug, { whatIsWrong: 'x'.repeat(2001) }))))?.code).toBe('INVALID');
    expect((await refusal(submitReport(client(), report(s.fc.slug, { claim: '99' }))))?.fields?.claim).toBeDefined();
    expect((await refusal(submitReport(client(), report('no-such-fact-check'))))?.code).toBe('NOT_FOUND');
    await unpublishFactCheck(s.editor.id, { articleId: s.article.id, version: s.fc.version, reason: 'Retracted for the purpose of this test.' });
    expect((await refusal(submitReport(client(), report(s.fc.slug))))?.code).toBe('NOT_FOUND');
    expect(await db.readerReport.count()).toBe(0);
  });

  it('stores a tip, and answers a filled honeypot like a success while storing nothing', async () => {
    const s = await published();
    const tip = await submitTip(client(), { claimText: 'The mayor said crime fell 40% last year.', seenAtUrl: 'https://news.test/x', email: '' });
    expect(tip.reference).toMatch(/^T-[A-Z2-9]{8}$/);
    expect(await db.tip.findUniqueOrThrow({ where: { reference: tip.reference } })).toMatchObject({ status: 'new', email: null });
    const bot = { website: 'https://spam.test' };
    expect((await submitTip(client(), { claimText: 'Buy cheap pills', ...bot })).reference).toMatch(/^T-/);
    expect((await submitReport(client(), report(s.fc.slug, bot))).reference).toMatch(/^R-/);
    expect(await db.tip.count()).toBe(1);
    expect(await db.readerReport.count()).toBe(0);
  });

  it(`limits one client to ${FEEDBACK_LIMIT.points} messages in ${FEEDBACK_LIMIT.windowSeconds / 60} minutes, saying when to try again`, async () => {
    const s = await published();
    const me = client();
    for (let i = 0; i < FEEDBACK_LIMIT.points; i++) await submitTip(me, { claimText: `Claim number ${i}` });
    const refused = await refusal(submitReport(me, report(s.fc.slug)));
    expect(refused?.code).toBe('RATE_LIMITED');
    expect(refused?.message).toMatch(/try again in \d+ minutes? \(after \d\d:\d\d UTC\)/);
    // Bad input is refused before it is counted; another client is not affected.
    expect((await refusal(submitTip(client(), { claimText: '' })))?.code).toBe('INVALID');
    await expect(submitReport(client(), report(s.fc.slug))).resolves.toHaveProperty('reference');
    expect(await db.readerReport.count()).toBe(1);
  });
});

describe('triaging reports (editors)', () => {
  it('lets only editors triage, and anyone on staff read the queue', async () => {
    const s = await published();
    const r = await newReport(s.fc.slug);
    const input = { reportId: r.id, version: 1, whatChanged: 'The quote said blue.', reason: 'A reader pointed it out.' };
    expect((await refusal(acceptReport(s.journalist.id, input)))?.code).toBe('FORBIDDEN');
    expect((await refusal(acceptReport(s.admin.id, input)))?.code).toBe('FORBIDDEN');
    expect((await refusal(declineReport(null, { reportId: r.id, version: 1, reason: 'No.' })))?.code).toBe('UNAUTHORIZED');
    expect((await refusal(declineReport(s.journalist.id, { reportId: r.id, version: 1, reason: 'No.' })))?.code).toBe('FORBIDDEN');
    expect((await refusal(listFeedback(null)))?.code).toBe('UNAUTHORIZED');
    const queue = await listFeedback(s.journalist.id);
    expect(queue.counts).toEqual({ reports: 1, tips: 0 });
    expect(queue.reports[0]).toMatchObject({ reference: r.reference, claimNumber: 1, factCheck: { slug: s.fc.slug } });
    expect(await db.readerReport.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ status: 'new', version: 1 });
  });

  it('accepts a report as a correction readers see, linked to it, with the history, in one go', async () => {
    const s = await published();
    const r = await newReport(s.fc.slug);
    const done = await acceptReport(s.editor.id, {
      reportId: r.id,
      version: 1,
      whatChanged: 'The quote said blue, not green.',
      reason: 'A reader told us.',
    });
    const row = await db.readerReport.findUniqueOrThrow({ where: { id: r.id }, include: { correction: true } });
    expect(row).toMatchObject({ status: 'accepted', version: 2, triagedById: s.editor.id, correctionId: done.correctionId });
    expect(row.correction).toMatchObject({ claimId: s.claim.id, whatChanged: 'The quote said blue, not green.', byId: s.editor.id });
    expect(row.correction?.snapshotId).not.toBeNull();
    const page = await getPublishedFactCheck(s.fc.slug);
    expect(page?.corrections.map((k) => k.whatChanged)).toContain('The quote said blue, not green.');
    const events = await db.event.findMany({
      where: { articleId: s.article.id },
      orderBy: { id: 'asc' },
      select: { action: true, entityId: true, claimId: true },
    });
    expect(events.slice(-2)).toEqual([
      { action: 'correction_create', entityId: done.correctionId, claimId: s.claim.id },
      { action: 'report_accept', entityId: r.id, claimId: s.claim.id },
    ]);
  });

  it('accepts a report once when two editors accept it at the same moment', async () => {
    const s = await published();
    const other = await makeUser('editor', 'other editor');
    const r = await newReport(s.fc.slug);
    const input = { reportId: r.id, version: 1, whatChanged: 'The quote said blue, not green.', reason: 'A reader told us.' };
    const outcomes = await Promise.allSettled([acceptReport(s.editor.id, input), acceptReport(other.id, input)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ info: { code: 'CONFLICT', current: { status: 'accepted', version: 2 } } });
    expect(await db.correction.count()).toBe(1);
    expect(await db.event.count({ where: { action: 'report_accept' } })).toBe(1);
  });

  it('changes nothing when the correction cannot be written (the fact-check was retracted meanwhile)', async () => {
    const s = await published();
    const r = await newReport(s.fc.slug);
    await unpublishFactCheck(s.editor.id, { articleId: s.article.id, version: s.fc.version, reason: 'Retracted for the purpose of this test.' });
    const e = await refusal(
      acceptReport(s.editor.id, { reportId: r.id, version: 1, whatChanged: 'The quote said blue.', reason: 'A reader told us.' }),
    );
    expect(e?.code).toBe('INVALID');
    expect(await db.readerReport.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({ status: 'new', version: 1, triagedAt: null });
    expect(await db.correction.count()).toBe(0);
    expect(await db.event.count({ where: { action: { in: ['report_accept', 'correction_create'] } } })).toBe(0);
  });

  it('declines only with a reason, and refuses a stale or second triage with what is saved now', async () => {
    const s = await published();
    const r = await newReport(s.fc.slug);
    const blank = await refusal(declineReport(s.editor.id, { reportId: r.id, version: 1, reason: '  ' }));
    expect(blank?.fields?.reason).toBeDefined();
    await declineReport(s.editor.id, { reportId: r.id, version: 1, reason: 'The article did say green.' });
    expect(await db.readerReport.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
      status: 'declined',
      declineReason: 'The article did say green.',
      version: 2,
    });
    const stale = await acceptReport(s.editor.id, {
      reportId: r.id,
      version: 1,
      whatChanged: 'Something changed.',
      reason: 'A reader told us.',
    }).catch((e: AppError) => e);
    expect(stale).toMatchObject({ info: { code: 'CONFLICT', current: { entity: 'feedback', kind: 'report', status: 'declined', version: 2 } } });
    const again = await refusal(
      acceptReport(s.editor.id, { reportId: r.id, version: 2, whatChanged: 'Something changed.', reason: 'A reader told us.' }),
    );
    expect(again?.code).toBe('CONFLICT');
    expect(await db.correction.count()).toBe(0);
    expect(await db.event.findMany({ where: { entityId: r.id }, select: { action: true, after: true } })).toEqual([
      {
        action: 'report_decline',
        after: { status: 'declined', reference: r.reference, whatIsWrong: r.whatIsWrong, reason: 'The article did say green.' },
      },
    ]);
  });
});

describe('triaging tips (journalists and editors)', () => {
  it('turns a tip into an open claim of a new article, with its history', async () => {
    const s = await published();
    const { reference } = await submitTip(client(), { claimText: 'The mayor said crime fell 40% last year.', seenAtUrl: 'https://news.test/x' });
    const tip = await db.tip.findUniqueOrThrow({ where: { reference } });
    expect((await refusal(tipToClaim(s.admin.id, { tipId: tip.id, version: 1 })))?.code).toBe('FORBIDDEN');
    const made = await tipToClaim(s.journalist.id, { tipId: tip.id, version: 1 });
    const claim = await db.claim.findUniqueOrThrow({ where: { id: made.claimId }, include: { article: true } });
    expect(claim).toMatchObject({
      status: 'open',
      number: 1,
      text: tip.claimText,
      start: 0,
      end: tip.claimText.length,
      createdById: s.journalist.id,
    });
    expect(claim.article).toMatchObject({ title: `Reader tip ${reference}`, url: 'https://news.test/x', plainText: tip.claimText });
    expect(await db.tip.findUniqueOrThrow({ where: { id: tip.id } })).toMatchObject({
      status: 'used',
      articleId: made.articleId,
      claimId: made.claimId,
      version: 2,
    });
    const events = await db.event.findMany({ where: { articleId: made.articleId }, orderBy: { id: 'asc' }, select: { action: true } });
    expect(events.map((e) => e.action)).toEqual(['article_import', 'claim_create', 'tip_claim']);
    // Stale: nothing more is created.
    expect((await refusal(tipToClaim(s.editor.id, { tipId: tip.id, version: 1 })))?.code).toBe('CONFLICT');
    expect(await db.article.count()).toBe(2);
  });

  it('links a tip to an imported article, or declines it with a reason', async () => {
    const s = await published();
    const [a, b] = [await submitTip(client(), { claimText: 'First claim.' }), await submitTip(client(), { claimText: 'Second claim.' })];
    const [ta, tb] = await Promise.all([a, b].map((t) => db.tip.findUniqueOrThrow({ where: { reference: t.reference } })));
    expect((await refusal(tipToArticle(s.journalist.id, { tipId: ta!.id, version: 1, articleId: 'nope' })))?.fields?.articleId).toBeDefined();
    await tipToArticle(s.journalist.id, { tipId: ta!.id, version: 1, articleId: s.article.id });
    expect(await db.tip.findUniqueOrThrow({ where: { id: ta!.id } })).toMatchObject({ status: 'used', articleId: s.article.id, claimId: null });
    expect((await refusal(declineTip(s.journalist.id, { tipId: tb!.id, version: 1, reason: '' })))?.code).toBe('INVALID');
    await declineTip(s.journalist.id, { tipId: tb!.id, version: 1, reason: 'Not a factual claim.' });
    expect(await db.tip.findUniqueOrThrow({ where: { id: tb!.id } })).toMatchObject({ status: 'declined', declineReason: 'Not a factual claim.' });
    const events = await db.event.findMany({ where: { entityType: 'tip' }, orderBy: { id: 'asc' }, select: { action: true, articleId: true } });
    expect(events).toEqual([
      { action: 'tip_article', articleId: s.article.id },
      { action: 'tip_decline', articleId: null },
    ]);
    expect((await listFeedback(s.editor.id)).counts).toEqual({ reports: 0, tips: 0 });
  });
});
