import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExtractionResult } from '@/lib/extraction';

export const FIXTURES = path.join(__dirname, 'fixtures');
export const REFERENCE = '000_7be9921b059e64ef.txt';
export const ARTICLES = [REFERENCE, 'wire.txt', 'council.html', 'quotes.txt'];

export const readFixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

/** Invariants every result must satisfy, whatever the input. */
export function checkInvariants(r: ExtractionResult): void {
  let prevEnd = 0;
  for (const c of r.claims) {
    if (r.text.slice(c.start, c.end) !== c.text) throw new Error(`claim text mismatch at ${c.start}`);
    if (c.start < prevEnd) throw new Error(`claims overlap or are out of order at ${c.start}`);
    if (c.end <= c.start) throw new Error(`empty claim at ${c.start}`);
    if (c.selector.exact !== c.text) throw new Error('selector.exact differs from text');
    if (!r.text.slice(0, c.start).endsWith(c.selector.prefix)) throw new Error('prefix does not precede claim');
    if (!r.text.slice(c.end).startsWith(c.selector.suffix)) throw new Error('suffix does not follow claim');
    if (c.selector.prefix.length > 32 || c.selector.suffix.length > 32) throw new Error('selector context too long');
    if (!(c.score >= 0 && c.score <= 1)) throw new Error(`score out of range: ${c.score}`);
    if (c.reasons.length === 0) throw new Error('claim without reasons');
    if ((c.speaker === null) !== (c.speakerMention === null)) throw new Error(`speakerMention without speaker, or the reverse, at ${c.start}`);
    for (const q of [...c.quantities, ...c.entities]) {
      if (q.start < c.start || q.end > c.end || r.text.slice(q.start, q.end) !== q.text) {
        throw new Error(`span ${JSON.stringify(q)} not inside its claim`);
      }
    }
    prevEnd = c.end;
  }
  for (const l of r.links) {
    if (r.text.slice(l.start, l.end) !== l.text) throw new Error('link text mismatch');
  }
}
