// Helpers for the hardening end-to-end tests (tests/e2e/hardening*.e2e.test.ts): a server on
// 127.0.0.1 that can send custom headers (CSP, legacy charsets) from several directories, a long-task
// recorder installed before load, a counter of the messages the background receives, and what the
// engine itself finds in a page (the expected badge is never hard-coded).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { browser as wxtBrowser } from 'wxt/browser';
import { htmlToPageText } from '../../lib/html/visible-text';
import { ENGINE_VERSION, extractIncidents } from '../../lib/pipeline';
import { sourceFromPage, type Source } from '../../lib/store/source';
import type { Incident } from '../../lib/types';
import { CHROMIUM, EXTENSION_DIR, swEval } from './harness';

declare const chrome: typeof wxtBrowser;

export const HOSTILE_DIR = path.resolve(import.meta.dirname, '../fixtures/hostile');

// ---------------------------------------------------------------------------------------------
// A private copy of the build

/**
 * Copy the built extension (.output/chrome-mv3) to a temporary directory and return its path, so a
 * rebuild while the tests run (wxt empties .output first) cannot pull the extension from under them.
 * Waits up to 60 s for a build in progress. Remove it with removeSnapshot().
 */
export async function snapshotExtension(): Promise<string> {
  const deadline = Date.now() + 60_000;
  while (!existsSync(path.join(EXTENSION_DIR, 'manifest.json')) || !existsSync(path.join(EXTENSION_DIR, 'content-scripts'))) {
    if (Date.now() > deadline) throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npx wxt build\` first.`);
    await new Promise((r) => setTimeout(r, 500));
  }
  await new Promise((r) => setTimeout(r, 300)); // let a build that just wrote the manifest finish
  const dir = mkdtempSync(path.join(tmpdir(), 'leakmark-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  return dir;
}

export function removeSnapshot(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** The same Chromium without any extension (baselines: what a page costs on its own). */
export async function launchPlain(extraArgs: string[] = []): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'leakmark-plain-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: false,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US', ...extraArgs],
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Relaunched {
  context: BrowserContext;
  extensionId: string;
  /** Run `fn` in the extension's service worker (a fresh one if Chrome stopped the old one). */
  sw<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  close(): Promise<void>;
}

/**
 * Launch Chromium with the extension on an existing profile directory (the harness's launch() always
 * makes a fresh one): for what only a browser restart resets, e.g. quota overrides. The directory
 * is left in place; the caller removes it.
 */
export async function launchOnProfile(userDataDir: string, extensionDir: string, extraArgs: string[] = []): Promise<Relaunched> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=en-US',
      ...extraArgs,
    ],
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  const prefix = `chrome-extension://${extensionId}/`;
  return {
    context,
    extensionId,
    async sw(fn, arg) {
      let live = context.serviceWorkers().find((w) => w.url().startsWith(prefix));
      if (!live) {
        const page = await context.newPage();
        await page.goto(`${prefix}popup.html`).catch(() => undefined);
        live = context.serviceWorkers().find((w) => w.url().startsWith(prefix)) ?? (await context.waitForEvent('serviceworker'));
        await page.close();
      }
      return live.evaluate(fn as never, arg as never) as never;
    },
    close: () => context.close().catch(() => undefined),
  };
}

/** Every record in the library database, read in the service worker (`sw` of launchOnProfile). */
export function readLibrary(sw: Relaunched['sw']): Promise<Array<{ id: string; org: string | null }>> {
  return sw(
    () =>
      new Promise<Array<{ id: string; org: string | null }>>((resolve, reject) => {
        const open = indexedDB.open('leakmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('incidents')) return resolve([]);
          const req = db.transaction('incidents').objectStore('incidents').getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as Array<{ id: string; org: string | null }>);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

// ---------------------------------------------------------------------------------------------
// Server

export interface Route {
  /** Body: a file path, or the bytes/text themselves. */
  file?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
}

export interface HostileServer {
  origin: string;
  url(p: string): string;
  /** Serve `pathname` (e.g. '/csp.html') with this body and headers from now on. */
  route(pathname: string, route: Route): void;
  /** Requests received, in order (method and path). */
  readonly requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Serve files on 127.0.0.1 (never another address): explicit routes first, then `mounts`
 * ('/gen/' → a temp dir…), then `root`. No favicon 404s in the console.
 */
export async function serveHostile(root: string = HOSTILE_DIR, mounts: Record<string, string> = {}): Promise<HostileServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const resolveFile = (pathname: string): string | null => {
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (pathname.startsWith(prefix)) return inside(dir, pathname.slice(prefix.length));
    }
    return inside(root, pathname);
  };
  const server: HttpServer = createServer((req: IncomingMessage, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
      requests.push(`${req.method} ${pathname}`);
      if (pathname === '/favicon.ico') return void res.writeHead(204).end();
      const route = routes.get(pathname);
      const file = route?.file ?? (route?.body === undefined ? resolveFile(pathname) : null);
      if (route?.body === undefined && (!file || !existsSync(file) || statSync(file).isDirectory())) {
        return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
      const body = route?.body ?? readFileSync(file!);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(pathname)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...route?.headers,
      });
      res.end(body);
    } catch {
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p) => `${origin}/${p.replace(/^\//, '')}`,
    route: (pathname, route) => void routes.set(pathname.startsWith('/') ? pathname : `/${pathname}`, route),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

function inside(dir: string, rel: string): string | null {
  const base = path.resolve(dir);
  const file = path.resolve(base, `.${rel.startsWith('/') ? rel : `/${rel}`}`);
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

// ---------------------------------------------------------------------------------------------
// What the engine finds (the expectation for the badge)

export function breachesInHtml(html: string): number {
  return extractIncidents(htmlToPageText(html)).filter((i) => i.is_breach).length;
}

// ---------------------------------------------------------------------------------------------
// Incidents to save (as a content script would send them)

export interface SaveRequest {
  page: { url: string; title: string; pageHash: string };
  incident: Incident;
  source: Source;
}

/** Notice number `i`: its own organisation, count, page and quote (so 200 of them are 200 incidents). */
export function noticeText(i: number): string {
  return (
    `不正アクセスによる個人情報漏えいに関するお詫び（第${i}報）\n` +
    `株式会社テスト${i}号商事は、当社の会員サイトが第三者による不正アクセスを受け、会員${1000 + i}名の氏名、` +
    `メールアドレス、電話番号が流出した可能性があることを確認いたしました（管理番号${i}）。\n`
  );
}

/** The saveIncident request for notice `i`, made by the engine exactly as the content script would. */
export function saveRequest(i: number, origin = 'https://notices.example'): SaveRequest {
  const text = noticeText(i);
  const [incident] = extractIncidents({ text });
  if (!incident?.is_breach) throw new Error(`the engine found no breach in notice ${i}`);
  const url = `${origin}/notice/${i}`;
  const page = { url, title: `お詫び ${i}`, pageHash: `fnv1a:${i.toString(16).padStart(8, '0')}:${text.length}` };
  const source = sourceFromPage(text, incident.span, { ...page, engineVersion: ENGINE_VERSION }, new Date(Date.UTC(2024, 0, 1, 0, 0, i)).toISOString());
  return { page, incident, source };
}

// ---------------------------------------------------------------------------------------------
// Long tasks

export interface LongTask {
  start: number;
  duration: number;
}

/** A long animation frame (LoAF): unlike a long task it includes the style, layout and paint work. */
export interface LongFrame {
  start: number;
  duration: number;
  blocking: number;
  /** Time spent in style and layout at the end of the frame (the rendering update). */
  styleAndLayout: number;
  /** Scripts that ran in the frame: where from, what invoked them, how long, forced style/layout. */
  scripts: Array<{ source: string; invoker: string; duration: number; forcedLayout: number }>;
}

/**
 * Register buffered observers for long tasks and long animation frames before any of the page's own
 * code runs. Call before goto().
 */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __leakmarkLongTasks: unknown[]; __leakmarkLongFrames: unknown[] };
    w.__leakmarkLongTasks = [];
    w.__leakmarkLongFrames = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__leakmarkLongTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // no long-task support: the list stays empty
    }
    try {
      new PerformanceObserver((list) => {
        for (const raw of list.getEntries()) {
          const e = raw as PerformanceEntry & {
            blockingDuration: number;
            renderStart: number;
            styleAndLayoutStart: number;
            scripts: Array<{ sourceURL: string; invoker: string; duration: number; forcedStyleAndLayoutDuration: number }>;
          };
          w.__leakmarkLongFrames.push({
            start: Math.round(e.startTime),
            duration: Math.round(e.duration),
            blocking: Math.round(e.blockingDuration),
            styleAndLayout: e.styleAndLayoutStart ? Math.round(e.startTime + e.duration - e.styleAndLayoutStart) : 0,
            scripts: (e.scripts ?? []).map((s) => ({
              source: String(s.sourceURL ?? '').replace(/^chrome-extension:\/\/[a-p]{32}\//, 'extension:'),
              invoker: String(s.invoker ?? ''),
              duration: Math.round(s.duration),
              forcedLayout: Math.round(s.forcedStyleAndLayoutDuration ?? 0),
            })),
          });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      // no LoAF support
    }
  });
}

export interface LongTaskReport {
  /** loadEventEnd of the navigation (ms since navigation start). */
  loadEnd: number;
  domContentLoaded: number;
  all: LongTask[];
  /** Tasks that started after the load event (the page has no scripts of its own: leakmark's). */
  afterLoad: LongTask[];
  longestAfterLoad: number;
  longestBeforeLoad: number;
  /** Long animation frames (> 50 ms, rendering included) that started after the load event. */
  framesAfterLoad: LongFrame[];
  longestFrameAfterLoad: number;
}

export async function longTasks(page: Page): Promise<LongTaskReport> {
  const raw = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const w = window as unknown as { __leakmarkLongTasks?: Array<{ start: number; duration: number }>; __leakmarkLongFrames?: unknown[] };
    return {
      loadEnd: Math.round(nav?.loadEventEnd ?? 0),
      domContentLoaded: Math.round(nav?.domContentLoadedEventEnd ?? 0),
      all: (w.__leakmarkLongTasks ?? []).slice(),
      frames: (w.__leakmarkLongFrames ?? []).slice() as LongFrame[],
    };
  });
  const afterLoad = raw.all.filter((t) => t.start >= raw.loadEnd);
  const before = raw.all.filter((t) => t.start < raw.loadEnd);
  const framesAfterLoad = raw.frames.filter((f) => f.start >= raw.loadEnd);
  return {
    loadEnd: raw.loadEnd,
    domContentLoaded: raw.domContentLoaded,
    all: raw.all,
    afterLoad,
    longestAfterLoad: Math.max(0, ...afterLoad.map((t) => t.duration)),
    longestBeforeLoad: Math.max(0, ...before.map((t) => t.duration)),
    framesAfterLoad,
    longestFrameAfterLoad: Math.max(0, ...framesAfterLoad.map((f) => f.duration)),
  };
}

// ---------------------------------------------------------------------------------------------
// Counting what the background receives

/**
 * Add a listener in the service worker that counts runtime messages by type (it answers nothing, so
 * the real handlers are untouched). Counts survive as long as the worker lives; reset with `reset`.
 */
export async function installMessageCounter(): Promise<void> {
  await swEval(() => {
    const g = globalThis as unknown as { __leakmarkCounts?: Record<string, number>; __leakmarkCounter?: boolean };
    g.__leakmarkCounts = {};
    if (g.__leakmarkCounter) return;
    g.__leakmarkCounter = true;
    chrome.runtime.onMessage.addListener((message: unknown) => {
      const type = (message as { type?: unknown } | null)?.type;
      if (typeof type === 'string') g.__leakmarkCounts![type] = (g.__leakmarkCounts![type] ?? 0) + 1;
      return undefined;
    });
  });
}

export async function messageCounts(): Promise<Record<string, number>> {
  return swEval(() => ({ ...((globalThis as unknown as { __leakmarkCounts?: Record<string, number> }).__leakmarkCounts ?? {}) }));
}

export async function resetMessageCounts(): Promise<void> {
  await swEval(() => {
    (globalThis as unknown as { __leakmarkCounts?: Record<string, number> }).__leakmarkCounts = {};
  });
}

// ---------------------------------------------------------------------------------------------
// Errors

/** Errors leakmark could have caused: everything but lines the page itself is known to log. */
export function leakmarkErrors(errors: readonly string[], pageOwn: RegExp[] = []): string[] {
  return errors.filter((e) => !pageOwn.some((re) => re.test(e)));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
