// A Node stream as the web ReadableStream a route handler returns, pulled rather than pushed: the
// next bytes are read from the Node side only when the response asks for them, so a slow client
// slows the database cursor behind it instead of filling memory.
import type { Readable } from 'node:stream';

export type WebStreamOptions = {
  /** Small pieces (a CSV line each) are gathered into chunks of about this size: fewer, larger writes. */
  chunkBytes?: number;
  /** A client that takes nothing for this long is given up on, so a stalled download cannot hold a connection for ever. */
  stallMs?: number;
};

export function nodeToWebStream(source: Readable, { chunkBytes = 64 * 1024, stallMs = 120_000 }: WebStreamOptions = {}): ReadableStream<Uint8Array> {
  const it = source[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  let stall: NodeJS.Timeout | undefined;
  const stop = () => clearTimeout(stall);
  // Armed only while waiting for the client, never while waiting for the database. The stream pulls
  // once by itself to fill its queue, so a body that nobody ever reads is given up on too.
  const arm = (controller: ReadableStreamDefaultController<Uint8Array>) => {
    stall = setTimeout(() => {
      const err = new Error(`export stopped: the client read nothing for ${stallMs} ms`);
      source.destroy(err);
      controller.error(err);
    }, stallMs);
    stall.unref();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      stop();
      const parts: Buffer[] = [];
      let size = 0;
      try {
        while (size < chunkBytes) {
          const r = await it.next();
          if (r.done) {
            if (size) controller.enqueue(new Uint8Array(Buffer.concat(parts, size)));
            controller.close();
            return;
          }
          const buf = typeof r.value === 'string' ? Buffer.from(r.value, 'utf8') : r.value;
          parts.push(buf);
          size += buf.length;
        }
      } catch (e) {
        controller.error(e);
        return;
      }
      controller.enqueue(new Uint8Array(Buffer.concat(parts, size)));
      arm(controller);
    },
    cancel() {
      // The client went away: destroying the source closes the cursor and frees its connection.
      stop();
      source.destroy();
    },
  });
}
