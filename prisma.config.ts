import { defineConfig } from 'prisma/config';
import { databaseUrl } from './lib/config';

// Prisma 7 does not load .env by itself. DATABASE_URL selects any PostgreSQL server; without it
// the embedded server that scripts/start.mjs runs (lib/config.ts has the one default).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: databaseUrl() },
});
