// Types of scripts/reader-cache.mjs (plain JavaScript, run by Node without a build step) for the
// TypeScript tests that drive it.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type ReaderState = { slug: string; version: number };

export type ReaderCache = {
  /** Answers the request if it is one of the cached pages; false to let Next answer it. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  update(states: ReaderState[]): void;
  clear(): void;
  setListening(on: boolean): void;
  readonly size: number;
};

export function negotiate(header: string | undefined): 'br' | 'gzip' | 'identity';

export function createReaderCache(options: {
  handle: (req: IncomingMessage, res: ServerResponse) => unknown;
  maxEntries?: number;
  renderTimeoutMs?: number;
}): ReaderCache;
