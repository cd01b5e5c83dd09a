// The people of scripts/soak.mjs: readers (autocannon), editors (signed in, adding notes through
// the claim page's form as a browser without JavaScript would) and a monitor polling /api/health.
// Every request goes to the app on 127.0.0.1 and nowhere else.
import autocannon from 'autocannon';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Refuses anything but the loopback app: the soak must never load someone else's server. */
export function assertLoopback(base) {
  const { hostname } = new URL(base);
  if (hostname !== '127.0.0.1') throw new Error(`the soak only targets 127.0.0.1, not ${hostname}`);
}

/**
 * `readers` connections shared among `paths` (one autocannon per path), each asking `rate` times a
 * second, for `seconds`. Counts answers per path, and when each failure happened.
 */
export function startReaders({ base, paths, readers, rate, seconds, clock }) {
  const byPath = {};
  const runs = paths.map((p, i) => {
    const s = (byPath[p] = { ok: 0, errors: 0, statuses: {}, errorTimes: [], perSecond: [] });
    const count = (what) => {
      s.statuses[what] = (s.statuses[what] ?? 0) + 1;
      const second = (s.perSecond[Math.floor(clock() / 1000)] ??= {});
      second[what] = (second[what] ?? 0) + 1;
    };
    const fail = (what) => {
      count(what);
      s.errors++;
      s.errorTimes.push(clock());
    };
    const instance = autocannon({
      url: base + p,
      connections: Math.floor(readers / paths.length) + (i < readers % paths.length ? 1 : 0),
      connectionRate: rate,
      duration: seconds,
      timeout: 10,
    });
    instance.on('response', (_client, status) => {
      if (status >= 200 && status < 400) {
        s.ok++;
        count(status);
      } else fail(status);
    });
    instance.on('reqError', (err) => fail(err?.code ?? 'error'));
    const done = new Promise((resolve) => instance.on('done', resolve)).then((r) => {
      s.latencyMs = { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max };
    });
    return { instance, done };
  });
  return { byPath, done: Promise.all(runs.map((r) => r.done)), stop: () => runs.forEach((r) => r.instance.stop()) };
}

const cookieOf = (res, name) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith(`${name}=`));

/** Signs in through next-auth's credentials endpoint, as the login form does; returns the session cookie. */
export async function signIn(base, email, password) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrfRes.json();
  const csrfCookie = cookieOf(csrfRes, 'next-auth.csrf-token');
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie ?? '' },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/dashboard`, json: 'true' }),
  });
  const session = cookieOf(res, 'next-auth.session-token');
  if (!session) throw new Error(`signing in as ${email} failed (${res.status})`);
  return session;
}

const decode = (s) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The hidden fields of the claim page's note form: what a browser without JavaScript posts back. */
export async function noteForm(base, cookie, claimId) {
  const res = await fetch(`${base}/claims/${claimId}`, { headers: { cookie } });
  const html = await res.text();
  const form = html.match(/<form[^>]*aria-label="Add a note"[^>]*>([\s\S]*?)<\/form>/)?.[1];
  if (!form) throw new Error(`no note form on /claims/${claimId} (${res.status})`);
  const fields = [...form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map(([tag]) => [
    decode(tag.match(/name="([^"]*)"/)?.[1] ?? ''),
    decode(tag.match(/value="([^"]*)"/)?.[1] ?? ''),
  ]);
  return fields.filter(([name]) => name);
}

/**
 * One editor: adds a note every `pauseMs` until `until()` says stop. A write is acknowledged when
 * the app answers 200 with the form's success message; anything else is a failure the editor saw.
 */
export async function runEditor({ base, cookie, claimId, fields, label, pauseMs, until, clock }) {
  const writes = [];
  for (let n = 1; !until(); n++) {
    const body = `${label} note ${n}`;
    const form = new FormData();
    for (const [name, value] of fields) form.append(name, value);
    form.append('body', body);
    const t = clock();
    let outcome;
    try {
      const res = await fetch(`${base}/claims/${claimId}`, {
        method: 'POST',
        headers: { cookie, origin: base },
        body: form,
        signal: AbortSignal.timeout(20_000),
      });
      const html = await res.text();
      outcome = res.status === 200 && html.includes('Note added.') ? 'acked' : `failed ${res.status}`;
    } catch (e) {
      outcome = `failed ${e?.cause?.code ?? e?.name ?? 'error'}`;
    }
    writes.push({ body, t, done: clock(), outcome });
    await sleep(pauseMs);
  }
  return writes;
}

/** Polls /api/health every `everyMs`; returns the answers (time, status, ms it took) until `until()`. */
export async function monitorHealth({ base, everyMs, until, clock }) {
  const answers = [];
  while (!until()) {
    let status;
    const asked = performance.now();
    try {
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      status = res.status;
    } catch (e) {
      status = e?.cause?.code ?? 'error';
    }
    answers.push({ t: clock(), status, ms: performance.now() - asked });
    await sleep(everyMs);
  }
  return answers;
}
