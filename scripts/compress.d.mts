// Types of scripts/compress.mjs (plain JavaScript, run by Node without a build step) for the
// TypeScript tests that drive it.
import type { IncomingMessage, ServerResponse } from 'node:http';

export function compressed(req: IncomingMessage, res: ServerResponse, then: () => void): void;
export const GZIP_LEVEL: number;
export const BROTLI_QUALITY: number;
