// The extractor's thread (lib/jobs/extraction-pool.ts starts it). Extraction is pure, synchronous
// CPU work: a second or more for a 1,000,000-character article on a busy machine. On the server's
// own thread it would stall every other request meanwhile, so it runs here, and so does the rest
// of the per-sentence work of an import: the preview's list, or the rows the database receives.
//
// Plain JavaScript, loaded by path, outside Next's bundle: the same file serves vitest, `next dev`
// and the production server. The first thread of a process bundles lib/extraction (TypeScript)
// with esbuild in memory (tens of milliseconds) and hands the bundle to the pool, which gives it
// to the threads started after it (one that failed or timed out is replaced), so no
// TypeScript loader, no build step and no second bundling is needed.
import { createHash, randomBytes } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

const bundle =
  workerData.bundle ??
  (await import('esbuild')).buildSync({
    entryPoints: [workerData.entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  }).outputFiles[0].text;
if (!workerData.bundle) parentPort.postMessage({ bundle });
const { extractArticle, ExtractionInputError } = await import(`data:text/javascript;base64,${Buffer.from(bundle).toString('base64')}`);

// The fingerprint the duplicate check compares (articles.text_hash): whitespace-insensitive, so
// the same text with different markup or line breaks is the same article.
const textHash = (plain) => createHash('sha256').update(plain.replace(/\s+/g, ' ').trim()).digest('hex');

// Ids in the shape of Prisma's cuid() for the other rows: a letter, the time, 64 random bits.
const newId = () => `c${Date.now().toString(36)}${randomBytes(8).toString('hex')}`;

// The extractor's context snippets are cut at fixed UTF-16 offsets and can split an emoji's
// surrogate pair. PostgreSQL's jsonb refuses a lone surrogate, so it becomes U+FFFD: what the
// driver's UTF-8 encoding made of it when rows were written one by one.
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (s) => (s === null ? null : s.replace(LONE, '\uFFFD'));

/** The article's own sentence that disputes the claim ("The agency said no office had closed."), or null. */
const disputingSentence = (text, c) => (c.flags.disputedBy ? text.slice(c.flags.disputedBy.start, c.flags.disputedBy.end) : null);

/** What the import page shows: ranked by score, highest first, the order a reviewer reads them in. */
function preview(result) {
  return result.claims
    .map((c, i) => ({
      n: i + 1,
      text: c.text,
      score: c.score,
      suggested: c.suggested,
      reasons: c.reasons,
      kind: c.kind,
      speaker: c.speaker,
      speakerType: c.speakerType,
      speakerRole: c.speakerRole,
      speakerMention: c.speakerMention ?? null,
      cue: c.cue,
      flags: c.flags,
      disputedBy: disputingSentence(result.text, c),
    }))
    .sort((a, b) => b.score - a.score || a.n - b.n);
}

/** The rows lib/data/import-write.ts inserts with jsonb_to_recordset, as JSON texts. */
function rows(result) {
  const links = result.links.map((l) => ({ id: newId(), text: wellFormed(l.text), href: wellFormed(l.href), start: l.start, end: l.end }));
  const claims = result.claims.map((c) => ({
    id: newId(),
    start: c.start,
    end: c.end,
    text: wellFormed(c.text),
    prefix: wellFormed(c.selector.prefix),
    suffix: wellFormed(c.selector.suffix),
    claimant: wellFormed(c.speaker),
    claimantType: c.speakerType ?? null,
    claimantRole: wellFormed(c.speakerRole ?? null),
    claimantMention: wellFormed(c.speakerMention ?? null),
    disputedBy: wellFormed(disputingSentence(result.text, c)),
    cue: wellFormed(c.cue),
    kind: c.kind,
    score: c.score,
    reasons: c.reasons.map(wellFormed),
    unverified: c.flags.unverified,
    disputed: c.flags.disputed,
    recommended: c.suggested,
  }));
  return { text: result.text, linksJson: chunks(links), claimsJson: chunks(claims) };
}

// Prisma's own handling of a query parameter costs the server's thread about 40 ms per million
// characters, synchronously. JSON arrays of at most ~256 KB keep each such pause short; the
// inserts stay a handful of statements, not one per row. Characters beyond ASCII are written as
// \u escapes (jsonb reads them back as the same characters): a string of ASCII alone takes one
// byte a character in the server's heap, where a single curly quote would make it two.
const CHUNK_CHARS = 256 * 1024;
const NOT_ASCII = /[\u0080-\uffff]/g;
const escapeChar = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
const asciiJson = (value) => JSON.stringify(value).replace(NOT_ASCII, escapeChar);
function chunks(rows) {
  const out = [];
  let part = [];
  let size = 0;
  for (const row of rows) {
    const json = asciiJson(row);
    if (size + json.length > CHUNK_CHARS && part.length > 0) {
      out.push(`[${part.join(',')}]`);
      part = [];
      size = 0;
    }
    part.push(json);
    size += json.length + 1;
  }
  if (part.length > 0) out.push(`[${part.join(',')}]`);
  return out;
}

parentPort.on('message', ({ id, raw, shape }) => {
  try {
    const result = extractArticle(raw);
    const common = {
      meta: result.meta,
      extractorVersion: result.extractorVersion,
      hash: textHash(result.text),
      empty: result.text.trim() === '',
      textLength: result.text.length,
      linkCount: result.links.length,
      claimCount: result.claims.length,
    };
    const out = shape === 'preview' ? { ...common, claims: preview(result) } : { ...common, ...rows(result) };
    parentPort.postMessage({ id, ok: true, result: out });
  } catch (e) {
    parentPort.postMessage({ id, ok: false, inputError: e instanceof ExtractionInputError, message: String(e?.message ?? e) });
  }
});
