// Settings read from the environment, in one place. scripts/start.mjs sets the defaults that make
// a fresh checkout work with no .env file.
export const EMBEDDED_PG_PORT = Number(process.env.CLAIMDESK_PG_PORT ?? 54329);

export const databaseUrl = (): string =>
  process.env.DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_PG_PORT}/claimdesk`;

/** The organisation named as author of published fact-checks (ClaimReview `author`). */
export const ORGANISATION_NAME = process.env.CLAIMDESK_ORG_NAME ?? 'Claimdesk';

/** Failed sign-ins allowed in the window before further attempts are refused. */
export const LOGIN_LIMITS = { windowMinutes: 15, perAccount: 5, perIp: 30 } as const;
