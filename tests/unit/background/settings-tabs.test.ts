import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addDismissal, loadDismissals, MAX_PER_PAGE } from '../../../lib/background/dismissals';
import { sanitizeSettings, siteEnabled, siteOf } from '../../../lib/background/settings';
import { badgeText, TabStates } from '../../../lib/background/tab-state';
import { local, noticeIncident, session, tabIncident } from './helpers';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('siteOf: host without www., null without one', () => {
    expect(siteOf('https://www.Example.co.jp/a?b')).toBe('example.co.jp');
    expect(siteOf('about:blank')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it.each<[string, Parameters<typeof sanitizeSettings>[0], boolean]>([
    ['on by default', {}, true],
    ['paused everywhere', { paused: true }, false],
    ['off on this site', { disabledSites: ['example.jp'] }, false],
    ['off on a parent domain', { disabledSites: ['jp'] }, false],
    ['off elsewhere only', { disabledSites: ['other.example'] }, true],
  ])('siteEnabled: %s', (_name, raw, expected) => {
    expect(siteEnabled(sanitizeSettings(raw), 'https://news.example.jp/1')).toBe(expected);
  });

  it('sanitizeSettings drops junk', () => {
    expect(sanitizeSettings({ paused: 'yes', disabledSites: [1, '', ' a.example '], language: 'xx', extra: 1 })).toEqual({
      paused: false,
      disabledSites: ['a.example'],
      language: 'auto',
    });
    expect(sanitizeSettings(null)).toEqual({ paused: false, disabledSites: [], language: 'auto' });
  });
});

describe('dismissals', () => {
  it('are kept per URL (fragment ignored), once each, newest MAX_PER_PAGE', async () => {
    await addDismissal(local(), 'https://a.example/x#1', '引用');
    await addDismissal(local(), 'https://a.example/x', '引用');
    expect(await loadDismissals(local(), 'https://a.example/x#2')).toEqual(['引用']);
    expect(await loadDismissals(local(), 'https://a.example/y')).toEqual([]);
    for (let i = 0; i < MAX_PER_PAGE + 5; i++) await addDismissal(local(), 'https://a.example/z', `q${i}`);
    const kept = await loadDismissals(local(), 'https://a.example/z');
    expect(kept).toHaveLength(MAX_PER_PAGE);
    expect(kept.at(-1)).toBe(`q${MAX_PER_PAGE + 4}`);
  });
});

describe('TabStates', () => {
  const page = { url: 'https://a.example/', title: '', pageHash: '' };

  it('badgeText counts breaches not dismissed, caps at 99+', () => {
    const b = noticeIncident();
    expect(badgeText([])).toBe('');
    expect(badgeText([tabIncident(b, 0), tabIncident({ ...b, is_breach: false }, 1)])).toBe('1');
    expect(badgeText(Array.from({ length: 120 }, (_, i) => tabIncident(b, i)))).toBe('99+');
  });

  it('clear() empties the badge and forgets the tab, in memory and in the session store', async () => {
    const tabs = new TabStates(fakeBrowser.action, session());
    await tabs.set(2, { page, incidents: [tabIncident(noticeIncident(), 0)] });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('1');
    await tabs.clear(2);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('');
    expect(await new TabStates(fakeBrowser.action, session()).get(2)).toBeNull();
  });

  it('works without storage.session and survives a badge call on a closed tab', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const action = { setBadgeText: vi.fn(async () => Promise.reject(new Error('No tab with id: 5'))) };
    const tabs = new TabStates(action, null);
    await expect(tabs.set(5, { page, incidents: [] })).resolves.toBeUndefined();
    expect((await tabs.get(5))?.page).toEqual(page);
    debug.mockRestore();
  });
});
