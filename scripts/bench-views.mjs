// What a page view costs the server in a real browser (bench:pages, BENCH_VIEWS): the page's own
// request and every request the view then sends by itself (the header's unread count, and any
// prefetch of the links in view), until the network has been quiet for half a second and then for
// IDLE_MS more. The server's CPU time comes from /proc, as for the autocannon trials.
import { chromium } from '@playwright/test';
import { cpuMs } from './bench-http.mjs';
import { CHROMIUM_ARGS } from './chromium.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const IDLE_MS = 1000;

export const openBrowser = () => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

/** The requests that may reach the app: not the build's static files, which a browser keeps. */
const reachesApp = (url) => !new URL(url).pathname.startsWith('/_next/static/');

/**
 * Opens `url` `views` times in one tab of a signed-in browser (after one view not counted, so the
 * browser holds the app's scripts as a desk's browser does all day). Returns the server's CPU per
 * view, in ms, and the requests per view that reached the app.
 */
export async function measureViews(browser, { base, cookie, pid }, url, views) {
  const context = await browser.newContext();
  const [name, ...value] = cookie.split('=');
  await context.addCookies([{ name, value: value.join('='), url: base }]);
  const page = await context.newPage();
  // Counted from Chromium's network events, so that what the browser answered from its own cache
  // (a page's request event fires for those too) is not counted as reaching the app.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const fromCache = new Set();
  let requests = 0;
  cdp.on('Network.requestServedFromCache', (e) => fromCache.add(e.requestId));
  cdp.on('Network.responseReceived', (e) => {
    const { url, fromDiskCache, fromServiceWorker, fromPrefetchCache } = e.response;
    if (reachesApp(url) && !fromCache.has(e.requestId) && !fromDiskCache && !fromServiceWorker && !fromPrefetchCache) requests++;
  });
  const view = async () => {
    await page.goto(base + url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(IDLE_MS);
    await page.waitForLoadState('networkidle');
  };
  try {
    await view();
    requests = 0;
    const cpu0 = cpuMs(pid);
    for (let i = 0; i < views; i++) await view();
    return { cpuMsPerView: (cpuMs(pid) - cpu0) / views, requestsPerView: requests / views };
  } finally {
    await context.close();
  }
}
