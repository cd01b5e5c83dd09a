// Compression for everything Next answers (next.config.js turns Next's own off), with the
// `compression` middleware that Next itself uses. One difference: Next flushes the compressor after
// every chunk it writes (next/dist/server/pipe-readable.js), and the middleware's flush is zlib's
// full flush, which also resets the compressor's dictionary, so the signed-in pages came out
// 10–14% larger (the CPU this saves was within the benchmark's noise). Here the chunks written in one turn of the event loop get one
// flush, after that turn: what streams still streams (a Suspense boundary that resolves later
// arrives in a turn of its own), and a page rendered at once is compressed as one piece.
// docs/benchmarks.md, "Signed-in pages".
import compression from 'compression';

const compress = compression();

/** Runs `then` with `res` compressed for the request's Accept-Encoding, its flushes coalesced. */
export function compressed(req, res, then) {
  compress(req, res, () => {
    const flush = res.flush;
    if (typeof flush === 'function') {
      let pending = false;
      res.flush = () => {
        if (pending) return;
        pending = true;
        setImmediate(() => {
          pending = false;
          flush.call(res);
        });
      };
    }
    then();
  });
}
