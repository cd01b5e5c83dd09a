// Compression for everything Next answers (next.config.js turns Next's own off), with the
// `compression` middleware that Next itself uses. What differs is what reaches it: Next writes a
// page in many small chunks and flushes the compressor after every one
// (next/dist/server/pipe-readable.js). Each chunk written to a zlib stream is its own trip to
// libuv's thread pool and its own socket write, and the middleware's flush is zlib's full flush,
// which also resets the compressor's dictionary. Here the chunks written in one turn of the event
// loop reach the compressor as one write, followed by one flush if any was asked for; a response
// that ends in the turn it was written in (most pages) is a single write with its end. What
// streams still streams: a Suspense boundary that resolves later arrives in a turn of its own.
// Measured: pages 10–14% smaller than with a flush per chunk, and 0.3–0.75 ms less server CPU per
// signed-in page than with a write per chunk, in noisy runs (docs/benchmarks.md, "Signed-in pages").
import compression from 'compression';
import zlib from 'node:zlib';

// The fastest levels. Every response is compressed once per request, so the level is CPU on every
// page: `npm run bench:compress` (docs/benchmarks.md, "Compression levels") has the middleware's
// defaults (gzip 6, brotli 4) at 0.34–0.65 ms per signed-in page and brotli 1 at 0.20–0.29 ms, for
// pages 14–18% larger (0.7–1.4 KB). Browsers ask for brotli. The reader's cached pages are
// compressed once per copy, harder (scripts/reader-cache.mjs).
export const GZIP_LEVEL = 1;
export const BROTLI_QUALITY = 1;

const compress = compression({ level: GZIP_LEVEL, brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } } });

/** Runs `then` with `res` compressed for the request's Accept-Encoding, its writes coalesced per turn. */
export function compressed(req, res, then) {
  compress(req, res, () => {
    coalescePerTurn(res);
    then();
  });
}

const toBuffer = (chunk, encoding) => (typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk);

/**
 * Holds what is written to `res` until the end of the current turn, then hands it on as one write
 * (and one flush, if one was asked for). Backpressure is kept: once the layer below refuses a
 * write, writes report false until it emits 'drain', which the middleware forwards to `res`.
 */
function coalescePerTurn(res) {
  const write = res.write;
  const end = res.end;
  const flush = typeof res.flush === 'function' ? res.flush : null;
  let held = [];
  let callbacks = [];
  let scheduled = false;
  let flushAsked = false;
  let congested = false;
  let ended = false;

  const take = () => {
    const data = held.length === 1 ? held[0] : Buffer.concat(held);
    held = [];
    return data;
  };
  const release = () => {
    scheduled = false;
    if (ended) return;
    if (held.length > 0 && write.call(res, take()) === false) congested = true;
    if (flushAsked && flush) flush.call(res);
    flushAsked = false;
    for (const callback of callbacks.splice(0)) callback();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(release);
  };

  res.on('drain', () => {
    congested = false;
  });
  res.write = function writeHeld(chunk, encoding, callback) {
    if (ended) return false;
    if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    // An empty write is kept too: below, it is what sends the headers.
    if (chunk != null) held.push(toBuffer(chunk, encoding));
    schedule();
    if (callback) callbacks.push(callback);
    return !congested;
  };
  res.flush = function flushHeld() {
    flushAsked = true;
    schedule();
  };
  res.end = function endHeld(chunk, encoding, callback) {
    if (ended) return this;
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
    else if (typeof encoding === 'function') [callback, encoding] = [encoding, undefined];
    if (chunk != null && chunk.length > 0) held.push(toBuffer(chunk, encoding));
    ended = true;
    if (callback) res.once('finish', callback);
    const result = held.length > 0 ? end.call(res, take()) : end.call(res);
    // Writes of this turn were handed on with the end.
    for (const written of callbacks.splice(0)) written();
    return result;
  };
}
