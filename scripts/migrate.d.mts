// Types for scripts/migrate.mjs, which the benchmarks import.
/** Applies every pending migration to `url`; returns the names applied. */
export declare function migrateDeploy(url: string): Promise<string[]>;
export declare function splitSqlScript(script: string): string[];
