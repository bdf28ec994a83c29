// "Not a breach" dismissals, per page URL, in storage.local (key dismissed:<normalized url>), as the
// short quotes lib/page/dismissals.ts makes. Bounded: the newest MAX_PER_PAGE quotes per page.
import { normalizeUrl } from '../store/normalize';
import type { StorageAreaLike } from './storage';

export const DISMISSED_PREFIX = 'dismissed:';
export const MAX_PER_PAGE = 100;

export function dismissalKey(url: string): string {
  return DISMISSED_PREFIX + normalizeUrl(url);
}

export async function loadDismissals(area: StorageAreaLike, url: string): Promise<string[]> {
  const key = dismissalKey(url);
  const raw = (await area.get(key))[key];
  return Array.isArray(raw) ? raw.filter((q): q is string => typeof q === 'string') : [];
}

export async function addDismissal(area: StorageAreaLike, url: string, quote: string): Promise<string[]> {
  const q = quote.trim();
  const list = await loadDismissals(area, url);
  if (!q || list.includes(q)) return list;
  const next = [...list, q].slice(-MAX_PER_PAGE);
  await area.set({ [dismissalKey(url)]: next });
  return next;
}
