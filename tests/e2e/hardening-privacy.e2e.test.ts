// Hardening, privacy: leakmark makes no network requests of its own. A whole session over the seed
// pages (scan, highlight, save, popup, library page, export) runs with Chromium's NetLog on, which
// records every URL request of every process (pages, the service worker, the offscreen document);
// Playwright's request events are recorded too. Every request must go to the test server on
// 127.0.0.1 or stay inside the extension (chrome-extension://). Requests Chromium makes on its own are
// told apart by the same session without the extension (baseline).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as wxtBrowser } from 'wxt/browser';
import { launchOnProfile, launchPlain, readLibrary, removeSnapshot, serveHostile, sleep, snapshotExtension, type HostileServer } from './hardening-helpers';
import { collectErrors, leakmarkControl, PAGES_DIR, ROOT, waitUntil } from './harness';

declare const chrome: typeof wxtBrowser;

const FIGURES = path.join(ROOT, '.output/e2e/hardening-figures.json');
const SEED_PAGES = readdirSync(PAGES_DIR).filter((f) => /^seed-\d+\.html$/.test(f)).sort();

let server: HostileServer;
let extensionDir: string;
let tmp: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'leakmark-privacy-'));
  server = await serveHostile(PAGES_DIR);
  extensionDir = await snapshotExtension();
});

afterAll(async () => {
  await server?.close();
  removeSnapshot(extensionDir);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Every URL a NetLog file mentions (requests, redirects, fetches of every process). */
function netlogUrls(file: string): string[] {
  const log = JSON.parse(readFileSync(file, 'utf8')) as { events?: unknown[] };
  const urls = new Set<string>();
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) urls.add(v);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  for (const event of log.events ?? []) visit((event as { params?: unknown }).params);
  return [...urls];
}

const origin = (u: string) => {
  try {
    const url = new URL(u.split(/[\s<>]/)[0]!);
    return url.protocol === 'chrome-extension:' ? 'chrome-extension://' : `${url.protocol}//${url.host}`;
  } catch {
    return u;
  }
};

/**
 * Origins that only Chromium itself asked for in a NetLog: every URL request to them started with no
 * initiating origin ("not an origin": the browser's own services, such as the GCM check-in a fresh
 * profile may make at any time, or a navigation typed in — which Playwright's request events see anyway).
 * A request from the extension's service worker, offscreen document, pages or content scripts always
 * carries an initiator (chrome-extension://… or the page's origin), so its origin is never in this set.
 */
function browserOnlyOrigins(file: string): Set<string> {
  const log = JSON.parse(readFileSync(file, 'utf8')) as {
    constants?: { logEventTypes?: Record<string, number> };
    events?: Array<{ type?: number; params?: { url?: unknown; initiator?: unknown } }>;
  };
  const startJob = log.constants?.logEventTypes?.['URL_REQUEST_START_JOB'];
  const initiated = new Set<string>();
  const internal = new Set<string>();
  for (const event of log.events ?? []) {
    const url = event.params?.url;
    if (event.type !== startJob || typeof url !== 'string') continue;
    const initiator = event.params?.initiator;
    (typeof initiator === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(initiator) ? initiated : internal).add(origin(url));
  }
  return new Set([...internal].filter((o) => !initiated.has(o)));
}

/** Visit every seed page and wait until leakmark (if any) has painted it. */
async function visitSeeds(context: BrowserContext, withExtension: boolean): Promise<string[]> {
  const errors: string[] = [];
  for (const file of SEED_PAGES) {
    const page = await context.newPage();
    errors.push(...collectErrors(page));
    await page.goto(server.url(file));
    if (withExtension) {
      // The toolbar is a closed shadow root: leakmarkControl (harness.ts) looks inside through DevTools.
      const save = leakmarkControl(page, 'save');
      await save.waitFor({ timeout: 20_000 });
      await save.click();
      if (!(await waitUntil(async () => /Saved|保存済み/.test((await save.textContent()) ?? ''), 10_000))) throw new Error('not saved');
      // Hover cards and the facts list too.
      await leakmarkControl(page, 'toggle').click();
      await leakmarkControl(page, 'fact').focus();
    } else {
      await sleep(1500);
    }
    await page.close();
  }
  return errors;
}

describe('privacy: no network requests', () => {
  it('a session over the seed pages: every request goes to 127.0.0.1 (the test server) or stays in chrome-extension://', async () => {
    // Baseline: the same visits in the same Chromium without the extension.
    const baseLog = path.join(tmp, 'baseline.netlog.json');
    const plain = await launchPlain([`--log-net-log=${baseLog}`]);
    await visitSeeds(plain.context, false);
    await plain.close();

    const netlog = path.join(tmp, 'leakmark.netlog.json');
    const profile = mkdtempSync(path.join(tmpdir(), 'leakmark-privacy-profile-'));
    const b = await launchOnProfile(profile, extensionDir, [`--log-net-log=${netlog}`]);
    const seen: string[] = [];
    b.context.on('request', (r) => seen.push(r.url()));
    let errors: string[] = [];
    try {
      errors = await visitSeeds(b.context, true);
      // Popup, library page, an export and a search: everything a session touches.
      const ui = await b.context.newPage();
      errors.push(...collectErrors(ui));
      await ui.goto(`chrome-extension://${b.extensionId}/popup.html`);
      await sleep(1000);
      await ui.goto(`chrome-extension://${b.extensionId}/library.html`);
      await ui.locator('body').getByText(/株式会社|市/).first().waitFor({ timeout: 10_000 });
      for (const format of ['csv', 'json', 'veris'] as const) {
        await ui.evaluate((f) => chrome.runtime.sendMessage({ type: 'exportRecords', data: { format: f } }), format);
      }
      expect(await readLibrary(b.sw)).toHaveLength(SEED_PAGES.length);
      await sleep(2000); // anything deferred (offscreen document, dictionary)
      // Positive control: a request the service worker does make is in the NetLog (so the NetLog does
      // see the extension's processes). It goes to the test server, marked.
      await b.sw((url) => fetch(url).then((r) => r.status), server.url('control-from-service-worker'));
    } finally {
      await b.close();
      rmSync(profile, { recursive: true, force: true });
    }

    // The test server (NetLog also writes its site as "http://127.0.0.1"), the extension, local schemes.
    const allowed = (u: string) =>
      [server.origin, 'http://127.0.0.1', 'chrome-extension://'].includes(origin(u)) || /^(data|blob|about|chrome|devtools):/.test(u);
    const fromPlaywright = seen.filter((u) => !allowed(u));
    const withExt = netlogUrls(netlog);
    const baseline = new Set(netlogUrls(baseLog).map(origin));
    const outside = withExt.filter((u) => !allowed(u));
    const browserOnly = browserOnlyOrigins(netlog);
    const added = outside.filter((u) => !baseline.has(origin(u)) && !browserOnly.has(origin(u)));
    const summary = {
      pages: SEED_PAGES.length,
      playwrightRequests: seen.length,
      playwrightOrigins: [...new Set(seen.map(origin))],
      netlogUrls: withExt.length,
      netlogOrigins: [...new Set(withExt.map(origin))],
      chromiumOwnOrigins: [...new Set(outside.map(origin))],
      browserOnlyOrigins: [...browserOnly],
      testServerRequests: server.requests.length,
      addedByLeakmark: added,
    };
    console.log('network', JSON.stringify(summary));
    let previous: Record<string, unknown> = {};
    try {
      previous = JSON.parse(readFileSync(FIGURES, 'utf8')) as Record<string, unknown>;
    } catch {
      // first run
    }
    writeFileSync(FIGURES, `${JSON.stringify({ ...previous, privacy: summary }, null, 2)}\n`);

    expect(withExt.some((u) => u.startsWith(server.origin)), 'the NetLog saw the test pages').toBe(true);
    expect(withExt.some((u) => u.includes('/control-from-service-worker')), 'the NetLog saw the service worker’s control request').toBe(true);
    expect(server.requests).toContain('GET /control-from-service-worker');
    // The control carries its initiator, so its origin is never taken for Chromium's own.
    expect(browserOnly.has(origin(server.origin)), 'the service worker’s request was taken for the browser’s').toBe(false);
    // Apart from the control, leakmark asked the test server for nothing but the pages themselves.
    expect(server.requests.filter((r) => !/^GET \/(seed-\d+\.html|favicon\.ico|control-from-service-worker)$/.test(r))).toEqual([]);
    expect(fromPlaywright).toEqual([]);
    expect(added).toEqual([]);
    expect(errors).toEqual([]);
  });
});
