// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, fakeHost, FakeMessageError, makeRecord, renderLibrary, table, rowOf, loaded } from './fixtures';

afterEach(cleanup);

describe('inline edit', () => {
  it('saves an edited org through updateRecord and marks it corrected', async () => {
    const { api } = fakeApi([makeRecord(1, { org: '株式会社アルファ' })]);
    renderLibrary(api);
    await loaded(1);
    fireEvent.click(screen.getByRole('button', { name: /^Organisation: 株式会社アルファ/ }));
    const input = screen.getByRole('textbox', { name: 'Organisation' });
    fireEvent.input(input, { target: { value: '株式会社アルファ商事' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(api.updateRecord).toHaveBeenCalledWith({ id: 'rec-00001', patch: { org: '株式会社アルファ商事' } }));
    const cell = await screen.findByRole('button', { name: 'Organisation: 株式会社アルファ商事 (corrected)' });
    expect(within(cell).getByRole('img', { name: 'corrected' }).textContent).toBe('✎');
  });

  it('edits total, categories and cause, and refuses text that does not parse', async () => {
    const { api, state } = fakeApi([makeRecord(1, { org: 'X社', total_affected: 5, categories: ['name'], cause: 'misdelivery' })]);
    renderLibrary(api);
    await loaded(1);
    fireEvent.click(screen.getByRole('button', { name: /^Affected: 5/ }));
    const total = screen.getByRole('textbox', { name: 'Affected' });
    fireEvent.input(total, { target: { value: '約100' } });
    fireEvent.keyDown(total, { key: 'Enter' });
    expect(within(total.parentElement!).getByRole('alert').textContent).toMatch(/whole number/);
    expect(total.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(total, { target: { value: '１，２００' } });
    fireEvent.blur(total);
    await waitFor(() => expect(state.records[0]!.total_affected).toBe(1200));

    fireEvent.click(screen.getByRole('button', { name: /^Data categories: Name/ }));
    const group = screen.getByRole('group', { name: 'Data categories' });
    fireEvent.click(within(group).getByRole('checkbox', { name: 'Medical' }));
    fireEvent.click(within(group).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(state.records[0]!.categories).toEqual(['name', 'medical']));

    fireEvent.click(screen.getByRole('button', { name: /^Cause: Misdelivery/ }));
    const cause = within(table()).getByRole('combobox', { name: 'Cause' });
    fireEvent.change(cause, { target: { value: 'loss_theft' } });
    fireEvent.blur(cause);
    await waitFor(() => expect(state.records[0]!.cause).toBe('loss_theft'));
    expect(state.records[0]!.corrected).toEqual({ total_affected: true, categories: true, cause: true });
    expect(await screen.findByRole('button', { name: 'Cause: Loss / theft (corrected)' })).toBeTruthy();
  });

  it('Escape cancels an edit without calling the API', async () => {
    const { api } = fakeApi([makeRecord(1, { org: 'X社' })]);
    renderLibrary(api);
    await loaded(1);
    fireEvent.click(screen.getByRole('button', { name: /^Organisation: X社/ }));
    const input = screen.getByRole('textbox', { name: 'Organisation' });
    fireEvent.input(input, { target: { value: 'Y社' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    const cell = screen.getByRole('button', { name: /^Organisation: X社/ });
    expect(api.updateRecord).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(cell)); // keyboard users keep their place
  });

  it('keeps an edit the background refused (quota) in the row, marked unsaved, and retries', async () => {
    const { api, state } = fakeApi([makeRecord(1, { org: 'X社' })]);
    vi.mocked(api.updateRecord).mockRejectedValueOnce(new FakeMessageError('QuotaExceededError', 'quota'));
    renderLibrary(api);
    await loaded(1);
    fireEvent.click(screen.getByRole('button', { name: /^Organisation: X社/ }));
    const input = screen.getByRole('textbox', { name: 'Organisation' });
    fireEvent.input(input, { target: { value: 'Z社' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect((await screen.findByText(/^Edit not saved/)).textContent).toMatch(/library is full/);
    const cell = await screen.findByRole('button', { name: 'Organisation: Z社 (not saved)' });
    expect(cell.className).toContain('unsaved');
    expect(state.records[0]!.org).toBe('X社');
    fireEvent.click(within(rowOf('Z社')).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(state.records[0]!.org).toBe('Z社'));
    expect(await screen.findByRole('button', { name: 'Organisation: Z社 (corrected)' })).toBeTruthy();
  });
});

describe('delete, undo and bulk actions', () => {
  it('deletes a row and undoes through restoreRecords', async () => {
    const { api, state } = fakeApi([makeRecord(1, { org: 'A社' }), makeRecord(2, { org: 'B社' })]);
    renderLibrary(api);
    await loaded(2);
    fireEvent.click(screen.getByRole('button', { name: 'Delete A社' }));
    await loaded(1);
    expect(api.removeRecords).toHaveBeenCalledWith({ ids: ['rec-00001'] });
    expect(screen.getByText('Deleted 1 incident(s).')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await loaded(2);
    expect(api.restoreRecords).toHaveBeenCalledWith({ records: [expect.objectContaining({ id: 'rec-00001' })] });
    expect(state.records).toHaveLength(2);
  });

  it('selects all shown, exports and deletes the selection', async () => {
    const host = fakeHost();
    const records = [makeRecord(1, { org: '病院A' }), makeRecord(2, { org: '病院B' }), makeRecord(3, { org: '市役所' })];
    const { api } = fakeApi(records);
    renderLibrary(api, host);
    await loaded(3);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: '病院' } });
    await loaded(2);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all 2 shown' }));
    const bar = await screen.findByRole('region', { name: 'Selected incidents' });
    expect(within(bar).getByText('2 selected')).toBeTruthy();
    fireEvent.click(within(bar).getByRole('button', { name: 'Export CSV (Excel)' }));
    await waitFor(() => expect(host.download).toHaveBeenCalled());
    expect(api.exportRecords).toHaveBeenCalledWith({ format: 'csv', ids: ['rec-00002', 'rec-00001'] });
    const csv = host.download.mock.calls[0]![0].content as string;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('病院A');
    expect(csv).not.toContain('市役所');
    fireEvent.click(within(bar).getByRole('button', { name: 'Delete selected' }));
    await waitFor(() => expect(api.removeRecords).toHaveBeenCalledWith({ ids: ['rec-00002', 'rec-00001'] }));
    expect(await screen.findByText('Deleted 2 incident(s).')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Selected incidents' })).toBeNull();
  });

  it('exports the whole library as JSON from the toolbar', async () => {
    const host = fakeHost();
    const { api } = fakeApi([makeRecord(1)]);
    renderLibrary(api, host);
    await loaded(1);
    fireEvent.change(screen.getByRole('combobox', { name: 'File format' }), { target: { value: 'json' } });
    fireEvent.click(within(screen.getByRole('group', { name: 'Export' })).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(host.download).toHaveBeenCalled());
    expect(api.exportRecords).toHaveBeenCalledWith({ format: 'json' });
  });
});
