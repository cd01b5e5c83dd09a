// The CSV shape of an export: one line per claim, for people opening it in a spreadsheet (the
// JSON export is the one for programs). Written by csv-stringify (the csv project's streaming
// stringifier: RFC 4180 quoting, backpressure through its Transform).
import { Transform } from 'node:stream';
import { stringify, type Stringifier } from 'csv-stringify';
import type { ExportClaim, ExportNote, ExportSource } from '@/lib/export/rows';
import { SOURCE_TYPE_LABELS, STANCE_LABELS, STATUS_LABELS } from '@/lib/labels';

/**
 * CSV formula injection (OWASP): a spreadsheet runs a cell that starts with = + - @ (or a tab or
 * carriage return, which some strip before looking) as a formula, so a claimant named
 * `=HYPERLINK(...)` would become a live link or worse. Such cells get a leading apostrophe, which
 * spreadsheets show as text. Every string cell goes through this, whatever column it is in.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export type CsvColumn = { key: string; header: string };

const BASE_COLUMNS: CsvColumn[] = [
  { key: 'id', header: 'claim_id' },
  { key: 'articleId', header: 'article_id' },
  { key: 'articleTitle', header: 'article_title' },
  { key: 'text', header: 'claim' },
  { key: 'claimant', header: 'claimant' },
  { key: 'status', header: 'status' },
  { key: 'assignee', header: 'assignee' },
  { key: 'updatedAt', header: 'updated_at' },
  { key: 'rating', header: 'latest_rating' },
  { key: 'verdictKind', header: 'latest_verdict_kind' },
  { key: 'explanation', header: 'verdict_explanation' },
  { key: 'verdictAt', header: 'verdict_at' },
  { key: 'sourceCount', header: 'source_count' },
  { key: 'sources', header: 'sources' },
];

/** The columns, in order; `notes` only when the export includes them. */
export const csvColumns = (includeNotes: boolean): CsvColumn[] =>
  includeNotes ? [...BASE_COLUMNS, { key: 'notes', header: 'notes' }] : BASE_COLUMNS;

/** One source per line inside the cell: "Title <url> (Type, stance; archived <url>)". */
const sourceLine = (s: ExportSource) =>
  `${s.title} <${s.url}> (${SOURCE_TYPE_LABELS[s.type]}, ${STANCE_LABELS[s.stance].toLowerCase()}${s.archiveUrl ? `; archived <${s.archiveUrl}>` : ''})`;

/** Notes oldest first, a blank line between them: "2026-12-01 14:03 UTC, Jo: body". */
const noteBlock = (n: ExportNote) => `${n.at.slice(0, 10)} ${n.at.slice(11, 16)} UTC, ${n.author ?? 'someone'}: ${n.body}`;

/** The claim as a CSV record keyed by column; people-facing words (labels) rather than codes. */
export function csvRecord(c: ExportClaim): Record<string, string | number> {
  const v = c.latestVerdict;
  const record: Record<string, string | number> = {
    id: c.id,
    articleId: c.article.id,
    articleTitle: c.article.title,
    text: c.text,
    claimant: c.claimant ?? '',
    status: STATUS_LABELS[c.status],
    assignee: c.assignee?.name ?? '',
    updatedAt: c.updatedAt,
    rating: v?.ratingLabel ?? '',
    verdictKind: v?.kind ?? '',
    explanation: v?.explanation ?? '',
    verdictAt: v?.at ?? '',
    sourceCount: c.sources.length,
    sources: c.sources.map(sourceLine).join('\n'),
  };
  if (c.notes) record.notes = c.notes.map(noteBlock).join('\n\n');
  return record;
}

/**
 * The stages that write CSV: exported claims in (object mode), CSV text out of the last, header
 * first. A byte-order mark leads so that Excel reads the file as UTF-8 (names in any language).
 */
export function csvWriter(includeNotes: boolean): [Transform, Stringifier] {
  const toRecord = new Transform({
    objectMode: true,
    transform(claim: ExportClaim, _enc, done) {
      done(null, csvRecord(claim));
    },
  });
  const text = stringify({
    header: true,
    bom: true,
    columns: csvColumns(includeNotes),
    record_delimiter: 'windows',
    cast: { string: (value) => guardFormula(value) },
  });
  return [toRecord, text];
}
