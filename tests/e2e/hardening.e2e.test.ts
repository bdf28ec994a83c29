// Hardening, pages: huge, hostile and odd pages in real Chromium with the built extension. Each page
// is served on 127.0.0.1; expected badges come from the engine run on the same HTML. Every page's
// uncaught exceptions and console errors are recorded: none may come from leakmark. Figures (long
// tasks, times to badge, message counts) are written to .output/e2e/hardening-figures.json for
// docs/reliability.md.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { browser as wxtBrowser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENCODED, writeGeneratedPages, type GeneratedPages } from '../fixtures/hostile/generate';
import { LARGE_PAGE_CHARS } from '../../lib/page/app';
import {
  breachesInHtml,
  HOSTILE_DIR,
  installMessageCounter,
  launchPlain,
  longTasks,
  messageCounts,
  recordLongTasks,
  removeSnapshot,
  resetMessageCounts,
  saveRequest,
  serveHostile,
  sleep,
  snapshotExtension,
  type HostileServer,
} from './hardening-helpers';
import {
  collectErrors,
  collectWorkerErrors,
  highlightCounts,
  launch,
  leakmarkControl,
  libraryRecords,
  openLibraryPage,
  openPopup,
  PAGES_DIR,
  tabSnapshots,
  ROOT,
  waitForTab,
  waitUntil,
  type Launched,
  type TabSnapshot,
} from './harness';

declare const chrome: typeof wxtBrowser;

const STRICT_TIMING = process.env.LEAKMARK_STRICT_TIMING === '1';
/** Errors seen on the pages of the known-bug tests (checked by a plain test at the end). */
const bugTestErrors: string[] = [];

const SHOTS = path.join(ROOT, '.output/e2e');
const FIGURES = path.join(SHOTS, 'hardening-figures.json');
const figures: Record<string, unknown> = {};

let tmp: string;
let files: GeneratedPages;
let server: HostileServer;
/** A second origin (cross-origin frames). */
let other: HostileServer;
let ext: Launched;
let workerErrors: string[];
let extensionDir: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'leakmark-hostile-'));
  files = writeGeneratedPages(tmp);
  server = await serveHostile(HOSTILE_DIR, { '/gen/': tmp, '/pages/': PAGES_DIR });
  other = await serveHostile(HOSTILE_DIR, { '/gen/': tmp });
  extensionDir = await snapshotExtension();
  ext = await launch({ extensionDir });
  workerErrors = collectWorkerErrors(ext.serviceWorker);
  await installMessageCounter();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  await other?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  removeSnapshot(extensionDir);
  let previous: Record<string, unknown> = {};
  try {
    previous = JSON.parse(readFileSync(FIGURES, 'utf8')) as Record<string, unknown>;
  } catch {
    // first run
  }
  writeFileSync(FIGURES, `${JSON.stringify({ ...previous, pages: figures }, null, 2)}\n`);
});

async function closeAllPages(): Promise<void> {
  for (const p of ext.context.pages()) await p.close();
}

async function open(url: string, opts: { longTasks?: boolean } = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await ext.context.newPage();
  const errors = collectErrors(page);
  if (opts.longTasks) await recordLongTasks(page);
  await page.goto(url, { timeout: 60_000 });
  return { page, errors };
}

const genHtml = (file: string) => readFileSync(path.join(tmp, file), 'utf8');

async function totalHighlights(page: Page): Promise<number> {
  const { registry, marks } = await highlightCounts(page);
  return Object.values(registry).reduce((a, b) => a + b, 0) + marks;
}

/** Highlight ranges whose text is still in the document (a re-render can orphan them). */
async function liveHighlightRanges(page: Page): Promise<{ live: number; dead: number }> {
  return page.evaluate(() => {
    let live = 0;
    let dead = 0;
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    registry?.forEach((h) =>
      h.forEach((r) => {
        if (r.startContainer.isConnected && !r.collapsed) live++;
        else dead++;
      }),
    );
    return { live, dead };
  });
}

/**
 * Are the painted highlights visible inside `selector`'s box? Screenshot it, take every highlight out
 * of the registry (the registry is the document's: the page's world sees leakmark's entries), screenshot
 * again, put them back. Same pixels = the ranges are registered but nothing is drawn.
 */
async function highlightsVisible(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) return false;
  const clip = { x: Math.max(0, box.x), y: Math.max(0, box.y), width: Math.min(box.width, 1200), height: Math.min(box.height, 600) };
  const before = await page.screenshot({ clip });
  await page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
    (window as unknown as { __savedHighlights: Array<[string, unknown]> }).__savedHighlights = [...registry.entries()];
    registry.clear();
  });
  const after = await page.screenshot({ clip });
  await page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
    for (const [k, v] of (window as unknown as { __savedHighlights: Array<[string, unknown]> }).__savedHighlights) registry.set(k, v);
  });
  return !before.equals(after);
}

/** The tab's report once its badge shows a number. */
async function waitForBadge(url: string, timeoutMs = 30_000): Promise<TabSnapshot | null> {
  return waitForTab(url, timeoutMs, (t) => t.badge !== '');
}

// ---------------------------------------------------------------------------------------------

describe('big pages: scanned without freezing', () => {
  /** The same pages in Chromium without the extension (what they cost on their own), measured first. */
  const baselines = new Map<string, Awaited<ReturnType<typeof longTasks>>>();
  beforeAll(async () => {
    const plain = await launchPlain();
    try {
      for (const file of [files.big, files.manyNodes, files.hugeNode]) {
        const base = await plain.context.newPage();
        await recordLongTasks(base);
        await base.goto(server.url(`gen/${file}`), { timeout: 60_000 });
        await sleep(3000);
        baselines.set(file, await longTasks(base));
        await base.close();
      }
    } finally {
      await plain.close();
    }
  });

  const cases = [
    ['5 MB page', () => files.big, true],
    ['50,000 text nodes', () => files.manyNodes, true],
    // Chromium's own first layout of this page runs after its load event (≈ 0.5 s here, with or
    // without leakmark), so only the difference to the baseline is leakmark's.
    ['one 100,000-character text node', () => files.hugeNode, false],
  ] as const;

  it.each(cases)('%s: badge, highlights, and no long task > 50 ms after load', async (name, file, strict) => {
    await closeAllPages();
    const html = genHtml(file());
    const expected = breachesInHtml(html);
    expect(expected).toBeGreaterThan(0);
    const url = server.url(`gen/${file()}`);

    const baseline = baselines.get(file())!;
    const started = Date.now();
    const { page, errors } = await open(url, { longTasks: true });
    const loaded = Date.now() - started;
    const tab = await waitForBadge(url, 60_000);
    const toBadge = Date.now() - started;
    expect(tab, 'the page was scanned and reported').not.toBeNull();
    expect(tab!.badge).toBe(String(expected));
    expect(await totalHighlights(page)).toBeGreaterThan(0);
    // A page past LARGE_PAGE_CHARS gets highlights only (its incidents are in the popup): a toolbar
    // inserted into its flow would hold it up while Chromium lays it out again.
    const large = (await page.evaluate(() => document.body.innerText.length)) > LARGE_PAGE_CHARS;
    await expect.poll(() => page.locator('leakmark-toolbar').count()).toBe(large ? 0 : expected);
    await sleep(1500); // anything leakmark still does after reporting
    const tasks = await longTasks(page);
    const textNodes = await page.evaluate(() => {
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let n = 0;
      while (w.nextNode()) n++;
      return n;
    });
    figures[name] = {
      bytes: Buffer.byteLength(html),
      textNodes,
      loadMs: loaded,
      toBadgeMs: toBadge,
      loadEventEnd: tasks.loadEnd,
      longestAfterLoad: tasks.longestAfterLoad,
      afterLoad: tasks.afterLoad,
      longestFrameAfterLoad: tasks.longestFrameAfterLoad,
      framesAfterLoad: tasks.framesAfterLoad.map(({ scripts: _s, ...f }) => f),
      baseline: {
        longestAfterLoad: baseline.longestAfterLoad,
        longestBeforeLoad: baseline.longestBeforeLoad,
        longestFrameAfterLoad: baseline.longestFrameAfterLoad,
      },
    };
    console.log(name, JSON.stringify(figures[name]));
    await page.screenshot({ path: path.join(SHOTS, `hardening-${file().replace('.html', '')}.png`) });
    expect(errors).toEqual([]);
    // Main-thread timings are figures (docs/reliability.md, npm run bench), not pass/fail on a shared
    // 2-core CI machine; LEAKMARK_STRICT_TIMING=1 turns them into assertions.
    if (!STRICT_TIMING) {
      // nothing to assert here: the figures above are written to .output/e2e/hardening-figures.json
    } else if (strict) {
      // The page has no scripts: every long task after its load event is leakmark's.
      expect.soft(tasks.longestAfterLoad, `longest task after load on the ${name} (ms)`).toBeLessThanOrEqual(50);
      // Long tasks leave out the rendering update; a long animation frame includes the style and
      // layout work leakmark's changes cause (the baseline has none after load).
      expect.soft(tasks.longestFrameAfterLoad, `longest animation frame after load on the ${name} (ms)`).toBeLessThanOrEqual(
        Math.max(50, baseline.longestFrameAfterLoad),
      );
    } else {
      expect.soft(tasks.longestAfterLoad, `longest task after load on the ${name} (ms), baseline ${baseline.longestAfterLoad} ms`).toBeLessThanOrEqual(
        baseline.longestAfterLoad + 50,
      );
    }
    await page.close();
  });
});

describe('a page that replaces globals and prototypes before the content script runs', () => {
  it('works or quietly does nothing, never calls the page’s replacements, never throws into the page', async () => {
    await closeAllPages();
    const url = server.url('gen/globals.html');
    const { page, errors } = await open(url);
    const tab = await waitForBadge(url, 20_000);
    const calls = await page.evaluate(() => (window as unknown as { __hostileCalls: string[] }).__hostileCalls.length);
    const hostileCalls = await page.evaluate(() => (window as unknown as { __hostileCalls: string[] }).__hostileCalls.join(', '));
    figures['hostile globals'] = { badge: tab?.badge ?? '', hostileCalls: calls };
    expect(hostileCalls).toBe('');
    expect(tab?.badge ?? '').toMatch(/^(\d+)?$/);
    // It works here: the content script lives in its own world.
    expect(tab?.badge).toBe(String(breachesInHtml(genHtml('globals.html'))));
    expect(await page.locator('leakmark-toolbar').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('custom elements defined under leakmark’s own tag names: still works or quietly does nothing', async () => {
    await closeAllPages();
    const url = server.url('gen/elements.html');
    const { page, errors } = await open(url);
    const tab = await waitForTab(url, 15_000);
    await sleep(1000);
    const captured = await page.evaluate(() => (window as unknown as { __capturedHosts: string[] }).__capturedHosts.join(','));
    const toolbars = await page.locator('leakmark-toolbar').count();
    figures['hostile custom elements'] = { badge: tab?.badge ?? '', captured, toolbars, highlights: await totalHighlights(page) };
    console.log('custom elements', JSON.stringify(figures['hostile custom elements']));
    expect(errors).toEqual([]);
    const works = tab?.badge === String(breachesInHtml(genHtml('elements.html'))) && toolbars > 0;
    const quiet = (tab?.badge ?? '') === '' && toolbars === 0 && (await totalHighlights(page)) === 0;
    expect(works || quiet, 'either works or leaves nothing half-done').toBe(true);
  });
});

describe('strict Content-Security-Policy', () => {
  it("default-src 'none'; style-src 'none' (and Trusted Types): detected, highlighted, toolbar styled, no violation", async () => {
    await closeAllPages();
    server.route('/csp.html', {
      file: path.join(tmp, 'notice.html'),
      headers: {
        'content-security-policy': "default-src 'none'; style-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
      },
    });
    const url = server.url('csp.html');
    const { page, errors } = await open(url);
    const expected = breachesInHtml(genHtml('notice.html'));
    const tab = await waitForBadge(url);
    expect(tab?.badge).toBe(String(expected));
    expect(await totalHighlights(page)).toBeGreaterThan(0);
    await expect.poll(() => page.locator('leakmark-toolbar').count()).toBe(expected);
    // The toolbar's shadow <style> applied (a blocked style would leave the bar a plain block).
    // (The toolbar is a closed shadow root: leakmarkControl looks inside through DevTools.)
    const display = await leakmarkControl(page, 'bar').evaluate<string>('(el) => getComputedStyle(el).display');
    expect(display).toBe('flex');
    await page.screenshot({ path: path.join(SHOTS, 'hardening-csp.png') });
    figures['strict CSP'] = { badge: tab?.badge, toolbarDisplay: display };
    expect(errors).toEqual([]);
  });
});

describe('notices in frames and shadow DOM', () => {
  /** Ranges in the highlight registry whose text sits inside a shadow root. */
  const rangesInShadow = (page: Page) =>
    page.evaluate(() => {
      let shadow = 0;
      const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
      registry?.forEach((h) => h.forEach((r) => void (r.startContainer.getRootNode() instanceof ShadowRoot && shadow++)));
      return shadow;
    });

  it('control: a notice in the light DOM is visibly highlighted (pixels change when the highlights go)', async () => {
    await closeAllPages();
    const url = server.url('gen/notice.html');
    const { page, errors } = await open(url);
    expect(await waitForBadge(url)).not.toBeNull();
    expect(await highlightsVisible(page, 'main')).toBe(true);
    expect(errors).toEqual([]);
  });

  it('notice inside an open shadow root, page title names a breach: detected, highlighted, visible', async () => {
    await closeAllPages();
    const url = server.url('gen/shadow-titled.html');
    const { page, errors } = await open(url);
    expect(await page.evaluate(() => !!document.getElementById('host')?.shadowRoot)).toBe(true);
    const tab = await waitForBadge(url);
    expect(Number(tab?.badge)).toBeGreaterThan(0);
    const ranges = await rangesInShadow(page);
    expect(ranges, 'highlight ranges inside the shadow root').toBeGreaterThan(0);
    expect(await page.locator('leakmark-toolbar').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'hardening-shadow-titled.png') });
    const visible = await highlightsVisible(page, '#host');
    figures['open shadow root (breach word in title)'] = { badge: tab?.badge, rangesInShadow: ranges, highlightsVisible: visible };
    console.log('shadow titled', JSON.stringify(figures['open shadow root (breach word in title)']));
    expect(errors).toEqual([]);
  });

  // Was a bug (lib/dom/prefilter.ts sampled the light DOM only): the pre-filter now also samples the
  // open shadow roots its walk passes, and the highlight rules are added to the roots painted in
  // (lib/dom/shadow-styles.ts). Page: tests/fixtures/hostile/generate.ts shadowPage().
  it('notice inside an open shadow root, nothing in the light DOM: detected and highlighted', async () => {
    await closeAllPages();
    const url = server.url('gen/shadow.html');
    const { page, errors } = await open(url);
    expect(await page.evaluate(() => !!document.getElementById('host')?.shadowRoot)).toBe(true);
    const tab = await waitForBadge(url, 10_000);
    const ranges = await rangesInShadow(page);
    const visible = tab ? await highlightsVisible(page, '#host') : false;
    figures['open shadow root (nothing in light DOM)'] = { badge: tab?.badge ?? '', rangesInShadow: ranges, highlightsVisible: visible };
    expect(Number(tab?.badge)).toBeGreaterThan(0);
    expect(ranges).toBeGreaterThan(0);
    expect(visible, 'highlights drawn inside the shadow root').toBe(true);
    // The engine takes the light DOM's <h1> as the incident's heading: the toolbar goes before it.
    expect(await page.locator('leakmark-toolbar').count(), 'a toolbar before the incident').toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  // Was a bug (no allFrames; one report per tab): every frame now scans itself and the background adds
  // the frames of a tab up (lib/background/tab-state.ts, frames.ts). Page: gen/frame-same-origin.html
  // frames gen/notice.html (badge 1 alone). Also checked: the popup's tab state lists the frame's
  // incident, "save all on this page" reaches the frame, and removing the frame takes its count off.
  for (const kind of ['same-origin', 'cross-origin'] as const) {
    it(`notice inside a ${kind} iframe: detected and highlighted`, async () => {
      await closeAllPages();
      const file = kind === 'same-origin' ? 'frame-same-origin.html' : 'frame-cross-origin.html';
      const frameUrl = kind === 'same-origin' ? server.url('gen/notice.html') : other.url('gen/notice.html');
      if (kind === 'cross-origin') {
        server.route('/gen/frame-cross-origin.html', {
          body: genHtml('frame-same-origin.html').replace('src="notice.html"', `src="${frameUrl}"`),
        });
      }
      const url = server.url(`gen/${file}`);
      const { page, errors } = await open(url);
      const frame = page.frames().find((f) => f.url().endsWith('/notice.html'));
      expect(frame, 'the frame loaded').toBeDefined();
      const expected = breachesInHtml(genHtml('notice.html'));
      const tab = await waitForBadge(url, 8000);
      const frameToolbars = await frame!.locator('leakmark-toolbar').count();
      const frameHighlights = await frame!.evaluate(() => (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.size ?? 0);
      figures[`notice in ${kind} iframe`] = { topBadge: tab?.badge ?? '', frameToolbars, frameHighlights };
      expect(tab?.badge).toBe(String(expected));
      expect(tab?.incidents.filter((i) => i.is_breach)).toHaveLength(expected);
      expect(frameToolbars).toBeGreaterThan(0);
      expect(frameHighlights).toBeGreaterThan(0);

      // Save all (popup → background → every frame with a breach), once; then the library is put back
      // as it was (later tests count its records).
      const before = new Set((await libraryRecords()).map((r) => r.id));
      const fromFrame = async () => (await libraryRecords()).filter((r) => !before.has(r.id) && r.sources.some((src) => src.url === frameUrl));
      const popup = await ext.context.newPage();
      await openPopup(popup);
      const saveAll = () =>
        popup.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'saveAllOnTab', data: { tabId } }) as Promise<{ saved: number }>, tab!.tabId);
      expect((await saveAll()).saved).toBe(expected);
      const added = await fromFrame();
      expect(added).toHaveLength(expected);
      expect((await saveAll()).saved).toBe(0);
      await popup.evaluate((ids) => chrome.runtime.sendMessage({ type: 'removeRecords', data: { ids } }), added.map((r) => r.id));
      expect(await fromFrame()).toHaveLength(0);
      await popup.close();

      // The frame goes away: its incidents leave the tab (its pagehide tells the background).
      await page.evaluate(() => document.querySelector('iframe')?.remove());
      const cleared = await waitUntil(async () => {
        const [snapshot] = (await tabSnapshots()).filter((t) => t.tabId === tab!.tabId);
        return !snapshot || snapshot.badge === '' ? 'cleared' : null;
      }, 5000);
      expect(cleared, 'badge after the frame was removed').toBe('cleared');
      expect(errors).toEqual([]);
    });
  }
});

describe('legacy encodings', () => {
  it.each(ENCODED.map((e) => [e.label, e] as const))('%s page (charset only in the HTTP header): detected and highlighted', async (label, enc) => {
    await closeAllPages();
    const bytes = readFileSync(path.join(HOSTILE_DIR, enc.file));
    const decoded = new TextDecoder(label === 'Shift_JIS' ? 'shift_jis' : 'euc-jp').decode(bytes);
    const expected = breachesInHtml(decoded);
    expect(expected).toBeGreaterThan(0);
    const route = `/${enc.file}`;
    server.route(route, { file: path.join(HOSTILE_DIR, enc.file), headers: { 'content-type': `text/html; charset=${label}` } });
    const url = server.url(route);
    const { page, errors } = await open(url);
    expect(await page.evaluate(() => document.characterSet)).toBe(label);
    const tab = await waitForBadge(url);
    expect(tab?.badge).toBe(String(expected));
    expect(await totalHighlights(page)).toBeGreaterThan(0);
    // What leakmark read is the decoded text: the organisations are readable Japanese.
    expect(tab!.incidents.filter((i) => i.is_breach).every((i) => !i.org || !/\uFFFD/.test(i.org))).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, `hardening-${enc.file.replace('.html', '')}.png`) });
    figures[`${label} page`] = { badge: tab?.badge, orgs: tab!.incidents.map((i) => i.org) };
    expect(errors).toEqual([]);
  });
});

describe('a page that rewrites itself every 100 ms', () => {
  it.each(['ticker', 'grow'])('mode=%s: bounded work (analyze requests per minute), no errors', async (mode) => {
    await closeAllPages();
    await resetMessageCounts();
    const url = server.url(`gen/rewriting.html?mode=${mode}&every=100`);
    const { page, errors } = await open(url, { longTasks: true });
    const first = await waitForBadge(url);
    expect(first).not.toBeNull();
    const windowMs = 15_000;
    await sleep(windowMs);
    const counts = await messageCounts();
    const ticks = await page.evaluate(() => (window as unknown as { __ticks: { n: number } }).__ticks.n);
    const tasks = await longTasks(page);
    figures[`rewriting (${mode})`] = { windowMs, pageMutations: ticks, analyze: counts.analyze ?? 0, reportPage: counts.reportPage ?? 0, longestAfterLoad: tasks.longestAfterLoad };
    console.log(mode, JSON.stringify(figures[`rewriting (${mode})`]));
    // The observer waits for quiet (750 ms) but never longer than 5 s: at most one scan per 5 s, plus the first.
    expect(counts.analyze ?? 0).toBeLessThanOrEqual(2 + Math.ceil(windowMs / 5000));
    expect(ticks).toBeGreaterThan(windowMs / 100 / 2);
    expect(errors).toEqual([]);
    if (STRICT_TIMING) expect.soft(tasks.longestAfterLoad).toBeLessThanOrEqual(50);
  });

  // Was a bug (lib/page/app.ts, doScan): when a page re-rendered a notice with new nodes holding the same
  // text (what React/Vue pages do), the rescan found the same text hash and returned 'unchanged' without
  // repainting, leaving ranges on detached nodes and no toolbars. Now it repaints from the new walk
  // (no new analyze; the mutation debounce and rescan cap still bound the work).
  it('mode=rerender (same text, new nodes, for 4 s): highlights and toolbars are back once it stops', async () => {
    await closeAllPages();
    const url = server.url('gen/rewriting.html?mode=rerender&every=100&stopAfter=4000');
    const { page, errors } = await open(url);
    expect(await waitForBadge(url)).not.toBeNull();
    await page.waitForFunction(() => (window as unknown as { __ticks: { stopped?: number } }).__ticks.stopped, null, { timeout: 10_000 });
    await sleep(7000); // > debounce + max wait
    const ranges = await liveHighlightRanges(page);
    const toolbars = await page.locator('leakmark-toolbar').count();
    figures['rewriting (rerender)'] = { ...ranges, toolbars };
    bugTestErrors.push(...errors);
    expect(ranges.live).toBeGreaterThan(0);
    expect(ranges.dead).toBe(0);
    expect(toolbars).toBeGreaterThan(0);
  });
});

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '"><script>window.__pwned=2</script>';

/** Elements a markup string would have created if it had been parsed (light DOM and open shadow roots). */
async function injectedElements(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    const visit = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if ((el.localName === 'img' && el.getAttribute('src') === 'x') || (el.localName === 'script' && /__pwned/.test(el.textContent ?? ''))) n++;
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return n;
  });
}

describe('markup-looking text (HTML-escaped in the page source)', () => {
  it('is saved as text; the page, card, popup and library page show it and never run it', async () => {
    await closeAllPages();
    const requests: string[] = [];
    ext.context.on('request', (r) => requests.push(r.url()));
    const url = server.url('gen/markup.html');
    const { page, errors } = await open(url);
    const expected = breachesInHtml(genHtml('markup.html'));
    expect(expected).toBeGreaterThan(0);
    const tab = await waitForBadge(url);
    expect(tab?.badge).toBe(String(expected));
    // The toolbars and the card show the facts; show every card once (toolbars and card are closed
    // shadow roots: leakmarkControl looks inside through DevTools and clicks with the real mouse).
    await leakmarkControl(page, 'toggle').waitFor();
    const toggles = await leakmarkControl(page, 'toggle').count();
    for (let index = 0; index < toggles; index++) await leakmarkControl(page, 'toggle', { index }).click();
    const facts = await leakmarkControl(page, 'fact').count();
    expect(facts).toBeGreaterThan(0);
    for (let index = 0; index < facts; index++) await leakmarkControl(page, 'fact', { index }).focus();
    const summaryCount = await leakmarkControl(page, 'summary').count();
    const summaryTexts: Array<string | null> = [];
    for (let index = 0; index < summaryCount; index++) summaryTexts.push(await leakmarkControl(page, 'summary', { index }).textContent());
    const summaries = summaryTexts.join(' | ');
    const saves = await leakmarkControl(page, 'save').count();
    expect(saves).toBe(expected);
    for (let index = 0; index < saves; index++) await leakmarkControl(page, 'save', { index }).click();
    const records = await waitUntil(async () => {
      const all = await libraryRecords();
      return all.length >= expected ? all : null;
    });
    expect(records).toHaveLength(expected);
    const quotes = records!.map((r) => r.sources[0]!.quote.exact).join('\n');
    expect(quotes).toContain(IMG);
    expect(quotes).toContain(SCRIPT);

    // A record with markup in every free-text field and in its source URL's query, imported (a
    // javascript: source is refused at import: see the next describe).
    const lib = await ext.context.newPage();
    const libErrors = collectErrors(lib);
    await openLibraryPage(lib);
    const hostile = saveRequest(9001);
    const evil = `<img src=x onerror=window.__pwned=3>`;
    const record = {
      id: 'markup-record',
      org: evil,
      published: '2024-06-03',
      discovered: null,
      counts: [],
      total_affected: 10,
      categories: ['name'],
      cause: null,
      is_breach: true,
      ppc_triggers: [],
      heading: SCRIPT,
      sources: [{ ...hostile.source, url: `https://markup.example/notice?q="><img src=x onerror=window.__pwned=4>`, title: evil, quote: { exact: `${IMG}${SCRIPT}`, prefix: evil, suffix: SCRIPT } }],
      tags: [evil],
      notes: `${SCRIPT}${evil}`,
      corrected: {},
      createdAt: '2024-06-03T00:00:00.000Z',
      updatedAt: '2024-06-03T00:00:00.000Z',
      schemaVersion: 2,
    };
    const imported = await lib.evaluate(
      (text) => chrome.runtime.sendMessage({ type: 'importRecords', data: { text } }) as Promise<{ ok: boolean; added?: number; error?: string }>,
      JSON.stringify({ format: 'leakmark', version: 1, exportedAt: '2024-06-03T00:00:00.000Z', incidents: [record] }),
    );
    expect(imported).toMatchObject({ ok: true, added: 1 });
    await lib.reload();
    await expect.poll(() => lib.locator('body').innerText(), { timeout: 10_000 }).toContain(evil);
    await lib.getByRole('button', { name: `Details of ${evil}` }).click();
    await expect.poll(() => lib.locator('body').innerText()).toContain(`${IMG}${SCRIPT}`);
    const libText = await lib.locator('body').innerText();
    expect(libText).toContain(SCRIPT);
    const href = await lib.locator('.detail').getByRole('link', { name: /Open source page/ }).first().getAttribute('href');
    expect(href).toMatch(/^https:\/\/markup\.example\//);
    await lib.screenshot({ path: path.join(SHOTS, 'hardening-markup-library.png') });

    // The popup pinned to the page's tab lists the incidents with their organisations as text.
    const popup = await ext.context.newPage();
    const popupErrors = collectErrors(popup);
    await openPopup(popup, `?tabId=${tab!.tabId}`);
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toContain('<img');
    const popupText = await popup.locator('body').innerText();
    await popup.screenshot({ path: path.join(SHOTS, 'hardening-markup-popup.png') });

    figures['markup-looking text'] = { summaries, popupHasImgText: popupText.includes('<img'), jsHref: href };
    for (const p of [page, lib, popup]) {
      expect(await p.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(await injectedElements(p)).toBe(0);
    }
    expect(requests.filter((u) => /\/x$/.test(u.split(/[?#]/)[0]!))).toEqual([]);
    expect([...errors, ...libErrors, ...popupErrors]).toEqual([]);
  });
});

describe('a javascript: URL as an imported source', () => {
  const importJsSource = async (lib: Page) => {
    const hostile = saveRequest(9002);
    const record = {
      ...hostile.incident,
      id: 'js-url-record',
      counts: [],
      discovered: null,
      sources: [{ ...hostile.source, url: 'javascript:window.__pwned=5//' }],
      tags: [],
      notes: '',
      corrected: {},
      createdAt: '2024-06-03T00:00:00.000Z',
      updatedAt: '2024-06-03T00:00:00.000Z',
      schemaVersion: 2,
    } as Record<string, unknown>;
    for (const key of ['span', 'heading_span', 'org_span', 'breach_evidence', 'category_mentions', 'cause_mentions']) delete record[key];
    return lib.evaluate(
      (text) => chrome.runtime.sendMessage({ type: 'importRecords', data: { text } }) as Promise<{ ok: boolean; added?: number; error?: string }>,
      JSON.stringify({ format: 'leakmark', version: 1, exportedAt: '2024-06-03T00:00:00.000Z', incidents: [record] }),
    );
  };

  it('is refused at import, naming the record and the field; the library is unchanged', async () => {
    await closeAllPages();
    const lib = await ext.context.newPage();
    const errors = collectErrors(lib);
    await openLibraryPage(lib);
    await lib.evaluate(() => chrome.runtime.sendMessage({ type: 'removeRecords', data: { ids: ['js-url-record'] } }));
    const count = () => lib.evaluate(async () => ((await chrome.runtime.sendMessage({ type: 'listRecords', data: {} })) as { total: number }).total);
    const before = await count();
    const answer = await importJsSource(lib);
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/incidents\[0\].*sources\[0\]\.url.*page address/s);
    expect(await count()).toBe(before);
    await lib.reload();
    await expect.poll(() => lib.locator('body').innerText(), { timeout: 10_000 }).not.toContain('テスト9002号商事');
    expect(await lib.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    figures['javascript: source URL'] = { imported: answer.ok, error: answer.error?.slice(0, 120) };
    expect(errors).toEqual([]);
  });
  // A record that holds such an address anyway (written before this check) shows it as text, not as
  // a live link: tests/unit/ui/format.test.ts (sourceHref) and the library's component tests.
});

describe('what the page’s own scripts can do with leakmark’s UI', () => {
  // Was a bug (lib/page/toolbar.ts): the toolbar was an open shadow root and its click handlers did not
  // check event.isTrusted, so any script on the page could press Save (writing into the user's library)
  // or "Not a breach". Now the root is closed and the buttons act on trusted events only.
  it('a page script cannot save into the library by clicking Save', async () => {
    await closeAllPages();
    const url = server.url('gen/notice.html?untrusted-click');
    const { page, errors } = await open(url);
    bugTestErrors.push(...errors);
    expect(await waitForBadge(url)).not.toBeNull();
    const save = leakmarkControl(page, 'save');
    await save.waitFor();
    const before = (await libraryRecords()).length;
    const reached = await page.evaluate(() => {
      const host = document.querySelector('leakmark-toolbar') as HTMLElement & { shadowRoot: ShadowRoot | null };
      const button = host?.shadowRoot?.querySelector('button.save') as HTMLButtonElement | null;
      button?.click();
      // Whatever a script can dispatch at the host is untrusted, and does not reach the button anyway.
      host?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      host?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      return !!button;
    });
    expect(reached).toBe(false);
    // The same click made untrusted from leakmark's side of the wall (the button itself, via DevTools
    // in the page's world): still nothing. This is what an open root would have let a page do.
    await save.evaluate('(el) => el.click()');
    await sleep(1500);
    expect((await libraryRecords()).length).toBe(before);
    expect(await save.textContent()).toMatch(/^(Save|保存)$/);
    // The user's own (trusted) click does save: the control is not simply dead.
    await save.click();
    await expect.poll(() => save.textContent()).toMatch(/Saved|保存済み/);
    expect((await libraryRecords()).length).toBe(before + 1);
  });

  // Was a bug (same cause): after a revisit the toolbar said "Saved" in an open shadow root, so the page
  // learnt what is in the user's library.
  it('a page script cannot read whether the user saved its notice', async () => {
    await closeAllPages();
    const url = server.url('gen/notice.html?read-state');
    const { page, errors } = await open(url);
    bugTestErrors.push(...errors);
    expect(await waitForBadge(url)).not.toBeNull();
    const save = leakmarkControl(page, 'save');
    await save.waitFor();
    // The keyboard way: Enter on the focused button is a trusted activation, so it saves.
    await save.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => save.textContent()).toMatch(/Saved|保存済み/);
    await page.reload();
    await expect.poll(() => leakmarkControl(page, 'save').textContent().catch(() => null), { timeout: 15_000 }).toMatch(/Saved|保存済み/);
    const seenByPage = await page.evaluate(() => {
      const host = document.querySelector('leakmark-toolbar') as HTMLElement | null;
      const attributes = host ? host.getAttributeNames().map((n) => `${n}=${host.getAttribute(n)}`).join(' ') : '';
      return {
        host: !!host,
        inside: host?.shadowRoot?.querySelector('button.save')?.textContent ?? null,
        text: host?.textContent ?? '',
        attributes,
        legend: !!document.querySelector('leakmark-legend')?.shadowRoot,
      };
    });
    expect(seenByPage.host).toBe(true);
    expect(seenByPage.inside).toBeNull();
    expect(seenByPage.text).toBe('');
    expect(seenByPage.attributes).not.toMatch(/sav/i);
    expect(seenByPage.legend).toBe(false);
  });
});

describe('the extension itself', () => {
  it('no page errors or console errors on the pages of the known-bug tests', () => {
    expect(bugTestErrors).toEqual([]);
  });

  it('logged no errors in its service worker', () => {
    expect(workerErrors).toEqual([]);
  });
});
