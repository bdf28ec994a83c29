// Opt-in diagnosis (LEAKMARK_PROFILE=1): where leakmark spends the page's main thread on the big pages.
// A V8 CPU profile of the page's renderer (the content script's isolated world included) from
// navigation to the badge, summed by the content-script function each sample is in, printed with the
// minified source at that point so a phase can be named (walker, visibility, messaging, styles…), and
// the long animation frames after load with their style-and-layout share. Not an assertion: the
// figures and the phases behind them go into docs/reliability.md.
//
//   LEAKMARK_PROFILE=1 npx vitest run --config vitest.e2e.config.ts tests/e2e/hardening-profile.e2e.test.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import { writeGeneratedPages } from '../fixtures/hostile/generate';
import { longTasks, recordLongTasks, removeSnapshot, serveHostile, sleep, snapshotExtension } from './hardening-helpers';
import { launch, waitForTab } from './harness';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

describe.skipIf(!process.env.LEAKMARK_PROFILE)('profile of the big pages', () => {
  it('prints where the content script spends the main thread', async () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'leakmark-profile-'));
    const files = writeGeneratedPages(tmp);
    const server = await serveHostile(tmp);
    const dir = await snapshotExtension();
    const content = readFileSync(path.join(dir, 'content-scripts/content.js'), 'utf8');
    const lineStarts = [0];
    for (let i = 0; i < content.length; i++) if (content[i] === '\n') lineStarts.push(i + 1);
    const ext = await launch({ extensionDir: dir });
    try {
      for (const file of [files.manyNodes, files.big]) {
        const page = await ext.context.newPage();
        await recordLongTasks(page);
        const cdp = await ext.context.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
        const url = server.url(file);
        await page.goto(url, { timeout: 60_000 });
        await waitForTab(url, 60_000, (t) => t.badge !== '');
        await sleep(1500);
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
          profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
        };
        const tasks = await longTasks(page);
        console.log(file, 'long tasks after load', JSON.stringify(tasks.afterLoad));
        console.log(file, 'long animation frames after load [start, duration, style+layout]', JSON.stringify(tasks.framesAfterLoad.map((f) => [f.start, f.duration, f.styleAndLayout])));

        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        const parent = new Map<number, number>();
        for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
        const self = new Map<string, number>();
        let total = 0;
        profile.samples.forEach((id, i) => {
          const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
          const leaf = byId.get(id)!.callFrame;
          for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
            const frame = byId.get(n)!.callFrame;
            if (!frame.url.includes('content.js')) continue;
            const at = lineStarts[frame.lineNumber]! + frame.columnNumber;
            const key = `${frame.functionName || '(anonymous)'}@${at}${leaf.functionName && leaf !== frame ? ` → ${leaf.functionName}` : ''}`;
            self.set(key, (self.get(key) ?? 0) + dt);
            total += dt;
            break;
          }
        });
        console.log(file, `content script: ${total.toFixed(0)} ms of samples`);
        for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
          const at = Number(key.split('@')[1]!.split(' ')[0]);
          console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${key}  ${JSON.stringify(content.slice(at, at + 100))}`);
        }
        await page.close();
      }
    } finally {
      await ext.close();
      await server.close();
      removeSnapshot(dir);
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
