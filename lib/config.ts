// Settings read from the environment, in one place: nothing else in lib/ or app/ reads
// process.env. scripts/start.mjs sets the defaults that make a fresh checkout work with no .env.

/** Port of the embedded PostgreSQL that scripts/start.mjs runs. */
const EMBEDDED_PG_PORT = Number(process.env.CLAIMDESK_PG_PORT ?? 54329);

/**
 * The database when DATABASE_URL is not set: the embedded server. The .mjs scripts cannot import
 * TypeScript, so scripts/embedded-pg.mjs (`defaultDatabaseUrl`) spells the same URL once for
 * them: change both together.
 */
const DEFAULT_DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_PG_PORT}/claimdesk`;

export const databaseUrl = (): string => process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;

/** Connections per app process; several instances share one server's max_connections. */
export const DB_POOL_SIZE = Number(process.env.DB_POOL_SIZE ?? 10);

export const IS_PRODUCTION = process.env.NODE_ENV === 'production';

/** The secret that signs session tokens. scripts/start.mjs refuses a production start without one. */
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) {
    throw new Error('NEXTAUTH_SECRET (or AUTH_SECRET) is not set. Start the app with `npm start`, which sets one for development.');
  }
  return secret;
}

/** The site's public address, for absolute URLs in markup and JSON (no trailing slash). */
export function publicBaseUrl(): string {
  return (process.env.CLAIMDESK_PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

/** The organisation named as author of published fact-checks (ClaimReview `author`). */
export const ORGANISATION_NAME = process.env.CLAIMDESK_ORG_NAME ?? 'Claimdesk';

/** Failed sign-ins allowed in the window before further attempts are refused. */
export const LOGIN_LIMITS = { windowMinutes: 15, perAccount: 5, perIp: 30 } as const;

/** The first admin of an empty production database (prisma/seed.ts); unset means none. */
export function firstAdmin(): { email: string; password: string } | null {
  const email = process.env.CLAIMDESK_ADMIN_EMAIL?.trim().toLowerCase();
  const password = process.env.CLAIMDESK_ADMIN_PASSWORD;
  return email && password ? { email, password } : null;
}
