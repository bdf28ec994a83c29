// The bench's measurements in real Chromium (Debian's /usr/bin/chromium through playwright-core).
// Each returns null when Chromium is missing, so `npm run bench` still prints the Node figures.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

export interface BrowserFigures {
  prefilter_ms_50kb: number | null;
  treewalker_floor_ms_50kb: number | null;
  prefilter_vs_floor: number | null;
}

const CHROMIUM = '/usr/bin/chromium';
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
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
    const page = await browser.newPage();
    await page.setContent(nonBreachHtml());
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
