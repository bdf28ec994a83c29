// `npm run bench`: what leakmark costs, measured against the physical floor of reading a page.
// Prints a table (or, with --json, one JSON object). Medians over repetitions; ratios are what matter
// on a noisy machine. This is not a test: budgets are reported, never enforced (see docs/performance.md).
//   --json        one JSON object with every figure
//   --smoke       tiny sizes and few repetitions (the test command runs this to prove it still works)
//   --node-only   skip the measurements that need Chromium and the built extension
import { readFileSync, existsSync, readdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { extractIncidents as extractUnderTsx } from '../lib/pipeline';
import { loadKuromojiTokenizer } from '../lib/tokenizer/kuromoji-node';
import { browserFigures, type BrowserFigures } from './bench-browser';
import { bestTime } from '../tests/support/best-time';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const smoke = args.has('--smoke');
const reps = smoke ? 3 : 15;

const seedDir = path.join(root, 'tests/fixtures/seeds');
// The compilation pages (several notices each, no page furniture), so every part of the page is read.
const seedText = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt') && !f.startsWith('000_'))
  .map((f) => readFileSync(path.join(seedDir, f), 'utf8'))
  .join('\n');

/** A page of `size` characters made by repeating the seed pages (breach notices throughout). */
function breachPage(size: number): string {
  let out = '';
  while (out.length < size) out += seedText;
  return out.slice(0, size);
}

const syntheticDir = path.join(root, 'tests/fixtures/synthetic');
/**
 * A typical breach page: one real notice (seed 000, a news article with its site's furniture) followed
 * by the pages of the fixtures that hold no incident at all (market news, recipes, privacy policies,
 * phishing warnings, outage apologies, statistics…) until `size` characters: the usual page a reader
 * opens, where one notice sits among unrelated text. The densest page above is the stricter case.
 */
function typicalBreachPage(size: number): string {
  const expected = JSON.parse(readFileSync(path.join(syntheticDir, 'expected.json'), 'utf8')) as Record<string, unknown[]>;
  const ordinary = Object.keys(expected)
    .filter((f) => Array.isArray(expected[f]) && expected[f]!.length === 0)
    .map((f) => readFileSync(path.join(syntheticDir, f), 'utf8'));
  let out = readFileSync(path.join(seedDir, readdirSync(seedDir).find((f) => f.startsWith('000_'))!), 'utf8');
  for (let i = 0; out.length < size; i++) out += '\n' + ordinary[i % ordinary.length]!;
  return out.slice(0, size);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeMedian(fn: () => void, n = reps): number {
  // Warm up until the JIT has settled (at least 5 runs or 150 ms), so medians compare steady states.
  const warmEnd = performance.now() + 150;
  for (let i = 0; i < 5 || performance.now() < warmEnd; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** The regex floor: five simple regexes over the whole text, as any text scanner must at least do. */
const FLOOR_REGEXES = [/漏えい|流出/g, /\d[\d,]*(?:件|名|人)/g, /氏名|住所|電話番号/g, /株式会社|市|県/g, /\d{4}年\d{1,2}月\d{1,2}日/g];
function regexFloor(text: string): number {
  let hits = 0;
  for (const re of FLOOR_REGEXES) {
    re.lastIndex = 0;
    while (re.exec(text)) hits++;
  }
  return hits;
}

type Extract = typeof extractUnderTsx;

/**
 * The engine as it ships: one minified ES module bundle of lib/pipeline.ts, as Vite builds it into the
 * offscreen document. Running the sources under tsx instead adds costs no user pays: tsx names every
 * closure as it is created (`__name`, a defineProperty per closure) and reaches other modules' exports
 * through getters; together ~25 % of the engine's time on the 50 KB page. The tsx figure is printed too
 * (`extract_vs_regex_floor_tsx`), so the two can be compared.
 */
async function shippedEngine(): Promise<Extract> {
  const dir = mkdtempSync(path.join(tmpdir(), 'leakmark-bench-'));
  try {
    const out = path.join(dir, 'engine.mjs');
    const built = buildSync({ entryPoints: [path.join(root, 'lib/pipeline.ts')], bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
    writeFileSync(out, built.outputFiles[0]!.contents);
    const mod = (await import(pathToFileURL(out).href)) as { extractIncidents: Extract };
    return mod.extractIncidents;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface NodeFigures {
  extract_ms_50kb: number;
  regex_floor_ms_50kb: number;
  extract_vs_regex_floor: number;
  extract_vs_regex_floor_tsx: number;
  extract_ms_50kb_typical: number;
  extract_vs_regex_floor_typical: number;
  extract_ms_1mb: number;
  extract_ms_5mb: number;
  extract_5mb_vs_1mb: number;
  extract_hostile_4x_growth: number;
  extract_hostile_worst_shape: string;
  kuromoji_build_ms: number | null;
  kuromoji_rss_mb: number | null;
  kuromoji_chars_per_s: number | null;
  content_script_kb: number | null;
}

/**
 * Engine and floor timed in alternation, pair by pair, so a change of load on the machine (other
 * processes, thermal steps) falls on both sides of each ratio: the ratio is the median of the
 * pairs' ratios, the times the medians of each side. Each floor sample is the mean of several runs,
 * since one run of five regexes over 50 KB is too short for the timer.
 */
function pairedRatio(engine: () => void, floor: () => void, pairs: number): { engine: number; floor: number; ratio: number } {
  const FLOOR_RUNS = 8;
  const warmEnd = performance.now() + 150;
  for (let i = 0; i < 5 || performance.now() < warmEnd; i++) {
    engine();
    floor();
  }
  const es: number[] = [];
  const fs: number[] = [];
  const rs: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const t0 = performance.now();
    engine();
    const t1 = performance.now();
    for (let j = 0; j < FLOOR_RUNS; j++) floor();
    const f = (performance.now() - t1) / FLOOR_RUNS;
    es.push(t1 - t0);
    fs.push(f);
    rs.push((t1 - t0) / f);
  }
  return { engine: median(es), floor: median(fs), ratio: median(rs) };
}

/**
 * Pages of one shape repeated with no other text, each of which once made a rule read a sentence, a line or the page's
 * lines again for every hit in it (quadratic time; the eighteenth session's entry in docs/performance.md): a page of one
 * long line of leak words, of cause words, of negated signals, of short sentences, a first line of bars, report heads one
 * a line, counts of people one a line, bare IDs or mail addresses on one line, and more. The figure is the largest growth of the engine's time from `size` to 4x
 * `size` characters over them: ~4 when linear, 16 when quadratic.
 */
const HOSTILE_SHAPES = ['漏えい', '紛失 ', '紛失。', '誤送信', '流出し', '以下漏えいされていない', '|', '/や', '第1報\n', '件1', '氏名、', '【', '1漏えい', '・', '\n', '1万人分の氏名が流出。\n', 'ID・', 'メアド宛名在留カード番号'];
function hostileGrowth(extract: Extract, size: number): { growth: number; shape: string } {
  const best = (text: string): number => bestTime(() => extract({ text }), smoke ? 2 : 5);
  let worst = { growth: 0, shape: '' };
  for (const unit of HOSTILE_SHAPES) {
    const page = (n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    best(page(size / 4)); // warm
    // (At least a millisecond below: a shape the engine reads in no time has no growth to tell.)
    const growth = best(page(size * 4)) / Math.max(best(page(size)), 1);
    if (growth > worst.growth) worst = { growth, shape: JSON.stringify(unit) };
  }
  return worst;
}

async function nodeFigures(): Promise<NodeFigures> {
  const extractIncidents = await shippedEngine();
  const page50 = breachPage(50_000);
  // The shipped engine must give what the sources give, or the figure measures something else.
  if (JSON.stringify(extractIncidents({ text: page50 })) !== JSON.stringify(extractUnderTsx({ text: page50 }))) {
    throw new Error('the bundled engine and the sources disagree on the bench page');
  }
  const paired = pairedRatio(
    () => extractIncidents({ text: page50 }),
    () => regexFloor(page50),
    smoke ? reps : reps * 4,
  );
  const pairedTsx = pairedRatio(
    () => extractUnderTsx({ text: page50 }),
    () => regexFloor(page50),
    smoke ? reps : reps * 2,
  );
  const typical = typicalBreachPage(50_000);
  const found = extractIncidents({ text: typical }).filter((i) => i.is_breach).length;
  if (found !== 1) console.error(`bench: the typical page should hold one breach, the engine found ${found}`);
  const pairedTypical = pairedRatio(
    () => extractIncidents({ text: typical }),
    () => regexFloor(typical),
    smoke ? reps : reps * 2,
  );
  const big = smoke ? 200_000 : 1_000_000;
  const page1 = breachPage(big);
  const page5 = breachPage(big * 5);
  const e1 = timeMedian(() => extractIncidents({ text: page1 }), smoke ? 1 : 3);
  const e5 = timeMedian(() => extractIncidents({ text: page5 }), smoke ? 1 : 3);
  const hostile = hostileGrowth(extractIncidents, smoke ? 4_000 : 32_000);

  let build: number | null = null;
  let rss: number | null = null;
  let cps: number | null = null;
  try {
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    const tokenizer = await loadKuromojiTokenizer();
    build = performance.now() - t0;
    rss = (process.memoryUsage().rss - rss0) / 1024 / 1024;
    const sample = breachPage(smoke ? 10_000 : 100_000);
    tokenizer.tokenize(sample.slice(0, 3000)); // warm
    const ms = timeMedian(() => tokenizer.tokenize(sample), smoke ? 1 : 3);
    cps = sample.length / (ms / 1000);
  } catch (err) {
    console.error(`kuromoji: ${(err as Error).message}`);
  }

  const contentJs = path.join(root, '.output/chrome-mv3/content-scripts/content.js');
  const contentKb = existsSync(contentJs) ? gzipSync(readFileSync(contentJs)).length / 1024 : null;

  return {
    extract_ms_50kb: paired.engine,
    regex_floor_ms_50kb: paired.floor,
    extract_vs_regex_floor: paired.ratio,
    extract_vs_regex_floor_tsx: pairedTsx.ratio,
    extract_ms_50kb_typical: pairedTypical.engine,
    extract_vs_regex_floor_typical: pairedTypical.ratio,
    extract_ms_1mb: e1,
    extract_ms_5mb: e5,
    extract_5mb_vs_1mb: e5 / e1,
    extract_hostile_4x_growth: hostile.growth,
    extract_hostile_worst_shape: hostile.shape,
    kuromoji_build_ms: build,
    kuromoji_rss_mb: rss,
    kuromoji_chars_per_s: cps,
    content_script_kb: contentKb,
  };
}

const BUDGETS: Record<string, string> = {
  prefilter_vs_floor: '≤ 2',
  extract_vs_regex_floor: '≤ 5',
  extract_vs_regex_floor_typical: '≤ 5',
  extract_5mb_vs_1mb: '≈ 5 (linear)',
  extract_hostile_4x_growth: '≈ 4 (linear; 16 quadratic)',
  page_longest_task_ms: 'no task > 50 ms',
  content_script_kb: '≤ 50',
  library_render_ms_10k: '< 200',
  library_search_ms_10k: '< 50',
};

function fmt(v: unknown): string {
  if (typeof v !== 'number') return v === null || v === undefined ? 'n/a' : String(v);
  if (Math.abs(v) >= 100) return v.toFixed(0);
  if (Math.abs(v) >= 10) return v.toFixed(1);
  return v.toFixed(2);
}

async function main(): Promise<void> {
  const figures: Partial<NodeFigures & BrowserFigures> & { smoke: boolean } = { smoke, ...(await nodeFigures()) };
  if (!args.has('--node-only')) Object.assign(figures, await browserFigures(root, { smoke, reps }));
  if (args.has('--json')) {
    console.log(JSON.stringify(figures));
    return;
  }
  console.log(`leakmark bench${smoke ? ' (smoke: small sizes, few repetitions)' : ''} — medians`);
  for (const [k, v] of Object.entries(figures)) {
    if (k === 'smoke') continue;
    console.log(`${k.padEnd(28)} ${fmt(v).padStart(12)}   ${BUDGETS[k] ? `budget ${BUDGETS[k]}` : ''}`);
  }
}

main().catch((err: unknown) => {
  console.error(`bench: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});
