// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toJson } from '../../../lib/store';
import { fakeApi, fakeHost, makeRecord, renderLibrary, loaded } from './fixtures';

afterEach(cleanup);

describe('detail panel', () => {
  it('shows APPI triggers and the report deadlines once the discovery date is entered', async () => {
    const record = makeRecord(1, { org: 'デルタ病院', categories: ['medical', 'name'], cause: 'unauthorized_access', total_affected: 2400 });
    const { api } = fakeApi([record]);
    renderLibrary(api, fakeHost(), record.id);
    const panel = await screen.findByRole('complementary');
    expect(within(panel).getByText('Sensitive personal information (要配慮個人情報)')).toBeTruthy();
    expect(within(panel).getByText('Possibly done for an unlawful purpose (不正の目的)')).toBeTruthy();
    expect(within(panel).getByText('More than 1,000 people (1,000人超)')).toBeTruthy();
    expect(within(panel).getByText('Enter the discovery date to see the report deadlines.')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Edit Discovered' }));
    const date = within(panel).getByLabelText('Discovered');
    fireEvent.input(date, { target: { value: '2024-05-01' } });
    fireEvent.keyDown(date, { key: 'Enter' });
    await waitFor(() => expect(api.updateRecord).toHaveBeenCalledWith({ id: record.id, patch: { discovered: '2024-05-01' } }));
    expect(await within(panel).findByText(/2024-05-04 – 2024-05-06/)).toBeTruthy();
    expect(within(panel).getByText(/by 2024-06-30 \(within 60 days/)).toBeTruthy();
  });

  it('links each source with a text fragment of its quote', async () => {
    const record = makeRecord(1, { org: 'Q社' });
    renderLibrary(fakeApi([record]).api, fakeHost(), record.id);
    const panel = await screen.findByRole('complementary');
    const link = within(panel).getByRole('link', { name: /Open source page/ }) as HTMLAnchorElement;
    expect(link.getAttribute('href')).toMatch(/^https:\/\/news1\.example\.jp\/2024\/1\.html#:~:text=/);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('offers likely duplicates and merges them, keeping every source', async () => {
    const a = makeRecord(1, { org: '株式会社イータ', published: '2024-05-10', total_affected: 1000 });
    const b = makeRecord(2, { org: '(株)イータ', published: '2024-05-12', total_affected: 1000 });
    const { api, state } = fakeApi([a, b, makeRecord(3, { org: '別組織' })]);
    renderLibrary(api, fakeHost(), a.id);
    const panel = await screen.findByRole('complementary');
    fireEvent.click(await within(panel).findByRole('button', { name: 'Merge into this incident' }));
    await waitFor(() => expect(api.mergeRecords).toHaveBeenCalledWith({ keepId: a.id, otherIds: [b.id] }));
    await loaded(2);
    expect(state.records.find((r) => r.id === a.id)!.sources).toHaveLength(2);
    expect(await screen.findByText('Merged 2 incidents into one (2 sources kept).')).toBeTruthy();
    expect(await within(panel).findByText('No likely duplicate in the library.')).toBeTruthy();
  });
});

describe('import', () => {
  const choose = (text: string) => {
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    const file = new File([text], 'library.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
  };

  it('shows which record and which field made an import fail', async () => {
    const { api } = fakeApi([]);
    renderLibrary(api);
    await loaded(0);
    const bad = JSON.parse(toJson([makeRecord(1), makeRecord(2)]));
    bad.incidents[1].published = '2024年5月';
    choose(JSON.stringify(bad));
    const alert = (await screen.findByText('Nothing was imported.')).closest('[role="alert"]')!;
    expect(alert).toBeTruthy();
    expect(alert.textContent).toContain('incidents[1] (id "rec-00002")');
    expect(alert.textContent).toContain('field "published"');
  });

  it("shows the file's problem as the background words it (a refusal arrives as a thrown MessageError)", async () => {
    const { api } = fakeApi([]);
    // What sendToBackground makes of the answer { ok: false, error }: it throws the error text.
    const refusal = Object.assign(new Error('The file is not valid JSON (is it truncated?): Unexpected end of JSON input'), { name: 'MessageError', code: undefined });
    vi.mocked(api.importRecords).mockRejectedValueOnce(refusal);
    renderLibrary(api);
    await loaded(0);
    choose('{"format": "leakmark", "incidents": [');
    const alert = (await screen.findByText('Nothing was imported.')).closest('[role="alert"]')!;
    expect(alert.textContent).toContain('The file is not valid JSON (is it truncated?)');
    expect(alert.textContent).not.toContain('Something went wrong');
  });

  it('shows the counts and reloads after a good import', async () => {
    const { api } = fakeApi([]);
    renderLibrary(api);
    await loaded(0);
    choose(toJson([makeRecord(1), makeRecord(2)]));
    expect((await screen.findByText(/Imported:/)).textContent).toBe('Imported: 2 added, 0 updated.');
    await loaded(2);
  });
});
