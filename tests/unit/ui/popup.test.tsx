// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TabIncident } from '../../../lib/messaging/protocol';
import { fakeApi, fakeHost, FakeMessageError, makeIncident, makeRecord, renderPopup } from './fixtures';

afterEach(cleanup);

const detected = (): TabIncident[] => [
  {
    index: 0,
    incident: makeIncident({ org: '株式会社アルファ', total_affected: 12000, categories: ['name', 'credit_card_number'], cause: 'unauthorized_access',
      counts: [{ ...makeIncident().counts[0]!, value: 12000, numeric_approx: true, text: '約1万2千件' }] }),
    savedId: null,
    dismissed: false,
  },
  { index: 1, incident: makeIncident({ org: 'ベータ市', total_affected: 35, cause: 'misdelivery' }), savedId: 'rec-x', dismissed: false },
  { index: 2, incident: makeIncident({ org: '却下された組織' }), savedId: null, dismissed: true },
];

describe('popup', () => {
  it('lists what was detected on the active tab with total, chips, cause and save state', async () => {
    const { api } = fakeApi([], detected());
    renderPopup(api);
    expect(await screen.findByText('株式会社アルファ')).toBeTruthy();
    expect(api.tabState).toHaveBeenCalledWith({ tabId: 7 });
    expect(screen.getByText('≈12,000')).toBeTruthy();
    expect(screen.getByText('Card number')).toBeTruthy();
    expect(screen.getByText('Unauthorised access')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save 株式会社アルファ' })).toBeTruthy();
    expect(screen.getByLabelText('ベータ市: saved').textContent).toContain('Saved');
    expect(screen.queryByText('却下された組織')).toBeNull();
    expect(screen.getByRole('heading', { name: 'On this page (2)' })).toBeTruthy();
  });

  it('saves one incident through the API and shows it saved', async () => {
    const { api } = fakeApi([], detected());
    renderPopup(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Save 株式会社アルファ' }));
    await waitFor(() => expect(api.saveOnTab).toHaveBeenCalledWith({ tabId: 7, index: 0 }));
    expect(await screen.findByLabelText('株式会社アルファ: saved')).toBeTruthy();
    expect((await screen.findAllByRole('status')).some((s) => s.textContent === 'Saved 株式会社アルファ.')).toBe(true);
  });

  it('keeps the Save button and shows the reason when saving fails', async () => {
    const { api } = fakeApi([], detected());
    vi.mocked(api.saveOnTab).mockRejectedValueOnce(new FakeMessageError('full', 'quota'));
    renderPopup(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Save 株式会社アルファ' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/library is full/);
    expect(screen.getByRole('button', { name: 'Save 株式会社アルファ' })).toBeTruthy();
  });

  it('saves all on the page', async () => {
    const { api } = fakeApi([], detected());
    renderPopup(api);
    fireEvent.click(await screen.findByRole('button', { name: 'Save all on this page' }));
    await waitFor(() => expect(api.saveAllOnTab).toHaveBeenCalledWith({ tabId: 7 }));
    expect(await screen.findByLabelText('株式会社アルファ: saved')).toBeTruthy();
    expect(screen.getByText('Saved 1 incident(s).')).toBeTruthy();
  });

  it('shows the last 5 saved and searches the library', async () => {
    const records = Array.from({ length: 8 }, (_, i) => makeRecord(i, { org: i === 3 ? 'ガンマ病院' : `組織${i}` }));
    const { api } = fakeApi(records);
    const host = fakeHost();
    renderPopup(api, host);
    const recent = await screen.findByRole('heading', { name: 'Recently saved' });
    const section = recent.closest('section')!;
    await waitFor(() => expect(within(section).getAllByRole('button')).toHaveLength(5));
    expect(within(section).getAllByRole('button')[0]!.textContent).toContain('組織7'); // newest first
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search the library' }), { target: { value: 'ガンマ' } });
    expect(await screen.findByRole('heading', { name: 'Search results (1)' })).toBeTruthy();
    expect(api.listRecords).toHaveBeenLastCalledWith({ query: { text: 'ガンマ', sort: 'savedAt', order: 'desc' }, limit: 5 });
    fireEvent.click(screen.getByRole('button', { name: /ガンマ病院/ }));
    expect(host.openLibrary).toHaveBeenCalledWith('rec-00003');
  });

  it('switches pause and off-on-this-site through setSettings', async () => {
    const { api, state } = fakeApi();
    renderPopup(api);
    const pause = await screen.findByRole('switch', { name: 'Pause leakmark everywhere' });
    await waitFor(() => expect((pause as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(pause);
    await waitFor(() => expect(api.setSettings).toHaveBeenCalledWith({ patch: { paused: true } }));
    await screen.findByText('leakmark is paused: pages are not scanned.');
    const site = screen.getByRole('switch', { name: 'Off on www.example.co.jp' });
    fireEvent.click(site);
    await waitFor(() => expect(state.settings.disabledSites).toEqual(['www.example.co.jp']));
    await waitFor(() => expect((site as HTMLInputElement).checked).toBe(true));
    fireEvent.click(site);
    await waitFor(() => expect(state.settings.disabledSites).toEqual([]));
  });

  it("takes the site from the page's report when the tab's URL is hidden (no tabs permission)", async () => {
    const { api } = fakeApi([], detected());
    renderPopup(api, fakeHost({ id: 7, url: '' }));
    expect(await screen.findByRole('switch', { name: 'Off on www.example.co.jp' })).toBeTruthy();
  });

  it('offers no site switch on a non-web tab and opens the library', async () => {
    const { api } = fakeApi();
    vi.mocked(api.tabState).mockResolvedValue({ page: null, incidents: [] });
    const host = fakeHost({ id: 3, url: 'chrome://extensions/' });
    renderPopup(api, host);
    const site = await screen.findByRole('switch', { name: 'Off on this site (not a web page)' });
    expect((site as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Open library/ }));
    expect(host.openLibrary).toHaveBeenCalledWith();
  });

  it('shows an error banner, not a crash, without a background', async () => {
    const { api } = fakeApi();
    const broken = new TypeError("Cannot read properties of undefined (reading 'sendMessage')");
    vi.mocked(api.getSettings).mockRejectedValue(broken);
    vi.mocked(api.tabState).mockRejectedValue(broken);
    renderPopup(api);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Cannot reach the leakmark background/);
  });
});

describe('popup language', () => {
  it('follows settings.language over the browser language', async () => {
    const { api, state } = fakeApi([], detected());
    state.settings = { ...state.settings, language: 'ja' };
    renderPopup(api);
    expect(await screen.findByRole('button', { name: '株式会社アルファを保存' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'このページの検出（2件）' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('ja'));
  });
});
