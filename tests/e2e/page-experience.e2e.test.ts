// The page experience in real Chromium: badge, highlights, save, dismiss, revisit, late notices,
// quiet pages. Expected numbers come from the engine itself run on the same HTML, never hard-coded.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as wxtBrowser } from 'wxt/browser';

/** The extension API inside the service worker / extension pages where evaluate() callbacks run. */
declare const chrome: typeof wxtBrowser;
import { htmlToPageText } from '../../lib/html/visible-text';
import { extractIncidents } from '../../lib/pipeline';
import {
  allBadges,
  collectErrors,
  collectWorkerErrors,
  highlightCounts,
  launch,
  leakmarkControl,
  libraryRecords,
  openPopup,
  PAGES_DIR,
  ROOT,
  serve,
  swEval,
  waitForTab,
  waitUntil,
  type Launched,
  type StaticServer,
} from './harness';

const SHOTS = path.join(ROOT, '.output/e2e');
const SEED_PAGES = readdirSync(PAGES_DIR).filter((f) => /^seed-\d+\.html$/.test(f)).sort();

function breachesIn(html: string): number {
  return extractIncidents(htmlToPageText(html)).filter((i) => i.is_breach).length;
}

function expectedBreaches(file: string): number {
  return breachesIn(readFileSync(path.join(PAGES_DIR, file), 'utf8'));
}

let server: StaticServer;
let ext: Launched;
let workerErrors: string[];

beforeAll(async () => {
  server = await serve();
  ext = await launch();
  workerErrors = collectWorkerErrors(ext.serviceWorker);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function closeAllPages(): Promise<void> {
  for (const p of ext.context.pages()) await p.close();
}

async function openPage(file: string): Promise<{ page: Page; url: string; errors: string[] }> {
  const page = await ext.context.newPage();
  const errors = collectErrors(page);
  const url = server.url(file);
  await page.goto(url);
  return { page, url, errors };
}

async function totalHighlights(page: Page): Promise<number> {
  const { registry, marks } = await highlightCounts(page);
  return Object.values(registry).reduce((a, b) => a + b, 0) + marks;
}

describe('seed pages', () => {
  it.each(SEED_PAGES)('%s: badge = breach incidents the engine finds, facts highlighted, no errors', async (file) => {
    const expected = expectedBreaches(file);
    const { page, url, errors } = await openPage(file);
    const tab = await waitForTab(url);
    expect(tab, 'the content script reported the page').not.toBeNull();
    expect(tab!.incidents.filter((t) => t.is_breach)).toHaveLength(expected);
    expect(tab!.badge).toBe(expected === 0 ? '' : String(expected));
    if (expected > 0) {
      expect(await totalHighlights(page)).toBeGreaterThan(0);
      const { registry } = await highlightCounts(page);
      expect(Object.keys(registry)).toContain('leakmark-count');
      await expect.poll(() => page.locator('leakmark-toolbar').count()).toBe(expected);
      await expect.poll(() => page.locator('leakmark-legend').count()).toBe(1);
    }
    await page.screenshot({ path: path.join(SHOTS, `${file.replace('.html', '')}.png`) });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('main-thread cost', () => {
  // The content script runs at document_idle, so tasks from DOMContentLoaded on are counted (the page's
  // own parsing before that is not ours). Long tasks also come from a busy machine (this one has two
  // cores shared with the service worker, the offscreen engine and, in CI, other jobs), so a page gets
  // three loads: one clean load shows the work is cut into short tasks; a regression fails all three.
  it.each(['seed-001.html', 'seed-003.html'])('%s: no long task (> 50 ms) while the page is scanned and painted', async (file) => {
    const runs: Array<Array<[number, number]>> = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const page = await ext.context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __longTasks: Array<[number, number]> };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
        }).observe({ type: 'longtask', buffered: true });
      });
      const url = `${server.url(file)}?load=${attempt}`;
      await page.goto(url);
      expect(await waitForTab(url)).not.toBeNull();
      await page.waitForTimeout(300);
      runs.push(
        await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          const tasks = (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks;
          return tasks.filter(([start]) => start >= nav.domContentLoadedEventEnd);
        }),
      );
      await page.close();
      if (runs.at(-1)!.length === 0) break;
    }
    expect(runs.at(-1), `long tasks [start ms, duration ms] after DOMContentLoaded, per load: ${JSON.stringify(runs)}`).toEqual([]);
  });
});

describe('saving', () => {
  it('Save stores the incident once, shows Saved, survives a reload and shows in the popup', async () => {
    await closeAllPages();
    const file = 'seed-002.html';
    const { page, url, errors } = await openPage(file);
    const tab = await waitForTab(url);
    expect(tab).not.toBeNull();
    const first = tab!.incidents.find((t) => t.is_breach)!;

    // The toolbar is a closed shadow root (page scripts cannot reach it), so Playwright's locators cannot
    // either: leakmarkControl finds it through DevTools and clicks with the real (trusted) mouse.
    const save = leakmarkControl(page, 'save');
    await save.waitFor();
    expect(await save.textContent()).toMatch(/^(保存|Save)$/);
    expect(await save.evaluate<boolean>('(el) => el.checkVisibility()')).toBe(true);
    // The browser's own accessibility tree has the control too (not only Playwright's view of the DOM).
    const cdp = await ext.context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ role?: { value?: string }; name?: { value?: string }; ignored?: boolean }> };
    const axButtons = nodes.filter((n) => !n.ignored && n.role?.value === 'button' && /^(保存|Save)$/.test(n.name?.value ?? ''));
    expect(axButtons.length).toBe(tab!.incidents.filter((t) => t.is_breach).length);
    await cdp.detach();
    await save.click();
    await expect.poll(() => save.textContent()).toMatch(/保存済み|Saved/);
    const records = await waitUntil(async () => {
      const all = await libraryRecords();
      return all.length > 0 ? all : null;
    });
    expect(records).toHaveLength(1);
    const record = records![0]!;
    expect(record.org).toBe(first.org);
    expect(record.total_affected).toBe(first.total);
    expect(record.sources[0]!.url).toBe(url);
    expect(record.sources[0]!.quote.exact.length).toBeGreaterThan(0);
    expect(record.sources[0]!.pageHash).toMatch(/^fnv1a:/);

    // A second click (the button is aria-disabled now) is a no-op; the tab state knows the record.
    await save.click();
    const after = await waitForTab(url, 5000, (t) => t.incidents.some((i) => i.savedId === record.id));
    expect(after).not.toBeNull();
    expect(await libraryRecords()).toHaveLength(1);

    // Revisit: the incident is shown as saved again (anchored by its saved quote/position).
    await page.reload();
    await waitForTab(url);
    const again = leakmarkControl(page, 'save');
    await expect.poll(() => again.textContent(), { timeout: 15_000 }).toMatch(/保存済み|Saved/);
    expect(await libraryRecords()).toHaveLength(1);

    // The popup lists the saved incident with its organisation and total.
    const popup = await ext.context.newPage();
    const popupErrors = collectErrors(popup);
    await openPopup(popup);
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toContain(record.org!);
    const text = await popup.locator('body').innerText();
    const total = record.total_affected!;
    expect(text.includes(total.toLocaleString('en-US')) || text.includes(total.toLocaleString('ja-JP')) || text.includes(String(total))).toBe(true);
    await popup.screenshot({ path: path.join(SHOTS, 'popup-after-save.png') });
    expect(popupErrors).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('"save all on this page" (popup → background → tab) saves every breach incident once', async () => {
    await closeAllPages();
    const file = 'seed-004.html';
    const expected = expectedBreaches(file);
    const { url, errors } = await openPage(file);
    const tab = await waitForTab(url);
    expect(tab).not.toBeNull();
    const before = (await libraryRecords()).length;
    const popup = await ext.context.newPage();
    await openPopup(popup);
    const saved = await popup.evaluate(
      (tabId) => chrome.runtime.sendMessage({ type: 'saveAllOnTab', data: { tabId } }) as Promise<{ saved: number }>,
      tab!.tabId,
    );
    expect(saved.saved).toBe(expected);
    expect((await libraryRecords()).length).toBe(before + expected);
    const again = await popup.evaluate(
      (tabId) => chrome.runtime.sendMessage({ type: 'saveAllOnTab', data: { tabId } }) as Promise<{ saved: number }>,
      tab!.tabId,
    );
    expect(again.saved).toBe(0);
    expect((await libraryRecords()).length).toBe(before + expected);
    expect(errors).toEqual([]);
  });
});

describe('dismissing', () => {
  it('"Not a breach" hides the detection, lowers the badge, and stays dismissed after a reload', async () => {
    await closeAllPages();
    const file = 'seed-003.html';
    const expected = expectedBreaches(file);
    expect(expected).toBeGreaterThan(1);
    const { page, url, errors } = await openPage(file);
    await waitForTab(url);
    const dismiss = leakmarkControl(page, 'dismiss');
    await dismiss.waitFor();
    expect(await dismiss.textContent()).toMatch(/^(誤検出|Not a breach)$/);
    await dismiss.click();
    const lowered = await waitForTab(url, 10_000, (t) => t.badge === String(expected - 1));
    expect(lowered).not.toBeNull();
    await expect.poll(() => page.locator('leakmark-toolbar').count()).toBe(expected - 1);
    await page.reload();
    const reloaded = await waitForTab(url, 15_000, (t) => t.incidents.some((i) => i.dismissed));
    expect(reloaded?.badge).toBe(String(expected - 1));
    await expect.poll(() => page.locator('leakmark-toolbar').count()).toBe(expected - 1);
    expect(errors).toEqual([]);
  });
});

describe('quiet pages', () => {
  it.each(['recipe.html', 'stock.html'])('%s: no badge, no highlights, no toolbars', async (file) => {
    await closeAllPages();
    expect(breachesIn(readFileSync(path.join(PAGES_DIR, file), 'utf8'))).toBe(0);
    const { page, url, errors } = await openPage(file);
    await page.waitForTimeout(2500);
    const badges = await allBadges();
    expect(badges.every((b) => b.badge === '')).toBe(true);
    const tab = await waitForTab(url, 500);
    if (tab) expect(tab.incidents.filter((t) => t.is_breach)).toHaveLength(0);
    expect(await totalHighlights(page)).toBe(0);
    expect(await page.locator('leakmark-toolbar, leakmark-legend').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('a notice added after load', () => {
  it('is detected by the mutation observer', async () => {
    await closeAllPages();
    const { page, url, errors } = await openPage('late-notice.html');
    // The page adds its notice 1.5 s after load; the observer debounces, then the page is scanned.
    await page.waitForSelector('#notice', { timeout: 10_000 });
    const expected = breachesIn(await page.content());
    expect(expected).toBeGreaterThan(0);
    const tab = await waitForTab(url, 20_000, (t) => t.badge !== '');
    expect(tab?.badge).toBe(String(expected));
    expect(await totalHighlights(page)).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, 'late-notice.png') });
    expect(errors).toEqual([]);
  });
});

describe('the extension itself', () => {
  it('runs kuromoji in one offscreen document, and keeps it out of the content script', async () => {
    const state = await swEval(async () => {
      const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as never] });
      const answer = (await chrome.runtime.sendMessage({
        type: 'offscreen:analyze',
        data: { page: { text: '株式会社サンプルは不正アクセスにより顧客1,234名の氏名が流出したと発表した。' }, waitMs: 10_000 },
      })) as { tokenizer: boolean; incidents: unknown[] };
      return { offscreen: contexts.map((c) => c.documentUrl), tokenizer: answer.tokenizer, incidents: answer.incidents.length };
    });
    expect(state.offscreen).toHaveLength(1);
    expect(state.offscreen[0]).toMatch(/\/offscreen\.html$/);
    expect(state.tokenizer).toBe(true);
    expect(state.incidents).toBe(1);
    const content = readFileSync(path.join(ROOT, '.output/chrome-mv3/content-scripts/content.js'), 'utf8');
    expect(content).not.toMatch(/gunzipSync|TokenizerBuilder|dat\.gz/);
    expect(content.length).toBeLessThan(150_000);
  });

  it('logged no errors in its service worker', () => {
    expect(workerErrors).toEqual([]);
  });
});

describe('Japanese UI', () => {
  it('labels the save button 保存 and then 保存済み', async () => {
    const ja = await launch({ lang: 'ja' });
    try {
      const page = await ja.context.newPage();
      const errors = collectErrors(page);
      await page.goto(server.url('seed-000.html'));
      const save = leakmarkControl(page, 'save');
      await save.waitFor({ timeout: 20_000 });
      expect(await save.textContent()).toBe('保存');
      expect(await leakmarkControl(page, 'dismiss').textContent()).toBe('誤検出');
      await save.click();
      await expect.poll(() => save.textContent()).toBe('保存済み');
      await page.screenshot({ path: path.join(SHOTS, 'seed-000-ja-saved.png') });
      expect(errors).toEqual([]);
    } finally {
      await ja.close();
    }
  });
});
