// Types of scripts/security-headers.mjs (plain JavaScript, run by Node without a build step) for
// proxy.ts and the TypeScript tests.
import type { IncomingMessage, ServerResponse } from 'node:http';

export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string;
export const HSTS: string;
export function newNonce(): string;
export function securePage(req: IncomingMessage, res: ServerResponse, options: { https: boolean }): void;
