// User settings (global pause, sites where leakmark is off, UI language) in storage.local under one
// key. Read by the background (getSettings/setSettings) and directly by content scripts, which also
// watch the key to react when the user flips a switch.
import { DEFAULT_SETTINGS, type Settings } from '../messaging/protocol';
import type { StorageAreaLike } from './storage';

export const SETTINGS_KEY = 'settings';

/** Hostname of a URL, lower case, without a leading "www."; null for URLs without a host. */
export function siteOf(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host ? host.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** A well-formed Settings from whatever was stored (unknown fields dropped, bad values defaulted). */
export function sanitizeSettings(raw: unknown): Settings {
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const sites = Array.isArray(obj.disabledSites) ? obj.disabledSites : [];
  const clean = sites
    .filter((s): s is string => typeof s === 'string')
    .map((s) => (siteOf(s.includes('://') ? s : `https://${s.trim()}`) ?? '').trim())
    .filter((s) => s !== '');
  return {
    paused: typeof obj.paused === 'boolean' ? obj.paused : DEFAULT_SETTINGS.paused,
    disabledSites: [...new Set(clean)],
    language: obj.language === 'ja' || obj.language === 'en' || obj.language === 'auto' ? obj.language : DEFAULT_SETTINGS.language,
  };
}

export async function loadSettings(area: StorageAreaLike): Promise<Settings> {
  const got = await area.get(SETTINGS_KEY);
  return sanitizeSettings(got[SETTINGS_KEY]);
}

export async function updateSettings(area: StorageAreaLike, patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings(area)), ...patch });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Is leakmark on for this URL: not paused, and its site (or a parent domain) not switched off? */
export function siteEnabled(settings: Settings, url: string): boolean {
  if (settings.paused) return false;
  const site = siteOf(url);
  if (!site) return true;
  return !settings.disabledSites.some((d) => site === d || site.endsWith(`.${d}`));
}
