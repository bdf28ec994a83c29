// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_PAGE, LOAD_PAGE } from '../../../lib/ui/library/useLibraryData';
import { fakeApi, makeRecord, manyRecords, renderLibrary, table, bodyRows, loaded } from './fixtures';

afterEach(cleanup);

describe('library table', () => {
  it('renders 10,000 incidents with only a window of rows in the DOM, and scrolls', async () => {
    const { api } = fakeApi(manyRecords(10_000));
    renderLibrary(api);
    await loaded(10_000);
    // The newest screenful first, then the whole library a page at a time (never one 10 MB answer).
    expect(api.listNewest).toHaveBeenCalledTimes(1);
    expect(api.listNewest).toHaveBeenCalledWith({ limit: FIRST_PAGE });
    expect(api.listRecords).not.toHaveBeenCalled();
    expect(api.listRecordsPage).toHaveBeenCalledTimes(10_000 / LOAD_PAGE);
    expect(table().getAttribute('aria-busy')).toBeNull();
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]!.getAttribute('aria-rowindex')).toBe('2');
    const tbody = table().querySelector('.tbody') as HTMLElement;
    expect(tbody.style.height).toBe(`${10_000 * 40}px`);

    table().scrollTop = 5000 * 40;
    fireEvent.scroll(table());
    await waitFor(() => expect(bodyRows().some((r) => r.getAttribute('aria-rowindex') === String(5000 + 2))).toBe(true));
    expect(bodyRows().length).toBeLessThan(60);
  });

  it('filters by text (debounced) and by category, cause and breaches only', async () => {
    const records = [
      makeRecord(1, { org: '株式会社アルファ', categories: ['medical'], cause: 'misdelivery' }),
      makeRecord(2, { org: 'ベータ市', categories: ['email'], cause: 'unauthorized_access' }),
      makeRecord(3, { org: 'ガンマ病院', categories: ['medical', 'name'], cause: 'loss_theft', is_breach: false }),
    ];
    const { api } = fakeApi(records);
    renderLibrary(api);
    await loaded(3);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'ベータ' } });
    await loaded(1);
    expect(bodyRows()[0]!.textContent).toContain('ベータ市');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '' } });
    await loaded(3);
    fireEvent.change(screen.getByRole('combobox', { name: 'Data categories' }), { target: { value: 'medical' } });
    await loaded(2);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Breaches only' }));
    await loaded(1);
    expect(screen.getByText('1 of 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await loaded(3);
    fireEvent.change(screen.getByRole('combobox', { name: 'Cause' }), { target: { value: 'loss_theft' } });
    await loaded(1);
    expect(bodyRows()[0]!.textContent).toContain('ガンマ病院');
  });

  it('sorts by a column header and toggles aria-sort', async () => {
    const records = [
      makeRecord(1, { org: 'B社', total_affected: 10 }),
      makeRecord(2, { org: 'A社', total_affected: 300 }),
      makeRecord(3, { org: 'C社', total_affected: 20 }),
    ];
    renderLibrary(fakeApi(records).api);
    await loaded(3);
    const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });
    expect(header('Saved').getAttribute('aria-sort')).toBe('descending');
    expect(header('Affected').getAttribute('aria-sort')).toBe('none');
    const orgs = () => bodyRows().map((r) => r.querySelector('.td-org')!.textContent);
    fireEvent.click(within(header('Affected')).getByRole('button'));
    await waitFor(() => expect(header('Affected').getAttribute('aria-sort')).toBe('descending'));
    expect(orgs()).toEqual(['A社', 'C社', 'B社']);
    expect(header('Saved').getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(header('Affected')).getByRole('button'));
    await waitFor(() => expect(header('Affected').getAttribute('aria-sort')).toBe('ascending'));
    expect(orgs()).toEqual(['B社', 'C社', 'A社']);
    fireEvent.click(within(header('Organisation')).getByRole('button'));
    await waitFor(() => expect(header('Organisation').getAttribute('aria-sort')).toBe('ascending'));
    expect(orgs()).toEqual(['A社', 'B社', 'C社']);
  });
});

describe('safety', () => {
  it('renders page-derived text that looks like HTML as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { api } = fakeApi([makeRecord(1, { org: evil, heading: evil }, { notes: evil, tags: [evil] })]);
    renderLibrary(api);
    await loaded(1);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getAllByText(evil).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: `Details of ${evil}` }));
    expect(await screen.findByRole('heading', { name: evil })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('[onerror]')).toBeNull();
  });
});

describe('charts', () => {
  it('draw accessible SVG charts of the filtered set', async () => {
    const records = [makeRecord(1, { published: '2024-01-05' }), makeRecord(2, { published: '2024-03-01' })];
    renderLibrary(fakeApi(records).api);
    await loaded(2);
    const chart = await screen.findByRole('img', { name: /Incidents per month/ });
    expect(chart.querySelectorAll('rect.bar')).toHaveLength(3);
    expect(chart.querySelector('title')!.textContent).toBe('Incidents per month');
  });
});

describe('language', () => {
  it('switches the UI language through setSettings', async () => {
    const { api } = fakeApi([makeRecord(1, { org: 'A社', cause: 'misdelivery' })]);
    renderLibrary(api);
    await loaded(1);
    expect(screen.getByRole('button', { name: /^Cause: Misdelivery/ })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'ja' } });
    await waitFor(() => expect(api.setSettings).toHaveBeenCalledWith({ patch: { language: 'ja' } }));
    expect(await screen.findByRole('button', { name: /^原因: 誤送信・誤送付/ })).toBeTruthy();
    expect(screen.getByRole('table', { name: '保存したインシデント' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('leakmark — インシデント・ライブラリ'));
  });
});
