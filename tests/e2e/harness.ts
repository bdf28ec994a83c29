// Shared end-to-end harness: real Chromium (Debian's /usr/bin/chromium) with the built extension
// (.output/chrome-mv3 — build it first: `npx wxt build`; this file builds nothing), a static server
// on 127.0.0.1 over tests/fixtures/pages/, and small helpers to look inside the extension through its
// service worker. Each launch() gets a fresh temporary profile; close() removes it.
//
//   const server = await serve();
//   const ext = await launch();
//   const page = await ext.context.newPage();
//   await page.goto(server.url('seed-002.html'));
//   await swEval(() => chrome.action.getBadgeText({}));
//   await ext.close(); await server.close();
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import type { browser as wxtBrowser } from 'wxt/browser';

/** The extension API inside the service worker / extension pages where evaluate() callbacks run. */
declare const chrome: typeof wxtBrowser;

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
export const PAGES_DIR = path.join(ROOT, 'tests/fixtures/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// ---------------------------------------------------------------------------------------------
// Static server

export interface StaticServer {
  origin: string;
  url(file: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serve `root` on 127.0.0.1 at a free port (never another address). */
export async function serve(root: string = PAGES_DIR): Promise<StaticServer> {
  const base = path.resolve(root);
  const server: HttpServer = createServer((req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      if (pathname === '/favicon.ico') {
        res.writeHead(204).end(); // no favicon, and no 404 in the console either
        return;
      }
      let file = path.resolve(base, `.${pathname}`);
      if (file !== base && !file.startsWith(base + path.sep)) {
        res.writeHead(403).end();
        return;
      }
      if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (!existsSync(file)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (file) => `${origin}/${file.replace(/^\//, '')}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Browser with the extension

export interface LaunchOptions {
  /** Default: headless unless HEADED=1. */
  headless?: boolean;
  extensionDir?: string;
  /** Browser UI language (--lang), e.g. 'ja' for the Japanese UI. Default: en-US. */
  lang?: string;
}

export interface Launched {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  userDataDir: string;
  close(): Promise<void>;
}

/** The extension's id in the current launch (set by launch()). */
export let extensionId = '';
let current: Launched | null = null;

export async function launch(opts: LaunchOptions = {}): Promise<Launched> {
  const ext = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(ext, 'manifest.json'))) {
    throw new Error(`No built extension in ${ext}: run \`npx wxt build\` first.`);
  }
  const headless = opts.headless ?? process.env.HEADED !== '1';
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'leakmark-e2e-'));
  const args = [
    `--disable-extensions-except=${ext}`,
    `--load-extension=${ext}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--lang=${opts.lang ?? 'en-US'}`,
  ];
  if (headless) args.push('--headless=new');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // '--headless=new' above: the old headless mode cannot load extensions
    args,
    viewport: { width: 1280, height: 900 },
    locale: opts.lang ?? 'en-US',
  });
  let [serviceWorker] = context.serviceWorkers();
  serviceWorker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  extensionId = new URL(serviceWorker.url()).host;
  const launched: Launched = {
    context,
    serviceWorker,
    extensionId,
    userDataDir,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
      if (current === launched) current = null;
    },
  };
  current = launched;
  return launched;
}

/** The extension's service worker (a fresh one if Chrome stopped the old one). */
export async function serviceWorker(): Promise<Worker> {
  if (!current) throw new Error('launch() first');
  const prefix = `chrome-extension://${current.extensionId}/`;
  const live = current.context.serviceWorkers().find((w) => w.url().startsWith(prefix));
  if (live) return (current.serviceWorker = live);
  // Wake it: any extension page does.
  const page = await current.context.newPage();
  await page.goto(`${prefix}popup.html`).catch(() => undefined);
  const sw = current.context.serviceWorkers().find((w) => w.url().startsWith(prefix)) ?? (await current.context.waitForEvent('serviceworker'));
  await page.close();
  return (current.serviceWorker = sw);
}

/** Run `fn` inside the extension's service worker (chrome.*, indexedDB). */
export async function swEval<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  const sw = await serviceWorker();
  return sw.evaluate(fn as never, arg as never) as Promise<R>;
}

/** Open the extension's popup page (as a tab page) in `page`; `query` e.g. '?tabId=3'. */
export async function openPopup(page: Page, query = ''): Promise<Page> {
  await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
  return page;
}

/** Open the extension's library page in `page`. */
export async function openLibraryPage(page: Page, query = ''): Promise<Page> {
  await page.goto(`chrome-extension://${extensionId}/library.html${query}`);
  return page;
}

// ---------------------------------------------------------------------------------------------
// Looking inside

export interface TabSnapshot {
  tabId: number;
  url: string;
  badge: string;
  incidents: Array<{
    index: number;
    is_breach: boolean;
    org: string | null;
    total: number | null;
    cause: string | null;
    categories: string[];
    savedId: string | null;
    dismissed: boolean;
  }>;
}

/** Per-tab state the background keeps (storage.session), with each tab's badge text. */
export async function tabSnapshots(): Promise<TabSnapshot[]> {
  return swEval(async () => {
    const all = await chrome.storage.session.get(null);
    const out = [];
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith('tab:')) continue;
      const tabId = Number(key.slice(4));
      type Inc = { is_breach: boolean; org: string | null; total_affected: number | null; cause: string | null; categories: string[] };
      const rec = value as { page: { url: string }; incidents: Array<{ index: number; incident: Inc; savedId: string | null; dismissed: boolean }> };
      out.push({
        tabId,
        url: rec.page.url,
        badge: await chrome.action.getBadgeText({ tabId }).catch(() => ''),
        incidents: rec.incidents.map((t) => ({
          index: t.index,
          is_breach: t.incident.is_breach,
          org: t.incident.org,
          total: t.incident.total_affected,
          cause: t.incident.cause,
          categories: t.incident.categories,
          savedId: t.savedId,
          dismissed: t.dismissed,
        })),
      });
    }
    return out;
  });
}

/** The tab state for a page URL, once the content script has reported (null after `timeoutMs`). */
export async function waitForTab(url: string, timeoutMs = 20_000, accept: (t: TabSnapshot) => boolean = () => true): Promise<TabSnapshot | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = (await tabSnapshots()).find((t) => t.url === url && accept(t));
    if (hit) return hit;
    if (Date.now() > deadline) return null;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Badge text of every open tab. */
export async function allBadges(): Promise<Array<{ tabId: number; badge: string }>> {
  return swEval(async () => {
    const tabs = await chrome.tabs.query({});
    return Promise.all(tabs.map(async (t) => ({ tabId: t.id ?? -1, badge: await chrome.action.getBadgeText({ tabId: t.id }) })));
  });
}

export interface StoredRecordLite {
  id: string;
  org: string | null;
  total_affected: number | null;
  is_breach: boolean;
  categories: string[];
  sources: Array<{ url: string; quote: { exact: string; prefix: string; suffix: string }; position: { start: number; end: number }; pageHash: string }>;
}

/** Every record in the library database, read straight from IndexedDB in the service worker. */
export async function libraryRecords(): Promise<StoredRecordLite[]> {
  return swEval(
    () =>
      new Promise<StoredRecordLite[]>((resolve, reject) => {
        const open = indexedDB.open('leakmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('incidents')) {
            db.close();
            resolve([]);
            return;
          }
          const req = db.transaction('incidents').objectStore('incidents').getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as StoredRecordLite[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** Errors a page shows: uncaught exceptions and console errors. Collect from before goto(). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** Errors the extension's service worker logs (console.error, uncaught). */
export function collectWorkerErrors(worker: Worker): string[] {
  const errors: string[] = [];
  worker.on('console', (m) => {
    if (m.type() === 'error') errors.push(`service worker: ${m.text()}`);
  });
  return errors;
}

/** Painted highlights on a page: Highlight API ranges (per kind) and fallback marks. */
export async function highlightCounts(page: Page): Promise<{ registry: Record<string, number>; marks: number }> {
  return page.evaluate(() => {
    const registry: Record<string, number> = {};
    const highlights = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    highlights?.forEach((h, name) => (registry[name] = h.size));
    return { registry, marks: document.querySelectorAll('mark[data-leakmark]').length };
  });
}

export async function waitUntil<T>(fn: () => Promise<T | null | undefined | false>, timeoutMs = 15_000, stepMs = 200): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v) return v;
    if (Date.now() > deadline) return null;
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

// ---------------------------------------------------------------------------------------------
// leakmark's own UI on a page. Its toolbars and legend are closed shadow roots (the page's scripts
// must not reach them), so Playwright's locators, which run as page script, cannot see inside either.
// The browser can: the DevTools protocol's DOM domain (pierce: true) lists closed shadow trees, and
// clicks go through Playwright's mouse, i.e. real, trusted input — what a user does. Nothing here
// needs a hook in the extension.

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  localName?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const cdpSessions = new WeakMap<Page, Promise<CDPSession>>();
function cdpFor(page: Page): Promise<CDPSession> {
  let session = cdpSessions.get(page);
  if (!session) cdpSessions.set(page, (session = page.context().newCDPSession(page)));
  return session;
}

function hasClass(node: CdpNode, cls: string): boolean {
  const attrs = node.attributes ?? [];
  for (let i = 0; i + 1 < attrs.length; i += 2) if (attrs[i] === 'class' && attrs[i + 1]!.split(/\s+/).includes(cls)) return true;
  return false;
}

/** backendNodeIds of the elements with class `cls` inside the shadow roots of every `hostTag` element, in document order. */
async function findInLeakmarkUi(page: Page, hostTag: string, cls: string): Promise<number[]> {
  const cdp = await cdpFor(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: CdpNode };
  const found: number[] = [];
  const inShadow = (node: CdpNode) => {
    if (hasClass(node, cls)) found.push(node.backendNodeId);
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) inShadow(child);
  };
  const visit = (node: CdpNode) => {
    if (node.localName === hostTag) for (const shadow of node.shadowRoots ?? []) inShadow(shadow);
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) visit(child);
  };
  visit(root);
  return found;
}

export interface LeakmarkControl {
  count(): Promise<number>;
  /** Wait until it exists. */
  waitFor(opts?: { timeout?: number }): Promise<void>;
  textContent(): Promise<string | null>;
  /** A real mouse click at its centre (scrolled into view first). */
  click(): Promise<void>;
  /** Focus it (as Tab would). */
  focus(): Promise<void>;
  /** Run `fn` (source of a function taking the element) on it and return the result. */
  evaluate<R>(fn: string): Promise<R>;
}

/**
 * The `index`-th element with class `cls` inside leakmark's `hostTag` (default 'leakmark-toolbar')
 * shadow roots, e.g. leakmarkControl(page, 'save') for the first Save button.
 */
export function leakmarkControl(page: Page, cls: string, opts: { index?: number; host?: string } = {}): LeakmarkControl {
  const index = opts.index ?? 0;
  const host = opts.host ?? 'leakmark-toolbar';
  const id = async () => {
    const ids = await findInLeakmarkUi(page, host, cls);
    const backendNodeId = ids[index];
    if (backendNodeId === undefined) throw new Error(`no .${cls} #${index} in ${host}`);
    return backendNodeId;
  };
  const evaluate = async <R>(fn: string): Promise<R> => {
    const cdp = await cdpFor(page);
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: await id() })) as { object: { objectId: string } };
    const { result, exceptionDetails } = (await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () { return (${fn})(this); }`,
      returnByValue: true,
    })) as { result: { value: R }; exceptionDetails?: unknown };
    if (exceptionDetails) throw new Error(`evaluate failed: ${JSON.stringify(exceptionDetails)}`);
    return result.value;
  };
  return {
    count: async () => (await findInLeakmarkUi(page, host, cls)).length,
    async waitFor({ timeout = 20_000 } = {}) {
      const ok = await waitUntil(async () => (await findInLeakmarkUi(page, host, cls)).length > index, timeout);
      if (!ok) throw new Error(`no .${cls} #${index} in ${host} after ${timeout} ms`);
    },
    textContent: () => evaluate<string | null>('(el) => el.textContent'),
    async click() {
      const cdp = await cdpFor(page);
      const backendNodeId = await id();
      await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
      const { quads } = (await cdp.send('DOM.getContentQuads', { backendNodeId })) as { quads: number[][] };
      const q = quads[0];
      if (!q) throw new Error(`.${cls} #${index} is not rendered`);
      await page.mouse.click((q[0]! + q[2]! + q[4]! + q[6]!) / 4, (q[1]! + q[3]! + q[5]! + q[7]!) / 4);
    },
    async focus() {
      const cdp = await cdpFor(page);
      await cdp.send('DOM.focus', { backendNodeId: await id() });
    },
    evaluate,
  };
}
