import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';

// Settings read from the environment, in one place: nothing else in lib/ or app/ reads
// process.env. scripts/start.mjs sets the defaults that make a fresh checkout work with no .env.

/** Port of the embedded PostgreSQL that scripts/start.mjs runs. */
const EMBEDDED_PG_PORT = Number(process.env.CLAIMDESK_PG_PORT ?? 54329);

/**
 * The database when DATABASE_URL is not set: the embedded server, whose password its first start
 * generated into .data/pg-password. The .mjs scripts cannot import TypeScript, so
 * scripts/embedded-pg.mjs (`defaultDatabaseUrl`) spells the same URL once for them: change both together.
 */
function embeddedDatabaseUrl(): string {
  const file = path.resolve(APP_ROOT, process.env.CLAIMDESK_DATA_DIR || '.data', 'pg-password');
  const password = existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
  return `postgresql://postgres:${password}@127.0.0.1:${EMBEDDED_PG_PORT}/claimdesk`;
}

export const databaseUrl = (): string => process.env.DATABASE_URL ?? embeddedDatabaseUrl();

/** Connections per app process; several instances share one server's max_connections. */
export const DB_POOL_SIZE = Number(process.env.DB_POOL_SIZE ?? 10);

export const IS_PRODUCTION = process.env.NODE_ENV === 'production';

/**
 * The app's folder, where files loaded at run time by path live (the extraction worker,
 * lib/jobs/). Every way of starting the app runs from there: npm start/dev, the tests, scripts.
 */
export const APP_ROOT = process.env.CLAIMDESK_ROOT ?? process.cwd();

/**
 * Whether webhooks may be sent to loopback, private, link-local and other non-public addresses
 * (lib/webhooks/destination.ts). Off unless CLAIMDESK_WEBHOOKS_ALLOW_PRIVATE=1: otherwise anyone
 * who may set a webhook could make the server post to, and read the error answers of, services
 * that only its own network reaches. The tests, whose receivers listen on loopback, turn it on.
 */
export const webhooksAllowPrivate = (): boolean => process.env.CLAIMDESK_WEBHOOKS_ALLOW_PRIVATE === '1';

/** Threads that extract imported articles (lib/jobs/extraction-pool.ts): one core is left for requests. */
export const EXTRACTION_WORKERS = Number(process.env.CLAIMDESK_EXTRACTION_WORKERS ?? Math.max(1, availableParallelism() - 1));

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

/**
 * The organisation as published markup describes it: its site (CLAIMDESK_ORG_URL, default the
 * public address), its logo (CLAIMDESK_ORG_LOGO, default the logo this app serves) and its other
 * profiles (CLAIMDESK_ORG_SAME_AS: addresses separated by spaces or commas, e.g. its Wikidata
 * entry and IFCN signatory page).
 */
export function organisation() {
  const base = publicBaseUrl();
  return {
    name: ORGANISATION_NAME,
    url: process.env.CLAIMDESK_ORG_URL?.trim() || base,
    logo: process.env.CLAIMDESK_ORG_LOGO?.trim() || `${base}/logo.png`,
    sameAs: (process.env.CLAIMDESK_ORG_SAME_AS ?? '').split(/[\s,]+/).filter((u) => /^https?:\/\//.test(u)),
  };
}
export type Organisation = ReturnType<typeof organisation>;

/**
 * Sign-in throttling (lib/auth/throttle.ts). Per account and client: the first `quickFailures`
 * wrong passwords cost nothing; after that each attempt must wait since the previous one, twice
 * as long each time (firstWait, 2×, 4×… up to maxWait), until a success or a day without one.
 * Per client, across accounts: at most `perClient` attempts that did not succeed in the window.
 * Nothing locks an account for everyone: the owner signs in from their own client meanwhile.
 */
export const LOGIN_THROTTLE = {
  quickFailures: 5,
  firstWaitSeconds: 2,
  maxWaitSeconds: 15 * 60,
  failureMemorySeconds: 24 * 60 * 60,
  perClient: 30,
  perClientWindowSeconds: 15 * 60,
} as const;

/**
 * How many reverse proxies in front of the app append to X-Forwarded-For (TRUST_PROXY_HOPS).
 * 0, the default, trusts no header: the client is the connection's own address. Set it only
 * when every request reaches the app through that many proxies, or clients can pick their address.
 */
export function trustProxyHops(): number {
  const raw = process.env.TRUST_PROXY_HOPS?.trim() || '0';
  if (!/^\d{1,2}$/.test(raw)) throw new Error(`TRUST_PROXY_HOPS must be a whole number of proxies (0 or more), not "${raw}".`);
  return Number(raw);
}

/** A session's absolute lifetime from sign-in: using it never extends it. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The first admin of an empty production database (prisma/seed.ts); unset means none. */
export function firstAdmin(): { email: string; password: string } | null {
  const email = process.env.CLAIMDESK_ADMIN_EMAIL?.trim().toLowerCase();
  const password = process.env.CLAIMDESK_ADMIN_PASSWORD;
  return email && password ? { email, password } : null;
}

/**
 * Email for notifications (lib/jobs/email.ts): sent only when SMTP_URL is set, e.g.
 * `smtp://user:pass@mail.example.org:587` or `smtps://…:465`; MAIL_FROM is the sender. Unset, no
 * email is queued and notifications stay in the inbox.
 */
export const smtpUrl = (): string | null => process.env.SMTP_URL?.trim() || null;
export const mailFrom = (): string => process.env.MAIL_FROM?.trim() || `${ORGANISATION_NAME} <no-reply@localhost>`;

/**
 * Background jobs (lib/jobs/runner.ts): every app instance runs a worker unless CLAIMDESK_JOBS=off;
 * PostgreSQL hands each job to one of them. JOB_CONCURRENCY jobs at once per instance.
 */
export const JOBS_ENABLED = process.env.CLAIMDESK_JOBS !== 'off';
export const JOB_CONCURRENCY = Number(process.env.CLAIMDESK_JOB_CONCURRENCY ?? 4);
