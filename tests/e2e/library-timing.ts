// How fast the library page is with a large library, measured in real Chromium with the built
// extension. Shared by tests/e2e/library.e2e.test.ts and the bench script:
//
//   const ext = await launch();
//   const t = await measureLibrary10k(ext.context, ext.extensionId);
//   // { renderMs, searchMs, searchDebounceMs, searchWithDebounceMs, loadMs, … }
//
// - renderMs: navigation start → first table row in the DOM (MutationObserver installed before
//   any page script runs; performance.now() counts from the navigation start), median of the loads.
// - loadMs: navigation start → the whole library loaded (the table no longer aria-busy); the page
//   shows the newest rows first and loads the rest behind them.
// - searchMs: one input event in the search box → the visible rows change (MutationObserver on the
//   table body), minus the search debounce: the work of a search (the keystroke's own update, the
//   filtering and the new rows). Measured once the whole library is loaded. searchWithDebounceMs is
//   the same without subtracting the debounce (searchDebounceMs, searchDebounce(records) of the UI).
//
// The records are generated (valid schema-2 records, each with its own URL and quote so the import
// dedupe keeps them apart) and imported through the background's importRecords message, the same
// path the page's Import button takes. They are added to whatever the library already holds.
import type { BrowserContext, Page } from 'playwright-core';
import type { browser as wxtBrowser } from 'wxt/browser';
import { searchDebounce } from '../../lib/ui/library/useFilteredRows';

declare const chrome: typeof wxtBrowser;

export interface LibraryTiming {
  /** Median ms from navigation start to the first table row in the DOM. */
  renderMs: number;
  /** Median ms from navigation start to the whole library loaded (table no longer aria-busy). */
  loadMs: number;
  /** Median ms from the search box's input event to the visible rows changing, debounce excluded. */
  searchMs: number;
  /** The UI's search debounce (ms) at this library size, excluded from searchMs. */
  searchDebounceMs: number;
  /** Median ms from the input event to the rows changing, debounce included. */
  searchWithDebounceMs: number;
  /** Same as searchMs (kept for callers that printed the net figure). */
  searchNetMs: number;
  renderSamples: number[];
  loadSamples: number[];
  /** searchMs of each run (debounce excluded). */
  searchSamples: number[];
  /** Records in the library while measuring. */
  records: number;
  /** Rows matching the search term. */
  searchHits: number;
  /** ms the background took to import the generated file. */
  importMs: number;
}

const ORGS = [
  '株式会社アルファ商事', '島田市', '前橋市', '株式会社ベータ物流', '日本サンプル協会', '熊本県', '株式会社ガンマ',
  '岡山大学', '株式会社デルタ製作所', '長崎県物産協会', '株式会社イプシロン', '茨城県', '国立ゼータ病院',
  '株式会社エータ通信', 'シータ生活協同組合', '株式会社イオタ', '滋賀県', '株式会社カッパ電機', '新潟市', '株式会社ラムダ',
];
const CAUSES = ['unauthorized_access', 'malware_ransomware', 'misdelivery', 'insider_misuse', 'loss_theft', 'misconfiguration_public_exposure'];
const CATEGORY_SETS = [
  ['name', 'address', 'phone'],
  ['email', 'password'],
  ['credit_card_number', 'card_expiry', 'card_security_code', 'name'],
  ['name', 'birthdate', 'medical'],
  ['member_id', 'purchase_history'],
];
/** A word that occurs in 1 of every 40 generated records (in its org name): the timed search. */
export const SEARCH_TERM = '検索標的';

/** A leakmark JSON export holding `n` generated, valid incidents. */
export function makeLibraryJson(n: number, now: Date = new Date()): string {
  const incidents = [];
  for (let i = 0; i < n; i++) {
    const org = `${ORGS[i % ORGS.length]}${i % 40 === 7 ? SEARCH_TERM : ''}第${i}事業所`;
    const total = (i * 37) % 50_000 + 10;
    const exact = `${org}は、不正アクセスにより顧客${total}名の個人情報が流出した可能性があると発表した（通番${i}）。`;
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const saved = new Date(now.getTime() - i * 60_000).toISOString();
    incidents.push({
      id: `bench-${String(i).padStart(5, '0')}`,
      org,
      published: `${2018 + (i % 7)}-${month}-${day}`,
      counts: [
        {
          text: `${total}名`, unit: '名', qualifiers: [], reason: 'victim count', value: total, min: null, max: null,
          approx: false, numeric_approx: false, hedged: true, victim: true, total: true,
        },
      ],
      total_affected: total,
      categories: CATEGORY_SETS[i % CATEGORY_SETS.length],
      cause: CAUSES[i % CAUSES.length],
      is_breach: i % 13 !== 0,
      ppc_triggers: total > 1000 ? ['over_1000_people'] : [],
      heading: `個人情報漏えいに関するお知らせ（${org}）`,
      discovered: null,
      sources: [
        {
          url: `https://news.example.test/notice/${i}.html`,
          title: `${org}：個人情報流出のお知らせ`,
          quote: { exact, prefix: '', suffix: '' },
          position: { start: 100, end: 100 + exact.length },
          pageHash: `fnv1a:${(i * 2654435761 >>> 0).toString(16)}`,
          savedAt: saved,
          engineVersion: 'bench',
        },
      ],
      tags: i % 10 === 0 ? ['bench'] : [],
      notes: '',
      corrected: {},
      createdAt: saved,
      updatedAt: saved,
      schemaVersion: 2,
    });
  }
  return JSON.stringify({ format: 'leakmark', version: 1, exportedAt: now.toISOString(), incidents });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (n: number) => Math.round(n * 10) / 10;

/** Import `text` (a leakmark JSON export) through the background from an extension page. */
export async function importThroughBackground(page: Page, text: string) {
  return page.evaluate(
    (t) =>
      chrome.runtime.sendMessage({ type: 'importRecords', data: { text: t } }) as Promise<
        { ok: true; added: number; updated: number; warnings: string[] } | { ok: false; error: string }
      >,
    text,
  );
}

/** Time in the page from one input event in the search box to the visible rows changing. */
async function timeSearch(page: Page, term: string): Promise<{ ms: number; rows: number }> {
  return page.evaluate(
    (value) =>
      new Promise<{ ms: number; rows: number }>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>('[role=search] input[type=search]');
        const body = document.querySelector('[role=table] .tbody');
        if (!input || !body) return reject(new Error('no search box or table body'));
        const ids = () => [...body.querySelectorAll('[role=row][data-id]')].map((r) => r.getAttribute('data-id')).join(',');
        const before = ids();
        let t0 = 0;
        const timer = setTimeout(() => reject(new Error('the rows did not change within 20 s')), 20_000);
        const observer = new MutationObserver(() => {
          if (ids() === before) return;
          const ms = performance.now() - t0;
          observer.disconnect();
          clearTimeout(timer);
          resolve({ ms, rows: body.querySelectorAll('[role=row][data-id]').length });
        });
        observer.observe(body, { childList: true, subtree: true, attributes: true, characterData: true });
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        t0 = performance.now();
        setValue.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    term,
  );
}

/**
 * Let the page finish what follows an update (the charts are drawn when the browser is idle, and
 * their new height can change how many rows fit), so the next timed search starts from rest.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestIdleCallback(() => requestAnimationFrame(() => setTimeout(resolve, 50)), { timeout: 2000 }),
      ),
  );
}

/**
 * Import `count` (default 10,000) generated incidents, then measure the library page's first render,
 * its full load and a search over them. Leaves the generated records in the library.
 */
export async function measureLibrary10k(
  context: BrowserContext,
  extensionId: string,
  opts: { count?: number; runs?: number } = {},
): Promise<LibraryTiming> {
  const count = opts.count ?? 10_000;
  const runs = opts.runs ?? 3;
  const url = `chrome-extension://${extensionId}/library.html`;
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector('[role=table]', { timeout: 30_000 });
    const started = Date.now();
    const imported = await importThroughBackground(page, makeLibraryJson(count));
    const importMs = Date.now() - started;
    if (!imported.ok) throw new Error(`importing the generated library failed: ${imported.error}`);

    // Before any script of the page: note when the first table row enters the DOM, and when the
    // table holds rows and is no longer busy loading (the whole library is there).
    await page.addInitScript(() => {
      const w = window as unknown as { __firstRowAt?: number; __loadedAt?: number };
      const observer = new MutationObserver(() => {
        const table = document.querySelector('[role=table]');
        if (!table?.querySelector('[role=row][data-id]')) return;
        w.__firstRowAt ??= performance.now();
        if (table.getAttribute('aria-busy') !== 'true') {
          w.__loadedAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
    });
    const renderSamples: number[] = [];
    const loadSamples: number[] = [];
    let records = 0;
    for (let i = 0; i < runs; i++) {
      await page.goto(url);
      const at = await page.waitForFunction(() => (window as unknown as { __firstRowAt?: number }).__firstRowAt, undefined, {
        timeout: 60_000,
        polling: 50,
      });
      renderSamples.push(round((await at.jsonValue()) as number));
      const loaded = await page.waitForFunction(() => (window as unknown as { __loadedAt?: number }).__loadedAt, undefined, {
        timeout: 60_000,
        polling: 50,
      });
      loadSamples.push(round((await loaded.jsonValue()) as number));
      records = await page.evaluate(() => Number(document.querySelector('[role=table]')?.getAttribute('aria-rowcount') ?? 1) - 1);
    }

    const debounce = searchDebounce(records);
    const totalSamples: number[] = [];
    let searchHits = 0;
    await settle(page);
    for (let i = 0; i < runs; i++) {
      const hit = await timeSearch(page, SEARCH_TERM);
      totalSamples.push(round(hit.ms));
      await settle(page);
      searchHits = await page.evaluate(() => Number(document.querySelector('[role=table]')?.getAttribute('aria-rowcount') ?? 1) - 1);
      await timeSearch(page, ''); // back to every row (not timed)
      await settle(page);
    }
    const searchSamples = totalSamples.map((ms) => round(ms - debounce));
    return {
      renderMs: median(renderSamples),
      loadMs: median(loadSamples),
      searchMs: median(searchSamples),
      searchDebounceMs: debounce,
      searchWithDebounceMs: median(totalSamples),
      searchNetMs: median(searchSamples),
      renderSamples,
      loadSamples,
      searchSamples,
      records,
      searchHits,
      importMs,
    };
  } finally {
    await page.close();
  }
}
