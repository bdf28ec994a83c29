// The incident library in real Chromium: incidents saved from served seed pages (the pages' Save
// buttons and the popup's "Save all on this page") show in the library page; search and filters;
// an inline edit that persists; CSV and JSON exports captured as downloads; a truncated import
// refused with a clear message and no change; a wipe through bulk delete; the JSON imported back
// giving the same library; and the library page's speed with 10,000 incidents (printed only).
// Expected incidents come from the engine run on the same HTML, never hard-coded.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as wxtBrowser } from 'wxt/browser';
import { htmlToPageText } from '../../lib/html/visible-text';
import { extractIncidents } from '../../lib/pipeline';
import { CSV_COLUMNS, filterRecords, type IncidentRecord } from '../../lib/store';
import type { Incident } from '../../lib/types';
import {
  collectErrors,
  collectWorkerErrors,
  launch,
  libraryRecords,
  openLibraryPage,
  openPopup,
  leakmarkControl,
  PAGES_DIR,
  ROOT,
  serve,
  waitForTab,
  waitUntil,
  type Launched,
  type StaticServer,
  type StoredRecordLite,
} from './harness';
import { byId, exportFile, importFile, parseCsv, resultCount, shownRows, uiRecords } from './library-helpers';
import { measureLibrary10k } from './library-timing';

declare const chrome: typeof wxtBrowser;

const SHOTS = path.join(ROOT, '.output/e2e');
mkdirSync(SHOTS, { recursive: true });

function breachesOf(file: string): Incident[] {
  return extractIncidents(htmlToPageText(readFileSync(path.join(PAGES_DIR, file), 'utf8'))).filter((i) => i.is_breach);
}

/** Saved through the pages' own Save buttons, and through the popup's "Save all on this page". */
const SAVE_ON_PAGE = ['seed-000.html', 'seed-002.html'];
const SAVE_FROM_POPUP = 'seed-004.html';
const EXPECTED: Incident[] = [...SAVE_ON_PAGE, SAVE_FROM_POPUP].flatMap(breachesOf);

/** Row data of the whole library read from IndexedDB (sorted by id; full rows, index keys included). */
const rawLibrary = async () => byId(await libraryRecords());

let server: StaticServer;
let ext: Launched;
let workerErrors: string[];
let library: Page;
let libraryErrors: string[];

// State carried from one step to the next (the steps run in order, in one browser).
let records: IncidentRecord[] = [];
let edited: { id: string; org: string; tags: string[] } | null = null;
let beforeWipe: StoredRecordLite[] = [];
let exportedJson = '';

beforeAll(async () => {
  server = await serve();
  ext = await launch();
  workerErrors = collectWorkerErrors(ext.serviceWorker);
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openLibrary(): Promise<void> {
  if (!library || library.isClosed()) {
    library = await ext.context.newPage();
    libraryErrors = collectErrors(library);
  }
  await openLibraryPage(library);
  await library.getByRole('table', { name: 'Saved incidents' }).waitFor();
}

const searchBox = () => library.getByRole('searchbox', { name: 'Search' });
const orgCell = (org: string) => library.getByRole('button', { name: new RegExp(`^Organisation: ${escape(org)}( \\(|$)`) });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Wait until the table shows exactly `ids` (every row fits in the window here) and the count agrees. */
async function expectShown(expected: readonly (string | { id: string })[]): Promise<void> {
  const want = expected.map((x) => (typeof x === 'string' ? x : x.id)).sort();
  await expect.poll(async () => (await shownRows(library)).map((r) => r.id).sort(), { timeout: 5000 }).toEqual(want);
  expect((await resultCount(library))?.shown).toBe(want.length);
}

const idsOf = (list: readonly { id: string }[]) => list.map((r) => r.id).sort();

describe('incident library', () => {
  it('saves incidents from the pages (Save buttons) and the popup (Save all on this page)', async () => {
    expect(EXPECTED.length).toBeGreaterThanOrEqual(8);
    for (const file of SAVE_ON_PAGE) {
      const page = await ext.context.newPage();
      const errors = collectErrors(page);
      const url = server.url(file);
      await page.goto(url);
      expect(await waitForTab(url), `${file}: the content script reported`).not.toBeNull();
      const expected = breachesOf(file).length;
      // The toolbars are closed shadow roots: leakmarkControl (harness.ts) finds the buttons through
      // DevTools and clicks them with the real mouse.
      await expect.poll(() => leakmarkControl(page, 'save').count(), { timeout: 15_000 }).toBe(expected);
      const before = (await libraryRecords()).length;
      for (let i = 0; i < expected; i++) {
        const save = leakmarkControl(page, 'save', { index: i });
        expect(await save.textContent()).toMatch(/^(保存|Save)$/);
        await save.click();
        await expect.poll(() => save.textContent(), { timeout: 10_000 }).toMatch(/保存済み|Saved/);
      }
      expect(await waitUntil(async () => (await libraryRecords()).length === before + expected)).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    }

    // The popup, pinned to the tab of a third page, saves everything on it in one go.
    const page = await ext.context.newPage();
    const url = server.url(SAVE_FROM_POPUP);
    await page.goto(url);
    const tab = await waitForTab(url);
    expect(tab).not.toBeNull();
    const popup = await ext.context.newPage();
    const popupErrors = collectErrors(popup);
    await popup.setViewportSize({ width: 400, height: 720 });
    await openPopup(popup, `?tabId=${tab!.tabId}`);
    const expected = breachesOf(SAVE_FROM_POPUP);
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toContain(expected[0]!.org!);
    await popup.screenshot({ path: path.join(SHOTS, 'library-popup-before-save-all.png'), fullPage: true });
    const before = (await libraryRecords()).length;
    await popup.getByRole('button', { name: 'Save all on this page' }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: /Saved/ }).textContent()).toBe(`Saved ${expected.length} incident(s).`);
    expect((await libraryRecords()).length).toBe(before + expected.length);
    // Each listed incident now reads "saved"; the recent list shows them.
    await expect.poll(() => popup.getByLabel(/: saved$/).count()).toBe(expected.length);
    await popup.screenshot({ path: path.join(SHOTS, 'library-popup.png'), fullPage: true });
    expect(popupErrors).toEqual([]);
    await popup.close();
    await page.close();

    const stored = await libraryRecords();
    expect(stored).toHaveLength(EXPECTED.length);
    const key = (org: string | null, total: number | null) => `${org}|${total}`;
    expect(stored.map((r) => key(r.org, r.total_affected)).sort()).toEqual(EXPECTED.map((i) => key(i.org, i.total_affected)).sort());
  });

  it('shows every saved incident in the library with its organisation and total', async () => {
    await openLibrary();
    records = await uiRecords(library);
    expect(records).toHaveLength(EXPECTED.length);
    expect(await resultCount(library)).toEqual({ shown: records.length, total: records.length });
    await expectShown(records);
    const rows = await shownRows(library);
    for (const r of records) {
      const row = rows.find((x) => x.id === r.id);
      expect(row, `row of ${r.org}`).toBeDefined();
      expect(row!.org).toBe(r.org);
      const total = r.total_affected === null ? '—' : r.total_affected.toLocaleString('en-US');
      expect(row!.total.replace(/^≈/, '')).toBe(total);
    }
    // Newest save first (the default sort).
    const savedAt = (id: string) => records.find((r) => r.id === id)!.sources.map((s) => s.savedAt).sort().at(-1)!;
    const order = rows.map((r) => savedAt(r.id));
    expect(order).toEqual([...order].sort().reverse());
    // Japanese text reaches the page as typed (no mojibake), and the page's own title is set.
    expect(await library.locator('[role=table]').innerText()).toContain('島田市');
    expect(await library.title()).toBe('leakmark — Incident library');
  });

  it('searches and filters', async () => {
    const all = records.length;
    // Search: one organisation.
    await searchBox().fill('島田');
    await expectShown(records.filter((r) => r.org?.includes('島田')));
    // A word of a page title finds every incident read on that page (titles are searched too).
    await searchBox().fill('前橋');
    const maebashi = filterRecords(records, { text: '前橋' });
    expect(maebashi.map((r) => r.org)).toContain('前橋市教育委員会');
    await expectShown(maebashi);
    // Search in categories' Japanese labels and quotes: same answer as the store's own filter.
    await searchBox().fill('パスワード');
    const password = filterRecords(records, { text: 'パスワード' });
    expect(password.length).toBeGreaterThan(0);
    expect(password.length).toBeLessThan(all);
    await expectShown(password);
    // Nothing matches: the table says so.
    await searchBox().fill('該当なしの検索語zzz');
    await expect.poll(() => resultCount(library)).toEqual({ shown: 0, total: all });
    await expect(library.getByRole('table').getByText('No incident matches.').count()).resolves.toBe(1);
    await searchBox().fill('');
    await expectShown(records);

    // Cause filter.
    await library.getByRole('combobox', { name: 'Cause' }).selectOption('misdelivery');
    const misdelivery = records.filter((r) => r.cause === 'misdelivery');
    expect(misdelivery.length).toBeGreaterThan(0);
    await expectShown(misdelivery);
    // …and a category on top of it.
    await library.getByRole('combobox', { name: 'Data categories' }).selectOption('name');
    const both = misdelivery.filter((r) => r.categories.includes('name'));
    await expectShown(both);
    await library.getByRole('button', { name: 'Clear filters' }).click();
    await expectShown(records);

    // Published range.
    await library.getByLabel('Published from').fill('2023-01-01');
    const recent = records.filter((r) => r.published !== null && r.published >= '2023');
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(all);
    await expectShown(recent);
    await library.getByRole('button', { name: 'Clear filters' }).click();
    await expectShown(records);
  });

  it('edits the organisation and the tags inline; the edit is stored and shows as corrected after a reload', async () => {
    const target = records.find((r) => r.org === '前橋市教育委員会') ?? records[0]!;
    const newOrg = `${target.org}（群馬県）`;
    await orgCell(target.org!).click();
    const input = library.getByRole('textbox', { name: 'Organisation' });
    await input.fill(newOrg);
    await input.press('Enter');
    const stored = await waitUntil(async () => (await libraryRecords()).find((r) => r.id === target.id && r.org === newOrg));
    expect(stored, 'the new organisation reached the database').toBeTruthy();
    expect((stored as unknown as IncidentRecord).corrected.org).toBe(true);
    // Keyboard focus is back on the cell it edited.
    await expect.poll(() => library.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Organisation: .*（群馬県） \(corrected\)$/);

    // Tags: a free-text list (comma separated).
    const row = library.locator(`[role=row][data-id="${target.id}"]`);
    await row.getByRole('button', { name: /^Tags: / }).click();
    const tags = library.getByRole('textbox', { name: 'Tags' });
    await tags.fill('要確認, 自治体 ,要確認');
    await tags.press('Enter');
    const tagged = await waitUntil(async () => {
      const r = (await libraryRecords()).find((x) => x.id === target.id) as unknown as IncidentRecord | undefined;
      return r && r.tags.length ? r : null;
    });
    expect(tagged?.tags).toEqual(['要確認', '自治体']);
    edited = { id: target.id, org: newOrg, tags: ['要確認', '自治体'] };

    // The tag filter offers the new tags and finds the record.
    await library.getByRole('combobox', { name: 'Tags' }).selectOption('自治体');
    await expectShown([target.id]);
    await library.getByRole('button', { name: 'Clear filters' }).click();

    // After a reload the row shows the corrected value, marked ✎ corrected.
    await library.reload();
    await library.getByRole('table').waitFor();
    await expect.poll(() => orgCell(newOrg).count()).toBe(1);
    expect(await orgCell(newOrg).getAttribute('aria-label')).toBe(`Organisation: ${newOrg} (corrected)`);
    await expect(orgCell(newOrg).getByRole('img', { name: 'corrected' }).count()).resolves.toBe(1);
    const shown = (await shownRows(library)).find((r) => r.id === target.id)!;
    expect(shown.org).toBe(newOrg);
    expect(shown.tags).toContain('要確認');
    records = await uiRecords(library);
    await library.screenshot({ path: path.join(SHOTS, 'library.png') });
    // The detail panel of the same incident (sources, APPI section) for the screenshot review.
    await library.getByRole('button', { name: `Details of ${newOrg}` }).click();
    await library.getByRole('button', { name: 'Close details' }).first().waitFor();
    await library.screenshot({ path: path.join(SHOTS, 'library-detail.png') });
    await library.getByRole('button', { name: 'Close details' }).first().click();
  });

  it('exports CSV: UTF-8 with a BOM, a header row, one row per incident', async () => {
    const { filename, bytes } = await exportFile(library, 'csv');
    expect(filename).toMatch(/\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(records.length);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(rows.map((r) => r[col('id')]).sort()).toEqual(idsOf(records));
    for (const r of records) {
      const row = rows.find((x) => x[col('id')] === r.id)!;
      expect(row[col('org')]).toBe(r.org ?? '');
      expect(row[col('total_affected')]).toBe(r.total_affected === null ? '' : String(r.total_affected));
      expect(row[col('categories')]).toBe(r.categories.join(';'));
      expect(row[col('url')]).toBe(r.sources.map((s) => s.url).join(' '));
    }
    const editedRow = rows.find((x) => x[col('id')] === edited!.id)!;
    expect(editedRow[col('org')]).toBe(edited!.org);
    expect(editedRow[col('tags')]).toBe(edited!.tags.join(';'));
  });

  it('exports JSON with every field of every record', async () => {
    const { filename, bytes } = await exportFile(library, 'json');
    expect(filename).toMatch(/\.json$/);
    exportedJson = bytes.toString('utf8');
    writeFileSync(path.join(SHOTS, 'library-export.json'), bytes);
    const file = JSON.parse(exportedJson) as { format: string; version: number; exportedAt: string; incidents: IncidentRecord[] };
    expect(file.format).toBe('leakmark');
    expect(file.version).toBe(1);
    expect(Number.isNaN(Date.parse(file.exportedAt))).toBe(false);
    expect(byId(file.incidents)).toEqual(await uiRecords(library));
    const mine = file.incidents.find((r) => r.id === edited!.id)!;
    expect(mine.org).toBe(edited!.org);
    expect(mine.tags).toEqual(edited!.tags);
    expect(mine.corrected).toEqual({ org: true });
  });

  it('refuses a truncated JSON file with a clear message and changes nothing', async () => {
    const before = await rawLibrary();
    await importFile(library, 'truncated.json', exportedJson.slice(0, Math.floor(exportedJson.length / 2)));
    const alert = library.locator('.import-outcome[role=alert]');
    await alert.waitFor({ timeout: 10_000 });
    const message = await alert.innerText();
    expect(message).toContain('Nothing was imported.');
    expect(message).toMatch(/The file is not valid JSON \(is it truncated\?\)/);
    // The file's problem, not a generic failure of the extension.
    expect(message).not.toContain('Something went wrong');
    await library.screenshot({ path: path.join(SHOTS, 'library-import-error.png') });
    expect(await rawLibrary()).toEqual(before);
    expect(await resultCount(library)).toEqual({ shown: before.length, total: before.length });
    // A JSON file that is not an export: named as such, nothing changes either.
    await importFile(library, 'other.json', '{"hello": "world"}');
    await expect.poll(() => alert.innerText()).toMatch(/not a leakmark export/);
    expect(await rawLibrary()).toEqual(before);
    await alert.getByRole('button', { name: 'Close' }).click();
  });

  it('wipes the library through select all + Delete selected', async () => {
    beforeWipe = await rawLibrary();
    expect(beforeWipe).toHaveLength(records.length);
    await library.getByRole('checkbox', { name: `Select all ${records.length} shown` }).check();
    const bulk = library.getByRole('region', { name: 'Selected incidents' });
    await expect.poll(() => bulk.getByText(`${records.length} selected`).count()).toBe(1);
    await bulk.getByRole('button', { name: 'Delete selected' }).click();
    await expect.poll(() => library.getByRole('table').getByText(/The library is empty/).count()).toBe(1);
    expect(await resultCount(library)).toEqual({ shown: 0, total: 0 });
    expect(await libraryRecords()).toEqual([]);
    await expect.poll(() => library.getByText(`Deleted ${records.length} incident(s).`).count()).toBe(1);
    await library.reload();
    await library.getByRole('table').getByText(/The library is empty/).waitFor();
  });

  it('imports the exported JSON back: the same library as before the wipe', async () => {
    await importFile(library, 'leakmark-export.json', exportedJson);
    const status = library.locator('.import-outcome[role=status]');
    await status.waitFor({ timeout: 15_000 });
    expect(await status.innerText()).toContain(`Imported: ${beforeWipe.length} added, 0 updated.`);
    await expectShown(beforeWipe);
    // The stored rows are exactly the ones before the wipe: ids, facts, sources, edits, timestamps.
    expect(await rawLibrary()).toEqual(beforeWipe);
    await library.reload();
    await library.getByRole('table').waitFor();
    await expectShown(beforeWipe);
    expect(await orgCell(edited!.org).getAttribute('aria-label')).toBe(`Organisation: ${edited!.org} (corrected)`);
    const rows = await shownRows(library);
    for (const r of records) expect(rows.find((x) => x.id === r.id)?.org).toBe(r.org);
    // Importing the same file again adds nothing.
    await importFile(library, 'leakmark-export.json', exportedJson);
    await expect.poll(() => library.locator('.import-outcome').innerText()).toContain('Imported: 0 added, 0 updated.');
    expect(await rawLibrary()).toEqual(beforeWipe);
  });

  it('reads in Japanese when the language is switched (screenshot)', async () => {
    await library.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await expect.poll(() => library.getByRole('table').getAttribute('aria-label')).not.toBe('Saved incidents');
    await library.screenshot({ path: path.join(SHOTS, 'library-ja.png') });
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 400, height: 720 });
    await openPopup(popup);
    await popup.getByRole('button', { name: /ライブラリ/ }).first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    await popup.screenshot({ path: path.join(SHOTS, 'library-popup-ja.png'), fullPage: true });
    await popup.close();
    await library.getByRole('combobox').filter({ has: library.locator('option[value=auto]') }).selectOption('auto');
    await expect.poll(() => library.getByRole('table').getAttribute('aria-label')).toBe('Saved incidents');
  });

  it('logged no errors on the library page or in the service worker', () => {
    expect(libraryErrors).toEqual([]);
    expect(workerErrors).toEqual([]);
  });

  it.skipIf(process.env.LIBRARY_10K === '0')('measures the library page with 10,000 incidents (printed, not asserted)', async () => {
    // Start from an empty library so the page holds exactly the generated incidents.
    const ids = (await libraryRecords()).map((r) => r.id);
    await library.evaluate((list) => chrome.runtime.sendMessage({ type: 'removeRecords', data: { ids: list } }), ids);
    expect(await libraryRecords()).toEqual([]);
    const timing = await measureLibrary10k(ext.context, ext.extensionId);
    console.log(
      `library with ${timing.records} incidents: first row ${timing.renderMs} ms after navigation start (median of ${timing.renderSamples.join(', ')}); ` +
        `search ${timing.searchMs} ms without the ${timing.searchDebounceMs} ms debounce (${timing.searchWithDebounceMs} ms with it); ` +
        `whole library loaded after ${timing.loadMs} ms; ${timing.searchHits} hits; import of the file took ${timing.importMs} ms`,
    );
    expect(timing.records).toBe(10_000);
    expect(timing.searchHits).toBe(250);
    await openLibrary();
    await library.screenshot({ path: path.join(SHOTS, 'library-10k.png') });
  });
});
