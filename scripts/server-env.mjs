// What the app's server process is started with, wherever it is started (scripts/start.mjs, the
// benchmarks that measure it). A value already in the environment wins.
//
// MALLOC_ARENA_MAX=2: glibc gives each thread that allocates its own malloc arena (up to 8 per
// core), and memory freed in one is not returned while any of it is in use. The server has
// several such threads (the extraction worker, libuv's pool for gzip and crypto), so after a few
// large imports its resident memory held 20-30 MB more than with two arenas, at no cost in time
// (docs/benchmarks.md, "Import", 2026-12-03). glibc reads it at process start: it cannot be set
// from inside the process.
export const SERVER_PROCESS_ENV = { MALLOC_ARENA_MAX: '2' };

/** `env` with SERVER_PROCESS_ENV's values filled in where `env` has none. */
export function serverProcessEnv(env) {
  return { ...SERVER_PROCESS_ENV, ...env };
}

// The V8 flags scripts/server.mjs sets as it starts (and bench:import's import process, which
// holds what a server holds). --liftoff-only: Prisma's query compiler is WebAssembly (~3.4 MB),
// which V8 compiles at its first query with its baseline compiler, Liftoff, then compiles again
// with TurboFan, function by function, as they run often. Without TurboFan a server held 35-40 MB
// less once started and 20-30 MB less at the peak of a 1,000,000-character import, and 3,000
// Prisma queries in a loop took the same CPU time (docs/benchmarks.md, "Import", 2026-12-03).
export const SERVER_V8_FLAGS = '--liftoff-only';
