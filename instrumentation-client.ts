import { z } from 'zod';

// Runs in the browser before any of the app's modules. Zod 4 compiles object schemas with
// `new Function` where it may, and finds out by trying one as each schema is built. Under the
// Content-Security-Policy (scripts/security-headers.mjs: no 'unsafe-eval') that try is refused and reported as a
// violation, although Zod then parses without it; told not to try, it never trips the policy.
z.config({ jitless: true });
