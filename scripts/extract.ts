/**
 * Usage: npm run --silent extract -- <file|-> [--threshold 0.5]
 * Prints the extraction result for one article as JSON on stdout.
 */
import { readFileSync } from 'node:fs';
import { extractArticle, ExtractionInputError } from '../lib/extraction';

function main(argv: string[]): number {
  let file: string | undefined;
  let threshold: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--threshold') threshold = Number(argv[++i]);
    else if (arg?.startsWith('--threshold=')) threshold = Number(arg.slice('--threshold='.length));
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('Usage: npm run --silent extract -- <file|-> [--threshold 0..1]\n');
      return 0;
    } else file = arg;
  }
  if (!file) {
    process.stderr.write('extract: give a file to read, or - for standard input\n');
    return 2;
  }
  let raw: string;
  try {
    raw = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    process.stderr.write(`extract: cannot read ${file}: ${(err as Error).message}\n`);
    return 2;
  }
  try {
    const result = extractArticle(raw, threshold === undefined ? {} : { threshold });
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (err) {
    if (err instanceof ExtractionInputError) {
      process.stderr.write(`extract: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

process.exitCode = main(process.argv.slice(2));
