/**
 * Usage: npm run --silent reanchor -- OLD_FILE NEW_FILE [ANCHORS_JSON]
 * Extracts both versions (HTML or text, as an import does) and prints, as one JSON object,
 * NEW's plain text and where each claim of OLD is in it: { "text", "anchors": [{ "old",
 * "status", "new", "similarity" }] }. The claims are those the extractor finds in OLD, or,
 * with ANCHORS_JSON, one per { "start", "end" } object of that JSON array (offsets in OLD's
 * plain text).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { reanchor, type Anchor } from '../lib/anchoring';
import { extractArticle, ExtractionInputError } from '../lib/extraction';

const USAGE = 'Usage: npm run --silent reanchor -- OLD_FILE NEW_FILE [ANCHORS_JSON]\n';

const ZAnchorsSchema = z.array(
  z
    .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
    .refine((a) => a.start <= a.end, { message: 'start must not be after end' }),
);

class UsageError extends Error {}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as Error).message}`);
  }
}

function extractText(file: string): { text: string; claims: Anchor[] } {
  try {
    const result = extractArticle(read(file));
    return { text: result.text, claims: result.claims.map((c) => ({ start: c.start, end: c.end })) };
  } catch (err) {
    if (err instanceof ExtractionInputError) throw new UsageError(`${file}: ${err.message}`);
    throw err;
  }
}

function readAnchors(file: string, oldText: string): Anchor[] {
  let json: unknown;
  try {
    json = JSON.parse(read(file));
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = ZAnchorsSchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`${file} must be a JSON array of { "start", "end" } objects:\n${z.prettifyError(parsed.error)}`);
  parsed.data.forEach((a, i) => {
    if (a.end > oldText.length) {
      throw new UsageError(`${file}: anchor ${i} [${a.start}, ${a.end}) is out of range: OLD's plain text has ${oldText.length} characters`);
    }
  });
  return parsed.data.map((a) => ({ start: a.start, end: a.end }));
}

function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (argv.length < 2 || argv.length > 3) {
    process.stderr.write(`reanchor: expected OLD_FILE NEW_FILE [ANCHORS_JSON], got ${argv.length} argument(s)\n${USAGE}`);
    return 2;
  }
  const [oldFile, newFile, anchorsFile] = argv as [string, string, string | undefined];
  try {
    const before = extractText(oldFile);
    const after = extractText(newFile);
    const anchors = anchorsFile === undefined ? before.claims : readAnchors(anchorsFile, before.text);
    const result = { text: after.text, anchors: reanchor(before.text, after.text, anchors) };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`reanchor: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

process.exitCode = main(process.argv.slice(2));
