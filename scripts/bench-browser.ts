// The bench's measurements in real Chromium (Debian's /usr/bin/chromium through playwright-core).
// Each returns null when Chromium is missing, so `npm run bench` still prints the Node figures.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import type { browser as wxtBrowser } from 'wxt/browser';

/** The extension API inside extension pages, where evaluate() callbacks run. */
declare const chrome: typeof wxtBrowser;

export interface BrowserFigures {
  prefilter_ms_50kb: number | null;
  treewalker_floor_ms_50kb: number | null;
  prefilter_vs_floor: number | null;
  page_longest_task_ms: number | null;
  page_tasks_over_50ms: number | null;
  save_per_s: number | null;
  library_render_ms_10k: number | null;
  library_search_ms_10k: number | null;
  library_load_ms_10k: number | null;
  library_search_with_debounce_ms_10k: number | null;
}

const CHROMIUM = '/usr/bin/chromium';
/** tsx compiles this file with esbuild's keepNames, so functions sent to evaluate() call __name(). */
const KEEP_NAMES_SHIM = 'globalThis.__name = (f) => f;';
const LAUNCH_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A non-breach Japanese page of about 50 KB of text: market news, recipes, a privacy-policy footer. */
function nonBreachHtml(): string {
  const para = [
    '東京株式市場で日経平均株価は3日続伸し、前日比312円高で取引を終えた。半導体関連株に買いが入った。',
    '鍋に水と昆布を入れて30分置き、弱火にかけて沸騰直前に昆布を取り出します。かつお節を加えて2分煮ます。',
    '週末は全国的に晴れる見込みです。最高気温は東京で18度、大阪で19度の予想です。',
  ];
  let body = '';
  let size = 0;
  for (let i = 0; size < 50_000; i++) {
    const p = para[i % para.length]!;
    body += `<div class="c"><p>${p}</p><span>${i}</span></div>\n`;
    size += p.length + String(i).length;
  }
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>マーケットニュース</title></head><body>${body}<footer><a href="/privacy">個人情報保護方針</a></footer></body></html>`;
}

async function prefilterBundle(root: string): Promise<string> {
  const out = await build({
    entryPoints: [path.join(root, 'lib/dom/prefilter.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'leakmarkPrefilter',
    target: 'chrome120',
  });
  return out.outputFiles[0]!.text;
}

export async function browserFigures(root: string, opts: { smoke: boolean; reps: number }): Promise<Partial<BrowserFigures>> {
  if (!existsSync(CHROMIUM)) return { prefilter_vs_floor: null };
  const pre = await prefilterFigures(root, opts);
  const ext = existsSync(path.join(root, '.output/chrome-mv3/manifest.json')) ? await extensionFigures(root, opts) : {};
  return { ...pre, ...ext };
}

async function prefilterFigures(root: string, opts: { smoke: boolean; reps: number }): Promise<Partial<BrowserFigures>> {
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
    const page = await browser.newPage();
    await page.setContent(nonBreachHtml());
    await page.evaluate(KEEP_NAMES_SHIM);
    await page.addScriptTag({ content: await prefilterBundle(root) });
    const reps = opts.smoke ? 5 : 41;
    const result = await page.evaluate((n) => {
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const floor = () => {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let chars = 0;
        while (w.nextNode()) chars += (w.currentNode as Text).data.length;
        return chars;
      };
      const pf = (globalThis as unknown as { leakmarkPrefilter: { mightBeBreachPage(d: Document): boolean } }).leakmarkPrefilter;
      const time = (fn: () => unknown) => {
        fn();
        const xs: number[] = [];
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          for (let k = 0; k < 20; k++) fn();
          xs.push((performance.now() - t0) / 20);
        }
        return median(xs);
      };
      return { floor: time(floor), prefilter: time(() => pf.mightBeBreachPage(document)), passed: pf.mightBeBreachPage(document) };
    }, reps);
    if (result.passed) console.error('bench: the non-breach page passed the pre-filter (it should not)');
    return {
      prefilter_ms_50kb: result.prefilter,
      treewalker_floor_ms_50kb: result.floor,
      prefilter_vs_floor: result.prefilter / result.floor,
    };
  } catch (err) {
    console.error(`bench (browser): ${(err as Error).message}`);
    return { prefilter_vs_floor: null };
  } finally {
    await browser?.close();
  }
}

/** A served page of about `chars` characters of seed text (breach notices throughout), as <p> lines. */
function bigHtml(seedText: string, chars: number): string {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts: string[] = [];
  let n = 0;
  const lines = seedText.split('\n');
  for (let i = 0; n < chars; i++) {
    const line = lines[i % lines.length]!;
    parts.push(`<p>${esc(line)}</p>`);
    n += line.length + 1;
  }
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>big</title></head><body>${parts.join('\n')}</body></html>`;
}

/** Figures that need the built extension: long tasks on pages, saves per second, the library page. */
async function extensionFigures(root: string, opts: { smoke: boolean }): Promise<Partial<BrowserFigures>> {
  const harness = await import('../tests/e2e/harness');
  const { mkdtempSync, writeFileSync, readdirSync, readFileSync, copyFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(path.join(tmpdir(), 'leakmark-bench-'));
  const seedDir = path.join(root, 'tests/fixtures/seeds');
  const seedText = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(seedDir, f), 'utf8')).join('\n');
  const pagesDir = path.join(root, 'tests/fixtures/pages');
  const pages = readdirSync(pagesDir).filter((f) => /^seed-\d+\.html$/.test(f));
  for (const f of pages) copyFileSync(path.join(pagesDir, f), path.join(dir, f));
  writeFileSync(path.join(dir, 'big.html'), bigHtml(seedText, opts.smoke ? 500_000 : 5_000_000));
  const server = await harness.serve(dir);
  const ext = await harness.launch();
  const out: Partial<BrowserFigures> = {};
  try {
    await ext.context.addInitScript(KEEP_NAMES_SHIM);
    // Long tasks after load: the pages have no scripts, so they are leakmark's (scan, paint, UI).
    await ext.context.addInitScript(() => {
      const w = window as unknown as { __lmLong: Array<{ start: number; duration: number }> };
      w.__lmLong = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__lmLong.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      } catch {
        /* no longtask support */
      }
    });
    let longest = 0;
    let over = 0;
    for (const name of [...pages, 'big.html']) {
      const page = await ext.context.newPage();
      await page.goto(server.url(name), { waitUntil: 'load', timeout: 120_000 });
      const loadedAt = await page.evaluate(() => performance.now());
      await page.waitForTimeout(name === 'big.html' ? 8000 : 2500);
      const tasks = await page.evaluate(() => (window as unknown as { __lmLong: Array<{ start: number; duration: number }> }).__lmLong);
      for (const t of tasks.filter((x) => x.start >= loadedAt)) {
        longest = Math.max(longest, t.duration);
        if (t.duration > 50) over++;
      }
      await page.close();
    }
    out.page_longest_task_ms = longest;
    out.page_tasks_over_50ms = over;
    // The observer must see a long task when there is one, or the 0 above would mean nothing.
    {
      const page = await ext.context.newPage();
      await page.goto(server.url(pages[0]!), { waitUntil: 'load' });
      // A real task (setTimeout), not a DevTools evaluate, which longtask entries do not report.
      await page.evaluate('setTimeout(() => { const t = performance.now(); while (performance.now() - t < 120) {} }, 0)');
      await page.waitForTimeout(300);
      const seen = await page.evaluate(() => (window as unknown as { __lmLong: Array<{ duration: number }> }).__lmLong.some((t) => t.duration >= 100));
      if (!seen) {
        console.error('bench: the longtask observer saw no task from a 120 ms busy loop; page_longest_task_ms is not measured');
        out.page_longest_task_ms = null;
      }
      await page.close();
    }

    // Saves through the background, from an extension page, as the content script sends them.
    const { extractIncidents } = await import('../lib/pipeline');
    const text = readFileSync(path.join(seedDir, readdirSync(seedDir).find((f) => f.startsWith('001_'))!), 'utf8');
    const incident = extractIncidents({ text }).find((i) => i.is_breach)!;
    const n = opts.smoke ? 20 : 200;
    const page = await ext.context.newPage();
    await harness.openPopup(page);
    await page.evaluate(KEEP_NAMES_SHIM);
    const ms = await page.evaluate(
      async ({ incident, text, n }) => {
        const send = (i: number) =>
          chrome.runtime.sendMessage({
            type: 'saveIncident',
            data: {
              page: { url: `http://127.0.0.1/bench/${i}`, title: 'bench', pageHash: 'h' },
              incident,
              source: {
                url: `http://127.0.0.1/bench/${i}`,
                title: 'bench',
                quote: { exact: text.slice(incident.span[0], incident.span[1]) + i, prefix: '', suffix: '' },
                position: { start: incident.span[0], end: incident.span[1] },
                pageHash: 'h',
                savedAt: new Date().toISOString(),
                engineVersion: 'bench',
              },
            },
          });
        const t0 = performance.now();
        await Promise.all(Array.from({ length: n }, (_, i) => send(i)));
        return performance.now() - t0;
      },
      { incident, text, n },
    );
    out.save_per_s = n / (ms / 1000);
    await page.close();

    // The library page with 10,000 incidents.
    try {
      const timing = await import('../tests/e2e/library-timing');
      const lib = await timing.measureLibrary10k(ext.context, ext.extensionId);
      out.library_render_ms_10k = lib.renderMs;
      out.library_search_ms_10k = lib.searchMs;
      out.library_load_ms_10k = lib.loadMs ?? null;
      out.library_search_with_debounce_ms_10k = lib.searchWithDebounceMs ?? null;
    } catch (err) {
      console.error(`bench (library): ${(err as Error).message}`);
    }
  } catch (err) {
    console.error(`bench (extension): ${(err as Error).message}`);
  } finally {
    await ext.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
