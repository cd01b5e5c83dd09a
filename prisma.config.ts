import { defineConfig } from 'prisma/config';

// Prisma 7 does not load .env by itself. DATABASE_URL selects any PostgreSQL server; without it
// the app uses the embedded server that scripts/start.mjs runs (see lib/config.ts for the port).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://postgres:postgres@127.0.0.1:54329/claimdesk',
  },
});
