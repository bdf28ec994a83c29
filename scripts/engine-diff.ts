// A differential check for engine changes that must not change its output (speed work):
//   tsx scripts/engine-diff.ts --save FILE      runs the engine over every fixture page and ~1,000
//                                               variants of them (cut, line-shuffled, joined) and saves
//                                               each output
//   tsx scripts/engine-diff.ts --compare FILE   runs again and lists every page whose output differs
//     --fields                                  (with --compare) lists each changed field of each
//                                               differing page instead, for rule changes meant to
//                                               change the output: heading, org, published, breach…
//     --all                                     (with --fields) variants too, not only the fixtures
// The variants are made with a fixed seed, so two runs read the same pages. Exit 1 on any difference.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractIncidents } from '../lib/pipeline';
import { decodeHtmlBytes, htmlToPageText } from '../lib/html/visible-text';
import type { PageText } from '../lib/types';
import { rng } from '../tests/support/rng';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIRS = ['tests/fixtures/seeds', 'tests/fixtures/synthetic', 'tests/fixtures/pages', 'tests/fixtures/hostile'];

function sources(): [string, PageText][] {
  const out: [string, PageText][] = [];
  for (const dir of DIRS) {
    for (const f of readdirSync(path.join(root, dir)).sort()) {
      const file = path.join(root, dir, f);
      if (f.endsWith('.txt')) out.push([`${dir}/${f}`, { text: readFileSync(file, 'utf8') }]);
      else if (f.endsWith('.html')) out.push([`${dir}/${f}`, htmlToPageText(decodeHtmlBytes(readFileSync(file)))]);
    }
  }
  return out;
}


function variants(src: [string, PageText][]): [string, PageText][] {
  const rand = rng(20261203);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const texts = src.map(([n, p]) => [n, p.text] as const);
  const out: [string, PageText][] = [...src];
  for (let i = 0; i < 1000; i++) {
    const [name, text] = pick(texts as unknown as [string, string][]);
    const kind = i % 4;
    let t: string;
    if (kind === 0) {
      const a = Math.floor(rand() * text.length);
      const b = a + Math.floor(rand() * (text.length - a + 1));
      t = text.slice(a, b);
    } else if (kind === 1) {
      const ls = text.split('\n');
      for (let j = ls.length - 1; j > 0; j--) {
        const k = Math.floor(rand() * (j + 1));
        [ls[j], ls[k]] = [ls[k]!, ls[j]!];
      }
      t = ls.join('\n');
    } else if (kind === 2) {
      t = text + '\n' + pick(texts as unknown as [string, string][])[1];
    } else {
      // a random window cut mid-character-run, plus a width-folded look-alike noise line
      const a = Math.floor(rand() * text.length);
      t = text.slice(a, a + 3000) + '\n２，４４６件　ＡＢＣ\n' + text.slice(0, 500);
    }
    out.push([`${name}#${i}`, { text: t }]);
  }
  return out;
}

const FIELDS = ['heading', 'org', 'published', 'is_breach', 'total_affected', 'cause', 'categories'] as const;

/** One line per changed field of each incident: `page #k field: was → now`. */
function printFieldChanges(page: string, was: string, now: string): void {
  const a = JSON.parse(was) as Array<Record<string, unknown>>;
  const b = JSON.parse(now) as Array<Record<string, unknown>>;
  if (a.length !== b.length) console.log(`${page}: ${a.length} → ${b.length} incidents`);
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    for (const f of FIELDS) {
      const x = JSON.stringify(a[i]![f]);
      const y = JSON.stringify(b[i]![f]);
      if (x !== y) console.log(`${page} #${i} ${f}: ${x.slice(0, 70)} → ${y.slice(0, 70)}`);
    }
  }
}

const { values } = parseArgs({ options: { save: { type: 'string' }, compare: { type: 'string' }, fields: { type: 'boolean' }, all: { type: 'boolean' } } });
const pages = variants(sources());
const t0 = performance.now();
const results: Record<string, string> = {};
for (const [name, page] of pages) results[name] = JSON.stringify(extractIncidents(page));
const ms = performance.now() - t0;
if (values.save) {
  writeFileSync(values.save, JSON.stringify(results));
  console.log(`saved ${pages.length} outputs to ${values.save} (${ms.toFixed(0)} ms)`);
} else if (values.compare) {
  const base = JSON.parse(readFileSync(values.compare, 'utf8')) as Record<string, string>;
  const differ = Object.keys(results).filter((k) => results[k] !== base[k]);
  if (values.fields) {
    for (const k of differ) if (values.all || !k.includes('#')) printFieldChanges(k, base[k] ?? '[]', results[k]!);
  } else for (const k of differ.slice(0, 20)) {
    const a = base[k] ?? '';
    const b = results[k]!;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    console.log(`DIFFERS ${k}\n  was: …${a.slice(Math.max(0, i - 80), i + 120)}\n  now: …${b.slice(Math.max(0, i - 80), i + 120)}`);
  }
  console.log(`${pages.length - differ.length} same, ${differ.length} differ (${ms.toFixed(0)} ms)`);
  process.exit(differ.length ? 1 : 0);
} else {
  console.error('usage: tsx scripts/engine-diff.ts --save FILE | --compare FILE');
  process.exit(2);
}
