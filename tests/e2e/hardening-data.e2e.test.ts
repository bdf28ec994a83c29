// Hardening, data: concurrent saves from many tabs, the database deleted under the running extension,
// a full disk (quota), and imports through the library page. Nothing saved may be lost or doubled,
// and every refusal must say why. Figures go to .output/e2e/hardening-figures.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as wxtBrowser } from 'wxt/browser';
import { htmlToPageText } from '../../lib/html/visible-text';
import { extractIncidents } from '../../lib/pipeline';
import {
  launchOnProfile,
  readLibrary,
  removeSnapshot,
  saveRequest,
  serveHostile,
  sleep,
  snapshotExtension,
  type HostileServer,
  type Relaunched,
  type SaveRequest,
} from './hardening-helpers';
import {
  collectErrors,
  collectWorkerErrors,
  launch,
  leakmarkControl,
  libraryRecords,
  openLibraryPage,
  PAGES_DIR,
  ROOT,
  swEval,
  waitForTab,
  type Launched,
  type StoredRecordLite,
} from './harness';

declare const chrome: typeof wxtBrowser;

const SHOTS = path.join(ROOT, '.output/e2e');
const FIGURES = path.join(SHOTS, 'hardening-figures.json');
const figures: Record<string, unknown> = {};

let server: HostileServer;
let ext: Launched;
let extensionDir: string;
let tmp: string;
let workerErrors: string[];

beforeAll(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'leakmark-data-'));
  server = await serveHostile(PAGES_DIR);
  extensionDir = await snapshotExtension();
  ext = await launch({ extensionDir });
  workerErrors = collectWorkerErrors(ext.serviceWorker);
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  removeSnapshot(extensionDir);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  let previous: Record<string, unknown> = {};
  try {
    previous = JSON.parse(readFileSync(FIGURES, 'utf8')) as Record<string, unknown>;
  } catch {
    // first run
  }
  writeFileSync(FIGURES, `${JSON.stringify({ ...previous, data: figures }, null, 2)}\n`);
});

async function closeAllPages(): Promise<void> {
  for (const p of ext.context.pages()) await p.close();
}

/** Delete every record (through the background, as the library page would). */
async function emptyLibrary(): Promise<void> {
  const page = await ext.context.newPage();
  await openLibraryPage(page);
  await page.evaluate(async () => {
    const { records } = (await chrome.runtime.sendMessage({ type: 'listRecords', data: {} })) as { records: Array<{ id: string }> };
    await chrome.runtime.sendMessage({ type: 'removeRecords', data: { ids: records.map((r) => r.id) } });
  });
  await page.close();
  expect(await libraryRecords()).toHaveLength(0);
}

type Answer = { record?: { id: string }; created?: boolean; error?: string; code?: string };

/** Send saveIncident requests from an extension page, all at once; the answers in order. */
async function sendSaves(page: Page, requests: SaveRequest[]): Promise<Answer[]> {
  return page.evaluate(
    (reqs) => Promise.all(reqs.map((data) => chrome.runtime.sendMessage({ type: 'saveIncident', data }) as Promise<Answer>)),
    requests,
  );
}

function sortById<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
}

function breachesIn(file: string): number {
  return extractIncidents(htmlToPageText(readFileSync(path.join(PAGES_DIR, file), 'utf8'))).filter((i) => i.is_breach).length;
}

// ---------------------------------------------------------------------------------------------

describe('10 tabs saving 200 incidents at once', () => {
  it('every incident is stored exactly once, duplicates sent at the same moment included', async () => {
    await closeAllPages();
    await emptyLibrary();
    const requests = Array.from({ length: 200 }, (_, i) => saveRequest(i));
    const tabs = await Promise.all(Array.from({ length: 10 }, () => ext.context.newPage()));
    const errors = tabs.flatMap((t) => collectErrors(t));
    await Promise.all(tabs.map((t) => openLibraryPage(t)));
    // Tab k sends incidents 20k … 20k+19 and, at the same moment, the next tab's 20 again.
    const started = Date.now();
    const answers = await Promise.all(
      tabs.map((t, k) => {
        const own = requests.slice(20 * k, 20 * k + 20);
        const next = requests.slice(20 * ((k + 1) % 10), 20 * ((k + 1) % 10) + 20);
        return sendSaves(t, [...own, ...next]);
      }),
    );
    const elapsed = Date.now() - started;
    const flat = answers.flat();
    expect(flat.filter((a) => a.error)).toEqual([]);
    expect(flat).toHaveLength(400);
    expect(flat.filter((a) => a.created)).toHaveLength(200);
    const records = await libraryRecords();
    expect(records).toHaveLength(200);
    expect(new Set(records.map((r) => r.org)).size).toBe(200);
    for (const r of records) expect(r.sources, r.org ?? r.id).toHaveLength(1);
    // Both answers for one incident name the same record.
    const ids = new Map<number, Set<string>>();
    answers.forEach((list, k) =>
      list.forEach((a, j) => {
        const incident = j < 20 ? 20 * k + j : 20 * ((k + 1) % 10) + (j - 20);
        ids.set(incident, (ids.get(incident) ?? new Set()).add(a.record!.id));
      }),
    );
    expect([...ids.values()].every((set) => set.size === 1)).toBe(true);
    expect(new Set([...ids.values()].map((set) => [...set][0])).size).toBe(200);
    figures['concurrent saves'] = { tabs: 10, requests: flat.length, incidents: 200, stored: records.length, elapsedMs: elapsed };
    expect(errors).toEqual([]);
    for (const t of tabs) await t.close();
  });

  it('10 tabs with pages, "save all" on all of them twice at once: each incident once, every page a source', async () => {
    await closeAllPages();
    await emptyLibrary();
    const seeds = ['seed-000.html', 'seed-001.html', 'seed-002.html', 'seed-003.html', 'seed-004.html'];
    const expected = seeds.reduce((n, f) => n + breachesIn(f), 0);
    // Each seed twice, at two URLs: the same incident on two pages is one record with two sources.
    const urls = seeds.flatMap((f) => [server.url(`${f}?copy=a`), server.url(`${f}?copy=b`)]);
    const pages = await Promise.all(urls.map(() => ext.context.newPage()));
    const errors = pages.flatMap((p) => collectErrors(p));
    await Promise.all(pages.map((p, i) => p.goto(urls[i]!)));
    const tabIds: number[] = [];
    for (const url of urls) {
      const tab = await waitForTab(url, 30_000, (t) => t.badge !== '');
      expect(tab, url).not.toBeNull();
      tabIds.push(tab!.tabId);
    }
    const control = await ext.context.newPage();
    await openLibraryPage(control);
    const results = await control.evaluate(
      (ids) =>
        Promise.all(
          [...ids, ...ids].map(
            (tabId) => chrome.runtime.sendMessage({ type: 'saveAllOnTab', data: { tabId } }) as Promise<{ saved?: number; error?: string }>,
          ),
        ),
      tabIds,
    );
    expect(results.filter((r) => r.error)).toEqual([]);
    const records = await libraryRecords();
    expect(records).toHaveLength(expected);
    for (const r of records) {
      const sourceUrls = new Set(r.sources.map((s) => s.url));
      expect(sourceUrls.size, `${r.org}: sources ${[...sourceUrls].join(' ')}`).toBe(2);
    }
    figures['save all on 10 tabs, twice at once'] = { tabs: 10, saveAllRequests: results.length, incidents: expected, stored: records.length, sourcesPerRecord: 2 };
    expect(errors).toEqual([]);
    await closeAllPages();
  });
});

describe('the database deleted underneath the running extension', () => {
  it('the next save recreates it and is stored (nothing saved afterwards is lost)', async () => {
    await closeAllPages();
    await emptyLibrary();
    const page = await ext.context.newPage();
    const errors = collectErrors(page);
    await openLibraryPage(page);
    const [first] = await sendSaves(page, [saveRequest(500)]);
    expect(first!.created).toBe(true);
    expect(await libraryRecords()).toHaveLength(1);

    // Delete it from the service worker while the background holds it open.
    const deleted = await swEval(
      () =>
        new Promise<string>((resolve) => {
          // 'blocked' only says another connection (the library page's reader, say) had not closed
          // yet when the delete was asked; every leakmark connection closes on versionchange, so the
          // delete must still succeed — a connection that never closed would time out here.
          const req = indexedDB.deleteDatabase('leakmark');
          const timer = setTimeout(() => resolve('still blocked after 10 s'), 10_000);
          req.onsuccess = () => {
            clearTimeout(timer);
            resolve('deleted');
          };
          req.onerror = () => resolve(`error: ${req.error?.message}`);
        }),
    );
    expect(deleted).toBe('deleted');
    const after = await sendSaves(page, [saveRequest(501)]);
    expect(after[0]!.error).toBeUndefined();
    expect(after[0]!.created).toBe(true);
    const records = await libraryRecords();
    expect(records.map((r) => r.org)).toEqual([saveRequest(501).incident.org]);

    // Deleted in the middle of a burst of saves: every save answers, and every save answered after
    // the deletion finished is in the database.
    const burst = Array.from({ length: 30 }, (_, i) => saveRequest(600 + i));
    const racing = page.evaluate(
      async (reqs) => {
        const out: Array<{ at: number; answer: unknown }> = [];
        await Promise.all(
          reqs.map(async (data, i) => {
            await new Promise((r) => setTimeout(r, i * 5));
            const answer = await chrome.runtime.sendMessage({ type: 'saveIncident', data });
            out[i] = { at: Date.now(), answer };
          }),
        );
        return out;
      },
      burst,
    );
    await sleep(60);
    const deletedAt = await swEval(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.deleteDatabase('leakmark');
          req.onsuccess = () => resolve(Date.now());
          req.onerror = () => resolve(-1);
        }),
    );
    const outcomes = await racing;
    expect(deletedAt).toBeGreaterThan(0);
    const stored = new Set((await libraryRecords()).map((r) => r.org));
    const answered = outcomes.map((o, i) => ({ ...o, org: burst[i]!.incident.org, answer: o.answer as Answer }));
    const failed = answered.filter((o) => o.answer.error);
    const lostAfterDelete = answered.filter((o) => !o.answer.error && o.at > deletedAt + 50 && !stored.has(o.org));
    figures['database deleted during 30 saves'] = {
      answered: answered.length,
      failedWithMessage: failed.map((o) => o.answer.error),
      storedAfter: stored.size,
      answeredAfterDeletion: answered.filter((o) => o.at > deletedAt).length,
      lostAfterDeletion: lostAfterDelete.length,
    };
    console.log('deleted during burst', JSON.stringify(figures['database deleted during 30 saves']));
    expect(answered).toHaveLength(30);
    for (const f of failed) expect(f.answer.error, 'a failure says why').toMatch(/\w{10,}/);
    expect(lostAfterDelete).toEqual([]);

    // The library page still works on the new database.
    await page.reload();
    // (the table is virtualised: some of the records are on screen)
    await expect
      .poll(async () => {
        const text = await page.locator('body').innerText();
        return [...stored].some((org) => org !== null && text.includes(org));
      }, { timeout: 30_000 })
      .toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('storage quota exceeded', () => {
  // Chromium applies a quota override (CDP Storage.overrideQuotaForOrigin) only to an origin whose
  // storage it has not used yet in this browser session, so the library is filled in one browser and
  // the quota shrunk at the start of a second one on the same profile.
  it('a save that does not fit is refused with a clear message, nothing is lost, and saving works again with space', async () => {
    const profile = mkdtempSync(path.join(tmpdir(), 'leakmark-quota-'));
    const first = await launchOnProfile(profile, extensionDir);
    let second: Relaunched | null = null;
    try {
      const seedPage = await first.context.newPage();
      await seedPage.goto(`chrome-extension://${first.extensionId}/library.html`);
      const kept = Array.from({ length: 5 }, (_, i) => saveRequest(700 + i));
      expect((await sendSaves(seedPage, kept)).every((a) => a.created)).toBe(true);
      const before = (await readLibrary(first.sw)) as unknown as StoredRecordLite[];
      expect(before).toHaveLength(5);
      await first.close(); // the profile directory stays

      second = await launchOnProfile(profile, extensionDir);
      const blank = await second.context.newPage();
      const cdp = await second.context.newCDPSession(blank);
      const origin = `chrome-extension://${second.extensionId}`;
      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1000 });

      const page = await second.context.newPage();
      const errors = collectErrors(page);
      await page.goto(`chrome-extension://${second.extensionId}/library.html`);
      const big = saveRequest(799);
      big.source.quote.exact = `${big.source.quote.exact}${'追記'.repeat(20_000)}`;
      const fresh = Array.from({ length: 5 }, (_, i) => saveRequest(800 + i));
      const refused = await sendSaves(page, [big, ...fresh]);
      const quotaAnswers = refused.filter((a) => a.code === 'quota');
      figures['quota exceeded'] = {
        quotaBytes: 1000,
        answers: refused.map((a) => (a.error ? `error(${a.code})` : a.created ? 'created' : 'updated')),
        message: quotaAnswers[0]?.error,
      };
      console.log('quota', JSON.stringify(figures['quota exceeded']));
      expect(quotaAnswers, 'every save is refused for quota').toHaveLength(refused.length);
      expect(quotaAnswers[0]!.error).toMatch(/quota/i);
      expect(quotaAnswers[0]!.error).toMatch(/nothing already in the library was lost/i);
      // Nothing lost: every record from before is still there and unchanged, nothing half-written.
      const during = await readLibrary(second.sw);
      expect(sortById(during)).toEqual(sortById(before));

      // The library page shows the records and says why the import of more failed.
      await page.reload();
      await expect.poll(() => page.locator('body').innerText(), { timeout: 10_000 }).toContain(kept[0]!.incident.org!);
      const file = path.join(tmp, 'more.json');
      writeFileSync(
        file,
        JSON.stringify({
          format: 'leakmark',
          version: 1,
          exportedAt: '2024-06-03T00:00:00.000Z',
          incidents: [{ ...(before[0] as unknown as Record<string, unknown>), id: 'more-1', sources: [{ ...before[0]!.sources[0]!, url: 'https://more.example/1', quote: { exact: 'more', prefix: '', suffix: '' } }] }],
        }),
      );
      await page.locator('input[type=file]').setInputFiles(file);
      const banner = page.locator('.import-outcome');
      await banner.waitFor({ timeout: 15_000 });
      const bannerText = await banner.innerText();
      (figures['quota exceeded'] as Record<string, unknown>).importBanner = bannerText.replace(/\s+/g, ' ');
      expect(bannerText).toMatch(/full|quota/i);
      expect(sortById(await readLibrary(second.sw))).toEqual(sortById(before));

      // A page's Save button shows the failure instead of pretending (content script path)…
      const notice = await second.context.newPage();
      const noticeErrors = collectErrors(notice);
      await notice.goto(server.url('seed-000.html?quota'));
      const save = leakmarkControl(notice, 'save'); // the toolbar is a closed shadow root: see harness.ts
      await save.waitFor({ timeout: 20_000 });
      await save.click();
      await expect.poll(() => save.textContent(), { timeout: 10_000 }).toMatch(/Could not save|保存できませんでした/);
      (figures['quota exceeded'] as Record<string, unknown>).pageButton = await save.textContent();
      expect(await readLibrary(second.sw)).toHaveLength(5);

      // …and with space again the same button and the same saves go through.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
      await save.click();
      await expect.poll(() => save.textContent(), { timeout: 10_000 }).toMatch(/Saved|保存済み/);
      const retried = await sendSaves(page, fresh);
      expect(retried.filter((a) => a.error)).toEqual([]);
      const after = await readLibrary(second.sw);
      expect(after).toHaveLength(5 + 1 + fresh.length);
      for (const r of before) expect(after.some((d) => d.id === r.id)).toBe(true);
      expect([...errors, ...noticeErrors]).toEqual([]);
    } finally {
      await second?.close();
      await first.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('imports through the library page', () => {
  async function importFile(page: Page, file: string): Promise<string> {
    await page.locator('input[type=file]').setInputFiles(file);
    const banner = page.locator('.import-outcome');
    await banner.waitFor({ timeout: 30_000 });
    return banner.innerText();
  }

  it('truncated, mistyped, oversized (100 MB) and duplicate-id files: a clear message and the library unchanged', async () => {
    await closeAllPages();
    await emptyLibrary();
    const page = await ext.context.newPage();
    const errors = collectErrors(page);
    await openLibraryPage(page);
    expect((await sendSaves(page, [saveRequest(900), saveRequest(901)])).every((a) => a.created)).toBe(true);
    const before = await libraryRecords();
    const exported = await page.evaluate(
      () => chrome.runtime.sendMessage({ type: 'exportRecords', data: { format: 'json' } }) as Promise<{ content: string }>,
    );
    const good = JSON.parse(exported.content) as { incidents: Array<Record<string, unknown>> };

    const write = (name: string, content: string | Buffer) => {
      const file = path.join(tmp, name);
      writeFileSync(file, content);
      return file;
    };
    const dup = { ...good, incidents: [good.incidents[0], good.incidents[0]] };
    const wrong = { ...good, incidents: [{ ...good.incidents[0], total_affected: '1,000', categories: 'name' }] };
    // 100 MB: a valid start, then padding (the size check must refuse it before reading it).
    const hundred = Buffer.alloc(100 * 1024 * 1024, 0x20);
    hundred.write(exported.content.slice(0, exported.content.length - 2));
    const cases: Array<[string, string, RegExp]> = [
      ['truncated', write('truncated.json', exported.content.slice(0, Math.floor(exported.content.length / 2))), /not valid JSON|truncated/i],
      ['wrong types', write('wrong.json', JSON.stringify(wrong)), /total_affected[\s\S]*expected a whole number|categories[\s\S]*expected a list/],
      ['not an export', write('array.json', '[1, 2, 3]'), /not a leakmark export/],
      ['duplicate ids', write('dup.json', JSON.stringify(dup)), /duplicate/],
      ['100 MB', write('huge.json', hundred), /100\.0 MB[\s\S]*up to 50\.0 MB/],
      ['empty', write('empty.json', ''), /not valid JSON|truncated/i],
      ['binary', write('binary.json', Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x89, 0x50, 0x4e, 0x47])), /not valid JSON|truncated/i],
    ];
    const messages: Record<string, string> = {};
    for (const [name, file, pattern] of cases) {
      await page.reload();
      const text = await importFile(page, file);
      messages[name] = text.replace(/\s+/g, ' ').slice(0, 200);
      expect(text, name).toMatch(/Nothing was imported|何も取り込/);
      expect(text, name).toMatch(pattern);
      const now = await libraryRecords();
      expect(now, `${name}: library unchanged`).toEqual(before);
    }
    // Unknown fields are dropped with a warning; importing the same file twice adds nothing.
    const extra = { ...good, comment: 'x', incidents: good.incidents.map((r) => ({ ...r, color: 'red' })) };
    await page.reload();
    const ok = await importFile(page, write('extra.json', JSON.stringify(extra)));
    expect(ok).toMatch(/Imported: 0 added/);
    expect(ok).toMatch(/warnings/);
    expect(await libraryRecords()).toHaveLength(before.length);
    figures['imports rejected (library page)'] = { rejected: cases.length, messages, unknownFieldsAccepted: ok.replace(/\s+/g, ' ').slice(0, 120) };
    await page.screenshot({ path: path.join(SHOTS, 'hardening-import-rejected.png') });
    expect(errors).toEqual([]);
  });
});

describe('the extension itself', () => {
  it('logged no errors in its service worker', () => {
    expect(workerErrors).toEqual([]);
  });
});
