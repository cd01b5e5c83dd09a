// The JSON shape of an export: `{"claims":[…]}` written one claim at a time, so the document is
// never whole in memory. A stream that fails half way leaves the array unclosed: a reader's parser
// fails loudly instead of taking a truncated list for the whole.
import { Transform } from 'node:stream';
import type { ExportClaim } from '@/lib/export/rows';

export const JSON_HEAD = '{"claims":[';
export const JSON_TAIL = ']}\n';

/** The one stage that writes JSON: exported claims in (object mode), JSON text out. */
export function jsonWriter(): [Transform] {
  return [jsonArrayStringifier()];
}

export function jsonArrayStringifier(): Transform {
  let first = true;
  return new Transform({
    writableObjectMode: true,
    readableObjectMode: false,
    transform(claim: ExportClaim, _enc, done) {
      const head = first ? `${JSON_HEAD}\n` : ',\n';
      first = false;
      done(null, head + JSON.stringify(claim));
    },
    flush(done) {
      done(null, first ? `${JSON_HEAD}${JSON_TAIL}` : `\n${JSON_TAIL}`);
    },
  });
}
