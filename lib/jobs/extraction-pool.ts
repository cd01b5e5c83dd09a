import 'server-only';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { APP_ROOT, EXTRACTION_WORKERS } from '@/lib/config';
import { invalidField, rateLimited } from '@/lib/errors';
import { LONG_TEXT_CHARS } from '@/lib/memory';
import type { ExtractedClaim, ExtractionMeta } from '@/lib/extraction';

// Extraction off the request thread (issue 9): a few long-lived worker threads
// (lib/jobs/extraction-worker.mjs) take one text at a time from a queue. While a long article is
// being read, the server's own thread goes on answering other requests.

type Common = {
  meta: ExtractionMeta;
  extractorVersion: string;
  /** articles.text_hash of the plain text (see the worker). */
  hash: string;
  /** No readable text was found. */
  empty: boolean;
  textLength: number;
  linkCount: number;
  claimCount: number;
};

/** The preview's claims, ranked by score; nothing is stored. */
export type PreviewExtraction = Common & {
  claims: (Pick<ExtractedClaim, 'text' | 'score' | 'suggested' | 'reasons' | 'kind' | 'speaker' | 'speakerType' | 'speakerRole' | 'cue' | 'flags'> & {
    n: number;
    /** The words the text uses for the speaker ("Ms Romero", "he"). */
    speakerMention: string | null;
    /** The article's own sentence that disputes the claim. */
    disputedBy: string | null;
  })[];
};

/** Everything an import stores: the plain text, and its links and claims as jsonb_to_recordset input (JSON arrays of ~256 KB). */
export type RowsExtraction = Common & { text: string; linksJson: string[]; claimsJson: string[] };

type Shape = 'preview' | 'rows';
type ResultOf<S extends Shape> = S extends 'preview' ? PreviewExtraction : RowsExtraction;

/** Texts waiting beyond this are refused at once: a queue that long means minutes of waiting. */
const MAX_QUEUED = 32;
/** A text that takes longer is abandoned and its thread replaced (the extractor is linear: ~2 s per 1,000,000 characters). */
const JOB_TIMEOUT_MS = 60_000;

type Job = { id: number; raw: string; shape: Shape; resolve: (r: PreviewExtraction | RowsExtraction) => void; reject: (e: unknown) => void };
type Slot = { worker: Worker | null; job: Job | null; timer?: NodeJS.Timeout };
type Reply =
  | { id: number; ok: true; result: PreviewExtraction | RowsExtraction }
  | { id: number; ok: false; inputError: boolean; message: string }
  /** Sent once by the first thread: the extractor bundled, for the threads started after it. */
  | { bundle: string };

// Files loaded by path at run time, never bundled: built from parts so that the bundler's static
// analysis does not follow them (it would bundle the worker, and esbuild's binary with it).
const fromRoot = (...parts: string[]) => path.join(APP_ROOT, ...parts);
const workerFile = () => fromRoot('lib', 'jobs', 'extraction-worker.mjs');
const extractorEntry = () => fromRoot('lib', 'extraction', 'index.ts');

class ExtractionPool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private nextId = 1;
  /** lib/extraction bundled as one ES module (see the worker), once a thread has made it. */
  private bundle: string | null = null;

  constructor(size: number) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => ({ worker: null, job: null }));
  }

  run(raw: string, shape: Shape): Promise<PreviewExtraction | RowsExtraction> {
    if (this.queue.length >= MAX_QUEUED) {
      return Promise.reject(rateLimited('Many articles are being imported right now: try again in a minute. Your text is kept.'));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, raw, shape, resolve, reject });
      this.dispatch();
    });
  }

  /** Starts a thread ahead of the first text, so that no import waits for the worker's start-up. */
  warm() {
    const slot = this.slots[0]!;
    if (!slot.worker) this.start(slot);
  }

  private dispatch() {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      const worker = slot.worker ?? this.start(slot);
      slot.job = job;
      // A busy thread keeps the process alive (a script awaiting an import); an idle one does not.
      worker.ref();
      slot.timer = setTimeout(() => this.fail(slot, invalidField('raw', 'Reading this text took too long. Try a shorter text.')), JOB_TIMEOUT_MS);
      worker.postMessage({ id: job.id, raw: job.raw, shape: job.shape });
    }
  }

  private start(slot: Slot): Worker {
    const worker = new Worker(/* turbopackIgnore: true */ workerFile(), {
      workerData: { entry: extractorEntry(), bundle: this.bundle },
      // The worker is plain JavaScript: no TypeScript loader the parent may run with is needed.
      execArgv: [],
      // A runaway input fails its own import, not the server. A young generation of 4 MB instead
      // of V8's larger default (kept once grown): a 1,000,000-character extraction then added
      // ~100 MB to the process at its peak instead of ~140 MB, at no cost in time that the
      // benchmark could tell from the machine's noise (docs/benchmarks.md, "Import").
      resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 4 },
    });
    worker.unref();
    worker.on('message', (reply: Reply) => {
      if ('bundle' in reply) {
        this.bundle = reply.bundle;
        return;
      }
      if (slot.job?.id !== reply.id) return;
      const job = this.finish(slot);
      if (job.raw.length >= LONG_TEXT_CHARS) this.retire(slot);
      if (reply.ok) job.resolve(reply.result);
      else job.reject(reply.inputError ? invalidField('raw', reply.message) : new Error(`Extraction failed: ${reply.message}`));
      this.dispatch();
    });
    worker.on('error', (e) => this.fail(slot, e));
    worker.on('exit', (code) => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      if (slot.job) this.fail(slot, new Error(`The extraction thread stopped (exit code ${code}).`));
    });
    slot.worker = worker;
    return worker;
  }

  private finish(slot: Slot): Job {
    const job = slot.job!;
    clearTimeout(slot.timer);
    slot.job = null;
    slot.worker?.unref();
    return job;
  }

  /**
   * Replaces the slot's thread, idle again, by a fresh one. V8 keeps a thread's heap at the size
   * its largest text grew it to, so after a long text the thread held 20-40 MB more until the
   * server stopped; a fresh one starts small (docs/benchmarks.md, "Import").
   */
  private retire(slot: Slot) {
    const worker = slot.worker;
    slot.worker = null;
    void worker?.terminate();
    this.start(slot);
  }

  /** The thread failed or timed out: its job fails, the thread is replaced on the next job. */
  private fail(slot: Slot, error: unknown) {
    if (!slot.job) return;
    const job = this.finish(slot);
    const worker = slot.worker;
    slot.worker = null;
    void worker?.terminate();
    job.reject(error);
    this.dispatch();
  }
}

// One pool per process; in development Next reloads modules, so it is kept on globalThis.
const globalForPool = globalThis as unknown as { claimdeskExtractionPool?: ExtractionPool };

/**
 * Extracts an article on a worker thread, shaped for the preview or for saving. Rejects with
 * INVALID on `raw` for input the extractor refuses or that takes too long, RATE_LIMITED when too
 * many texts are waiting.
 */
export function extractOffThread<S extends Shape>(raw: string, shape: S): Promise<ResultOf<S>> {
  return pool().run(raw, shape) as Promise<ResultOf<S>>;
}

/**
 * Starts the extraction thread if it is not running: the import page calls it, so the thread
 * (which bundles the extractor as it starts, up to a second) is ready by the time the text is.
 */
export function warmExtraction(): void {
  pool().warm();
}

function pool(): ExtractionPool {
  globalForPool.claimdeskExtractionPool ??= new ExtractionPool(EXTRACTION_WORKERS);
  return globalForPool.claimdeskExtractionPool;
}
