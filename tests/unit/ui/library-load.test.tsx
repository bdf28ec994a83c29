// @vitest-environment happy-dom
// The library page's staged load: the newest screenful first, then the whole library page by
// page, with a "loading" state until then; what works on the whole set (select all shown, export
// of the filtered set, charts) waits for it; changes made meanwhile are not undone by pages read
// before them. Also the page's direct reads and their fallback to messages.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLibrary, openLibraryReader, restore } from '../../../lib/store';
import type { LibraryApi } from '../../../lib/ui/api';
import { withLocalReads } from '../../../lib/ui/local-reads';
import { NO_DEBOUNCE_UP_TO, SEARCH_DEBOUNCE_MS, searchDebounce } from '../../../lib/ui/library/useFilteredRows';
import { FIRST_PAGE } from '../../../lib/ui/library/useLibraryData';
import { bodyRows, fakeApi, loaded, manyRecords, renderLibrary, table } from './fixtures';

afterEach(cleanup);

const TOTAL = FIRST_PAGE * 3;

/** A fake API whose pages are read when asked (a snapshot), and delivered when `release` is called. */
function gatedApi() {
  const fake = fakeApi(manyRecords(TOTAL));
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const read = fake.api.listRecordsPage;
  fake.api.listRecordsPage = vi.fn(async (req) => {
    const page = await read(req);
    await gate;
    return page;
  });
  return { ...fake, release };
}

const status = () => within(screen.getByRole('search')).getByRole('status');
const newestId = `rec-${String(TOTAL - 1).padStart(5, '0')}`;

describe('staged load', () => {
  it('shows the newest screenful at once, "loading" until the rest is there, then everything', async () => {
    const { api, release } = gatedApi();
    renderLibrary(api);
    await loaded(FIRST_PAGE);
    expect(bodyRows()[0]!.getAttribute('data-id')).toBe(newestId);
    expect(table().getAttribute('aria-busy')).toBe('true');
    expect(status().textContent).toBe('Loading…');
    expect((screen.getByRole('checkbox', { name: /^Select all/ }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('Loading…', { selector: '.charts-loading' })).toBeTruthy();
    // A filter while loading: the filtered export waits for the whole library.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Breaches only' }));
    const filtered = screen.getByRole('option', { name: /^Filtered/ }) as HTMLOptionElement;
    expect(filtered.disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Breaches only' }));

    release();
    await loaded(TOTAL);
    expect(table().getAttribute('aria-busy')).toBeNull();
    expect(status().textContent).toBe(`${TOTAL} of ${TOTAL}`);
    expect(bodyRows()[0]!.getAttribute('data-id')).toBe(newestId); // the top did not move
    expect((screen.getByRole('checkbox', { name: /^Select all/ }) as HTMLInputElement).disabled).toBe(false);
    expect(await screen.findByRole('img', { name: /Incidents per month/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Breaches only' }));
    expect((screen.getByRole('option', { name: /^Filtered/ }) as HTMLOptionElement).disabled).toBe(false);
  });

  it('a small library is all in the first read: no pages, no loading state', async () => {
    const { api } = fakeApi(manyRecords(FIRST_PAGE - 1));
    renderLibrary(api);
    await loaded(FIRST_PAGE - 1);
    expect(api.listRecordsPage).not.toHaveBeenCalled();
    expect(table().getAttribute('aria-busy')).toBeNull();
    expect(status().textContent).toBe(`${FIRST_PAGE - 1} of ${FIRST_PAGE - 1}`);
  });

  it('search covers the whole library once it is loaded', async () => {
    const { api, release } = gatedApi();
    renderLibrary(api);
    await loaded(FIRST_PAGE);
    // rec-00000 is among the oldest: not in the first screenful.
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'お知らせ 0' } });
    await waitFor(() => expect(bodyRows().some((r) => r.getAttribute('data-id') === 'rec-00000')).toBe(false));
    release();
    await waitFor(() => expect(bodyRows().map((r) => r.getAttribute('data-id'))).toContain('rec-00000'));
  });

  it('an edit or a delete made while loading is not undone by pages read before it', async () => {
    const { api, state, release } = gatedApi();
    renderLibrary(api);
    await loaded(FIRST_PAGE);
    expect(api.listRecordsPage).toHaveBeenCalled(); // the page holding every record is already read
    const [top, second] = bodyRows();
    const topOrg = within(top!).getByRole('button', { name: /^Organisation:/ });
    fireEvent.click(topOrg);
    const input = screen.getByRole('textbox', { name: 'Organisation' });
    fireEvent.input(input, { target: { value: '編集後の組織' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(state.records.find((r) => r.id === newestId)?.org).toBe('編集後の組織'));
    const secondId = second!.getAttribute('data-id')!;
    fireEvent.click(within(second!).getByRole('button', { name: /^Delete/ }));
    await waitFor(() => expect(state.records.some((r) => r.id === secondId)).toBe(false));

    release();
    await loaded(TOTAL - 1);
    expect(table().getAttribute('aria-busy')).toBeNull();
    expect(screen.getByRole('button', { name: /^Organisation: 編集後の組織/ })).toBeTruthy();
    expect(bodyRows().some((r) => r.getAttribute('data-id') === secondId)).toBe(false);
  });

  it('a record removed elsewhere while loading goes once the pages show it is gone', async () => {
    const { api, state } = fakeApi(manyRecords(TOTAL));
    const read = api.listRecordsPage;
    api.listRecordsPage = vi.fn(async (req) => {
      state.records = state.records.filter((r) => r.id !== newestId); // another tab deleted it
      return read(req);
    });
    renderLibrary(api);
    await loaded(TOTAL - 1);
    expect(bodyRows()[0]!.getAttribute('data-id')).not.toBe(newestId);
  });

  it('a failed page says so, with a retry that loads everything', async () => {
    const { api } = fakeApi(manyRecords(TOTAL));
    const read = api.listRecordsPage;
    api.listRecordsPage = vi.fn().mockRejectedValueOnce(new Error('boom')).mockImplementation(read);
    renderLibrary(api);
    const alert = (await screen.findByText(/boom/)).closest('[role=alert]') as HTMLElement;
    expect(table().getAttribute('aria-busy')).toBeNull();
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await loaded(TOTAL);
    await waitFor(() => expect(screen.queryByText(/boom/)).toBeNull());
  });
});

describe('search debounce', () => {
  it('none for short lists (every keystroke filters), a short one for long lists', () => {
    expect(searchDebounce(0)).toBe(0);
    expect(searchDebounce(NO_DEBOUNCE_UP_TO)).toBe(0);
    expect(searchDebounce(NO_DEBOUNCE_UP_TO + 1)).toBe(SEARCH_DEBOUNCE_MS);
    expect(SEARCH_DEBOUNCE_MS).toBeLessThanOrEqual(80);
  });
});

describe('direct reads (withLocalReads)', () => {
  it('reads the first screenful and the pages from the database, everything else as messages', async () => {
    const factory = new IDBFactory();
    const owner = await openLibrary(factory, 'leakmark');
    const records = manyRecords(12);
    await restore(owner, records);
    const { api } = fakeApi(records);
    const local = withLocalReads(api, () => openLibraryReader(factory, 'leakmark'));
    const newest = await local.listNewest({ limit: 5 });
    expect(newest.records).toEqual((await api.listNewest({ limit: 5 })).records);
    const page = await local.listRecordsPage({ limit: 100 });
    expect(page.records.map((r) => r.id)).toEqual(records.map((r) => r.id).sort());
    expect(page.total).toBe(12);
    expect(api.listNewest).toHaveBeenCalledTimes(1); // only the comparison above
    expect(api.listRecordsPage).not.toHaveBeenCalled();
    await local.removeRecords({ ids: [records[0]!.id] });
    expect(api.removeRecords).toHaveBeenCalledTimes(1);
  });

  it('asks the background instead when the database cannot be read here, from then on', async () => {
    const { api } = fakeApi(manyRecords(3));
    const open = vi.fn(() => openLibraryReader(new IDBFactory(), 'leakmark')); // no library there
    const local: LibraryApi = withLocalReads(api, open);
    expect((await local.listNewest({ limit: 5 })).records).toHaveLength(3);
    expect((await local.listRecordsPage({ limit: 5 })).records).toHaveLength(3);
    expect(api.listNewest).toHaveBeenCalledTimes(1);
    expect(api.listRecordsPage).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledTimes(1);
  });
});
