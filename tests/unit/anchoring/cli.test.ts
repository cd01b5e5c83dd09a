import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extraction';

const ROOT = path.join(__dirname, '..', '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'reanchor.ts');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const OLD = path.join(__dirname, 'fixtures', 'wire-v1.txt');
const NEW = path.join(__dirname, 'fixtures', 'wire-v2.txt');

const run = (...args: string[]) => spawnSync(TSX, [SCRIPT, ...args], { encoding: 'utf8' });

describe('npm run reanchor', () => {
  it("prints NEW's plain text and one anchor per claim of OLD, in exactly the documented shape", () => {
    const out = JSON.parse(execFileSync(TSX, [SCRIPT, OLD, NEW], { encoding: 'utf8' }));
    const claimsOfOld = extractArticle(readFileSync(OLD, 'utf8')).claims;
    expect(Object.keys(out)).toEqual(['text', 'anchors']);
    expect(out.text).toBe(extractArticle(readFileSync(NEW, 'utf8')).text);
    expect(out.anchors).toHaveLength(claimsOfOld.length);
    for (const [i, a] of out.anchors.entries()) {
      expect(Object.keys(a)).toEqual(['old', 'status', 'new', 'similarity']);
      expect(a.old).toEqual({ start: claimsOfOld[i]?.start, end: claimsOfOld[i]?.end, text: claimsOfOld[i]?.text });
      expect(['exact', 'moved', 'changed', 'orphaned']).toContain(a.status);
      if (a.new === null) expect(a.status).toBe('orphaned');
      else expect(out.text.slice(a.new.start, a.new.end)).toBe(a.new.text);
      expect(typeof a.similarity).toBe('number');
    }
    expect(out.anchors.map((a: { status: string }) => a.status)).toEqual([
      'changed',
      'exact',
      'exact',
      'changed',
      'exact',
      'exact',
      'exact',
      'orphaned',
      'moved',
      'changed',
    ]);
  }, 30_000);

  it('re-anchors the { start, end } spans of an ANCHORS_JSON file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reanchor-'));
    const anchors = path.join(dir, 'anchors.json');
    const oldText = extractArticle(readFileSync(OLD, 'utf8')).text;
    const start = oldText.indexOf('at least nine people');
    writeFileSync(anchors, JSON.stringify([{ start, end: start + 'at least nine people'.length, note: 'ignored' }]));
    const result = run(OLD, NEW, anchors);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.anchors).toEqual([
      {
        old: { start, end: start + 20, text: 'at least nine people' },
        status: 'changed',
        new: { start: out.text.indexOf('at least 13 people'), end: out.text.indexOf('at least 13 people') + 18, text: 'at least 13 people' },
        similarity: expect.any(Number),
      },
    ]);
  }, 30_000);

  it('fails with a clear message on a missing file, bad JSON or offsets out of range', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reanchor-'));
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '[{"start": 1}');
    const wrongShape = path.join(dir, 'shape.json');
    writeFileSync(wrongShape, '[{"start": 5, "end": 2}]');
    const outOfRange = path.join(dir, 'range.json');
    writeFileSync(outOfRange, '[{"start": 0, "end": 999999}]');
    const cases: [string[], RegExp][] = [
      [[OLD], /expected OLD_FILE NEW_FILE/],
      [[path.join(dir, 'missing.txt'), NEW], /cannot read .*missing\.txt/],
      [[OLD, NEW, bad], /is not valid JSON/],
      [[OLD, NEW, wrongShape], /start must not be after end/],
      [[OLD, NEW, outOfRange], /out of range/],
    ];
    for (const [args, message] of cases) {
      const result = run(...args);
      expect(result.status).not.toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
    }
  }, 60_000);
});
