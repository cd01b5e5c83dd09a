import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeUser, resetDatabase } from './db';
import { AppError } from '@/lib/errors';
import { importArticle, previewImport } from '@/lib/data/import';
import { updateClaimAttribution } from '@/lib/data/claims';
import { addClaimFromSelection, editClaimSpan, mergeClaims, splitClaim } from '@/lib/data/claim-spans';
import { assignClaim, reviewClaim, sendBackClaim } from '@/lib/data/workflow';
import { createSource, deleteSource, updateSource } from '@/lib/data/sources';
import { addNote } from '@/lib/data/notes';
import { proposeVerdict, ruleVerdict } from '@/lib/data/verdicts';
import { publishFactCheck, saveSummary, setClaimIncluded, unpublishFactCheck } from '@/lib/data/factchecks';
import { writeCorrection } from '@/lib/data/corrections';
import { updateArticleDetails } from '@/lib/data/article-details';
import { changeRole, createUser, setActive } from '@/lib/data/users';
import { listClaimsPage } from '@/lib/data/claim-lists';

// The data layer is the trust boundary: route handlers, scripts and tests call it directly, and
// the browser controls every byte of a server action's arguments. Whatever arrives, a data
// function answers INVALID with field errors; it never crashes on the shape of its input.

beforeEach(resetDatabase);

type Fn = (actorId: string | null, input: never) => Promise<unknown>;
const source = { url: 'https://example.org/a', title: 'A source', type: 'dataset', stance: 'supports' };
const verdict = { claimId: 'c1', version: 1, rating: 'mixed', explanation: 'Partly.', attributionConfirmed: 'yes' };

/** Every data function that takes input, with a well-formed input and one field to spoil. */
const OPERATIONS: { name: string; fn: Fn; valid: Record<string, unknown>; field: string; emptyIsValid?: boolean }[] = [
  { name: 'importArticle', fn: importArticle, valid: { raw: 'Some text.', title: 'T' }, field: 'title' },
  { name: 'previewImport', fn: previewImport, valid: { raw: 'Some text.' }, field: 'raw' },
  { name: 'updateClaimAttribution', fn: updateClaimAttribution, valid: { claimId: 'c1', version: 1, claimant: 'A', cue: 'said' }, field: 'claimant' },
  { name: 'editClaimSpan', fn: editClaimSpan, valid: { claimId: 'c1', version: 1, start: 0, end: 4 }, field: 'start' },
  { name: 'mergeClaims', fn: mergeClaims, valid: { firstId: 'c1', firstVersion: 1, secondId: 'c2', secondVersion: 1 }, field: 'secondVersion' },
  { name: 'splitClaim', fn: splitClaim, valid: { claimId: 'c1', version: 1, at: 3 }, field: 'at' },
  { name: 'addClaimFromSelection', fn: addClaimFromSelection, valid: { articleId: 'a1', start: 0, end: 4 }, field: 'articleId' },
  { name: 'reviewClaim', fn: reviewClaim, valid: { claimId: 'c1', version: 1, move: 'accept' }, field: 'move' },
  { name: 'assignClaim', fn: assignClaim, valid: { claimId: 'c1', version: 1, assigneeId: 'u1' }, field: 'assigneeId' },
  { name: 'sendBackClaim', fn: sendBackClaim, valid: { claimId: 'c1', version: 1, reason: 'More work' }, field: 'reason' },
  { name: 'createSource', fn: createSource, valid: { ...source, claimId: 'c1' }, field: 'url' },
  { name: 'updateSource', fn: updateSource, valid: { ...source, sourceId: 's1', version: 1 }, field: 'version' },
  { name: 'deleteSource', fn: deleteSource, valid: { sourceId: 's1', version: 1 }, field: 'sourceId' },
  { name: 'addNote', fn: addNote, valid: { claimId: 'c1', body: 'A note' }, field: 'body' },
  { name: 'proposeVerdict', fn: proposeVerdict, valid: verdict, field: 'attributionConfirmed' },
  { name: 'ruleVerdict', fn: ruleVerdict, valid: verdict, field: 'rating' },
  { name: 'saveSummary', fn: saveSummary, valid: { articleId: 'a1', version: 0, summary: 'A summary long enough to pass.' }, field: 'summary' },
  { name: 'publishFactCheck', fn: publishFactCheck, valid: { articleId: 'a1', version: 1 }, field: 'version' },
  {
    name: 'unpublishFactCheck',
    fn: unpublishFactCheck,
    valid: { articleId: 'a1', version: 1, reason: 'Retracted for this test.' },
    field: 'articleId',
  },
  {
    name: 'updateArticleDetails',
    fn: updateArticleDetails,
    valid: { articleId: 'a1', version: 1, title: 'T', publisher: 'P', url: 'https://example.org/a', publishedAt: '2025-05-08' },
    field: 'publisher',
  },
  { name: 'setClaimIncluded', fn: setClaimIncluded, valid: { claimId: 'c1', version: 1, included: 'true' }, field: 'included' },
  {
    name: 'writeCorrection',
    fn: writeCorrection,
    valid: { articleId: 'a1', whatChanged: 'Fixed a date.', reason: 'It was wrong.' },
    field: 'whatChanged',
  },
  { name: 'createUser', fn: createUser, valid: { email: 'x@test.local', name: 'X', role: 'editor', password: 'long enough' }, field: 'role' },
  { name: 'changeRole', fn: changeRole, valid: { userId: 'u1', role: 'editor' }, field: 'userId' },
  { name: 'setActive', fn: setActive, valid: { userId: 'u1', active: 'false' }, field: 'active' },
  { name: 'listClaimsPage', fn: listClaimsPage, valid: { status: 'open' }, field: 'status', emptyIsValid: true },
];

const SHAPES: [string, unknown][] = [
  ['an empty object', {}],
  ['null', null],
  ['undefined', undefined],
  ['a number', 42],
  ['a string', 'claimId=c1'],
  ['an array', [{ claimId: 'c1' }]],
];

/** The error a call ends with; fails the test if it resolves. */
async function refusal(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a refusal');
}

describe('every data function refuses input of the wrong shape as INVALID', () => {
  for (const op of OPERATIONS) {
    it(`${op.name}: wrong shapes and a field of the wrong type are INVALID with field errors, and nothing is written`, async () => {
      // An editor may call all but the account functions, an admin those: the refusal must come
      // from the input, not from the permission check.
      const actor = await makeUser(op.name.match(/User|Role|Active/) ? 'admin' : 'editor');
      for (const [label, shape] of SHAPES) {
        if (op.emptyIsValid && label === 'an empty object') continue;
        const e = await refusal(op.fn(actor.id, shape as never));
        expect(e, `${label}: ${String(e)}`).toBeInstanceOf(AppError);
        expect((e as AppError).info.code, label).toBe('INVALID');
      }
      for (const wrong of [{ nested: true }, ['x']]) {
        const e = await refusal(op.fn(actor.id, { ...op.valid, [op.field]: wrong } as never));
        expect(e, `${op.field}: ${JSON.stringify(wrong)}: ${String(e)}`).toBeInstanceOf(AppError);
        const info = (e as AppError).info;
        expect(info.code).toBe('INVALID');
        if (info.code === 'INVALID') expect(Object.keys(info.fieldErrors), `${op.field}: ${JSON.stringify(wrong)}`).toContain(op.field);
      }
      expect(await db.event.count()).toBe(0);
    });
  }
});

describe('every text field refuses what PostgreSQL cannot store, as a field error (issue 9)', () => {
  // A NUL byte reached PostgreSQL and failed there as a 500; half of a surrogate pair would be
  // silently changed. Passwords are only hashed, never stored as typed.
  const BAD = [
    ['a NUL byte', 'A\u0000B'],
    ['half of an emoji', 'A\uD83DB'],
  ] as const;
  for (const op of OPERATIONS) {
    const fields = Object.entries(op.valid).filter(([k, v]) => typeof v === 'string' && k !== 'password');
    if (fields.length === 0) continue;
    it(`${op.name}: ${fields.map(([k]) => k).join(', ')}`, async () => {
      const actor = await makeUser(op.name.match(/User|Role|Active/) ? 'admin' : 'editor');
      for (const [field] of fields) {
        for (const [label, bad] of BAD) {
          const e = await refusal(op.fn(actor.id, { ...op.valid, [field]: bad } as never));
          expect(e, `${field} with ${label}: ${String(e)}`).toBeInstanceOf(AppError);
          const info = (e as AppError).info;
          expect(info.code, `${field} with ${label}`).toBe('INVALID');
          if (info.code === 'INVALID') expect(Object.keys(info.fieldErrors), `${field} with ${label}`).toContain(field);
        }
      }
      expect(await db.event.count()).toBe(0);
    });
  }

  it('the optional text fields too: publisher, excerpt, archive URL, cue, correction reason', async () => {
    const editor = await makeUser('editor');
    const cases: [Fn, Record<string, unknown>, string][] = [
      [importArticle, { raw: 'Some text.', title: 'T', publisher: 'P\u0000' }, 'publisher'],
      [importArticle, { raw: 'Some text.', title: 'T', url: 'https://example.org/\u0000' }, 'url'],
      [createSource, { ...source, claimId: 'c1', excerpt: 'x\u0000' }, 'excerpt'],
      [createSource, { ...source, claimId: 'c1', publisher: '\uDC00' }, 'publisher'],
      [createSource, { ...source, claimId: 'c1', archiveUrl: 'https://a.org/\u0000' }, 'archiveUrl'],
      [updateClaimAttribution, { claimId: 'c1', version: 1, claimant: 'A', cue: 'said\u0000' }, 'cue'],
      [ruleVerdict, { ...verdict, correctionReason: 'because\u0000' }, 'correctionReason'],
    ];
    for (const [fn, input, field] of cases) {
      const e = await refusal(fn(editor.id, input as never));
      expect((e as AppError).info, `${field}: ${String(e)}`).toMatchObject({ code: 'INVALID', fieldErrors: { [field]: expect.any(Array) } });
    }
  });

  it('dates PostgreSQL cannot store, or that do not exist, are field errors', async () => {
    const editor = await makeUser('editor');
    for (const accessedAt of ['0000-01-01', '0999-12-31', '2025-02-30', '2025-13-01']) {
      const e = await refusal(createSource(editor.id, { ...source, claimId: 'c1', accessedAt } as never));
      expect((e as AppError).info, accessedAt).toMatchObject({ code: 'INVALID', fieldErrors: { accessedAt: expect.any(Array) } });
    }
    const e = await refusal(importArticle(editor.id, { raw: 'Some text.', title: 'T', publishedAt: '0000-01-01' }));
    expect((e as AppError).info).toMatchObject({ code: 'INVALID', fieldErrors: { publishedAt: expect.any(Array) } });
  });
});
