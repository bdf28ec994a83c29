// Helpers for the library page in real Chromium: the rows the table shows, the result count,
// exports captured as downloads, imports through the page's file input, and the library's records
// as the UI gets them (listRecords: no derived index keys).
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { browser as wxtBrowser } from 'wxt/browser';
import type { IncidentRecord } from '../../lib/store';

declare const chrome: typeof wxtBrowser;

export interface ShownRow {
  id: string;
  org: string;
  total: string;
  cause: string;
  tags: string;
}

/** The rows the table has in the DOM (virtualised: the visible window), top to bottom. */
export async function shownRows(page: Page): Promise<ShownRow[]> {
  return page.evaluate(() => {
    const text = (row: Element, col: string) => (row.querySelector(`[role=cell].td-${col}`) as HTMLElement | null)?.innerText.trim() ?? '';
    return [...document.querySelectorAll('[role=table] [role=row][data-id]')]
      .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
      .map((row) => ({
        id: row.getAttribute('data-id')!,
        // The org cell also holds the ✎ mark; keep the name only.
        org: (row.querySelector('[role=cell].td-org .cell-button > span:first-child') as HTMLElement | null)?.innerText.trim() ?? '',
        total: text(row, 'total').replace(/✎/g, '').trim(),
        cause: text(row, 'cause').replace(/✎/g, '').trim(),
        tags: text(row, 'tags'),
      }));
  });
}

/** The filters' "N of M" status as numbers. */
export async function resultCount(page: Page): Promise<{ shown: number; total: number } | null> {
  const text = (await page.locator('[role=search] [role=status]').textContent()) ?? '';
  const m = /([\d,]+)\D+([\d,]+)/.exec(text);
  return m ? { shown: Number(m[1]!.replace(/,/g, '')), total: Number(m[2]!.replace(/,/g, '')) } : null;
}

/** Every record, as the library page gets it from the background (sorted by id). */
export async function uiRecords(page: Page): Promise<IncidentRecord[]> {
  const res = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'listRecords', data: {} }) as Promise<{ records: IncidentRecord[] }>);
  return [...res.records].sort((a, b) => (a.id < b.id ? -1 : 1));
}

export interface Downloaded {
  filename: string;
  bytes: Buffer;
}

/** Pick format and scope in the toolbar, press Export, and capture the file the browser downloads. */
export async function exportFile(page: Page, format: 'csv' | 'json' | 'veris', scope: 'all' | 'filtered' | 'selected' = 'all'): Promise<Downloaded> {
  await page.getByRole('combobox', { name: 'What to export' }).selectOption(scope);
  await page.getByRole('combobox', { name: 'File format' }).selectOption(format);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }),
    page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  const file = await download.path();
  return { filename: download.suggestedFilename(), bytes: await readFile(file) };
}

/** Choose a file in the page's "Import JSON…" control. */
export async function importFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  await page.locator('label.file-button input[type=file]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  });
}

export { parseCsv } from '../support/csv';

export const byId = <T extends { id: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
