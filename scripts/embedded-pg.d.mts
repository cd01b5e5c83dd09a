// Types for scripts/embedded-pg.mjs, which the integration tests import.
export declare const PG_USER: string;
export declare const DATA_DIR: string;
export declare const PASSWORD_FILE: string;
export declare const EMBEDDED_PG_PORT: number;
export declare function defaultDatabaseUrl(): string;
export declare class StartupError extends Error {}
export declare function portInUse(port: number, host?: string): Promise<boolean>;

export type EmbeddedPostgres = {
  url(db: string): string;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
  /** The postmaster's process id, or undefined while it is not running. */
  pid(): number | undefined;
  /** Resolves when the server process exits next (at once if it is down). */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Starts a server that is down; a no-op while it runs. */
  restart(): Promise<void>;
};

export declare function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  persistent?: boolean;
  quiet?: boolean;
  passwordFile?: string;
  supervise?: boolean;
  onGiveUp?: (error: Error) => void;
  log?: (message: string) => void;
}): Promise<EmbeddedPostgres>;
