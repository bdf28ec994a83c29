// `npm run demo`: build the Chrome extension, serve tests/fixtures/pages/ on 127.0.0.1 (a free port),
// open Chromium with the extension and visit every page.
//   - With a display (DISPLAY set): a real window; the pages stay open until you press Ctrl+C.
//   - Headless: prints what was detected on each page (badge text and the background's incidents)
//     and writes screenshots to .output/demo/.
// Options: --no-build (use the existing .output/chrome-mv3), --headless (even with a display).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { highlightCounts, launch, PAGES_DIR, ROOT, serve, tabSnapshots, waitForTab, type TabSnapshot } from '../tests/e2e/harness';

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean' }, headless: { type: 'boolean' } } });
const headless = values.headless || !process.env.DISPLAY;
const OUT = path.join(ROOT, '.output/demo');

function build(): void {
  console.log('Building the Chrome extension (npx wxt build)…');
  const res = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (res.status !== 0) {
    console.error('The build failed.');
    process.exit(1);
  }
}

function describeTab(file: string, tab: TabSnapshot | null, painted: number): string {
  const lines = [`${file}`];
  if (!tab) {
    lines.push('  nothing reported (the pre-filter found no breach words): no badge, no highlights');
    return lines.join('\n');
  }
  lines.push(`  badge: ${tab.badge === '' ? '(empty)' : tab.badge}   highlights: ${painted}`);
  for (const inc of tab.incidents) {
    const total = inc.total === null ? '-' : inc.total.toLocaleString('en-US');
    const flags = [inc.is_breach ? 'breach' : 'not a breach', inc.savedId ? 'saved' : '', inc.dismissed ? 'dismissed' : ''].filter(Boolean);
    lines.push(`  #${inc.index} ${inc.org ?? '(organisation unknown)'} · total ${total} · ${inc.cause ?? '-'} · ${flags.join(', ')}`);
    if (inc.categories.length) lines.push(`      data: ${inc.categories.join(', ')}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (!values['no-build']) build();
  const server = await serve();
  const ext = await launch({ headless });
  console.log(`Serving ${path.relative(ROOT, PAGES_DIR)} at ${server.origin}; extension id ${ext.extensionId}${headless ? ' (headless)' : ''}\n`);
  const files = readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html') && f !== 'index.html')
    .sort();
  if (headless) mkdirSync(OUT, { recursive: true });

  for (const file of files) {
    const page = await ext.context.newPage();
    const url = server.url(file);
    await page.goto(url);
    // Late content needs its delay plus the observer's debounce; quiet pages never report.
    const wait = file.startsWith('late') ? 8_000 : 4_000;
    const tab = await waitForTab(url, wait, (t) => !file.startsWith('late') || t.badge !== '');
    const { registry, marks } = await highlightCounts(page);
    const painted = Object.values(registry).reduce((a, b) => a + b, 0) + marks;
    console.log(describeTab(file, tab, painted));
    if (headless) {
      const shot = path.join(OUT, file.replace(/\.html$/, '.png'));
      await page.screenshot({ path: shot });
      console.log(`  screenshot: ${path.relative(ROOT, shot)}\n`);
      await page.close();
    } else {
      console.log('');
    }
  }

  if (headless) {
    await ext.close();
    await server.close();
    return;
  }
  const index = await ext.context.newPage();
  await index.goto(server.url('index.html'));
  console.log(`${(await tabSnapshots()).length} tabs with findings. Browse freely; press Ctrl+C to quit.`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    ext.context.once('close', () => resolve());
  });
  await ext.close();
  await server.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
