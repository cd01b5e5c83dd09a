import { readFileSync } from 'node:fs';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractOffThread } from '@/lib/jobs/extraction-pool';
import { COLLECT_DELAY_MS, collectAfterLongText, LONG_TEXT_CHARS } from '@/lib/memory';

// What a server gives back after a long text (lib/memory.ts): the extraction thread that read it
// is replaced, and a full garbage collection follows the import.

const seed = readFileSync('prisma/seed-data/the-national-2025-05-08-xi-putin-moscow.txt', 'utf8');
const textOf = (chars: number) => {
  let out = '';
  for (let i = 0; out.length < chars; i++) out += seed.replace(/\n\n/g, ` (${i})\n\n`);
  return out.slice(0, chars);
};

afterEach(() => vi.restoreAllMocks());

describe('the extraction thread after a long text', () => {
  it('is replaced after a long text, and the next text is read by the fresh one', async () => {
    await extractOffThread(seed, 'rows'); // the pool's thread is running
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    const long = await extractOffThread(textOf(LONG_TEXT_CHARS), 'rows');
    expect(long.claimCount).toBeGreaterThan(1_000);
    expect(terminate).toHaveBeenCalledTimes(1);
    const next = await extractOffThread(seed, 'rows');
    expect(next.claimCount).toBeGreaterThan(10);
    expect(terminate).toHaveBeenCalledTimes(1);
  });

  it('is kept after shorter texts', async () => {
    await extractOffThread(seed, 'rows');
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    await extractOffThread(textOf(LONG_TEXT_CHARS - 1_000), 'preview');
    await extractOffThread(seed, 'rows');
    expect(terminate).not.toHaveBeenCalled();
  });
});

describe('collectAfterLongText', () => {
  /** The full collections that something asked for (V8 flags them as forced) while `fn` and the collection delay run. */
  async function forcedCollections(fn: () => void): Promise<number> {
    const forced: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const { kind, flags } = (e as PerformanceEntry & { detail: { kind: number; flags: number } }).detail;
        if (kind === constants.NODE_PERFORMANCE_GC_MAJOR && flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) forced.push(e.startTime);
      }
    });
    observer.observe({ entryTypes: ['gc'] });
    const asked = performance.now();
    fn();
    await new Promise((resolve) => setTimeout(resolve, COLLECT_DELAY_MS + 200));
    await new Promise((resolve) => setImmediate(resolve)); // the observer hears of a collection on a later turn
    observer.disconnect();
    return forced.filter((t) => t >= asked + COLLECT_DELAY_MS - 50).length;
  }

  it('runs one full collection after a long text, once the delay is over', async () => {
    expect(await forcedCollections(() => collectAfterLongText(LONG_TEXT_CHARS))).toBe(1);
  });

  it('runs one for several long texts that end within the delay', async () => {
    expect(
      await forcedCollections(() => {
        collectAfterLongText(LONG_TEXT_CHARS);
        collectAfterLongText(LONG_TEXT_CHARS + 1);
      }),
    ).toBe(1);
  });

  it('runs none after a shorter text', async () => {
    expect(await forcedCollections(() => collectAfterLongText(LONG_TEXT_CHARS - 1))).toBe(0);
  });
});
