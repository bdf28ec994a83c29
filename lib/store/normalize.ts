// Normalisation used to compare what the library stores: organisation names, quotes, URLs, spans.
// Pure string functions; the store builds its index keys (by-org-key, by-url, by-quote) from them,
// so changing one of them needs a schema upgrade step that recomputes the keys.

/** NFKC, lower case, whitespace runs collapsed to one space and trimmed: the base of every comparison. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

// Legal-form words that one notice writes and another omits (NFKC has already turned ㈱ into (株)).
const LEGAL_FORMS = /株式会社|\(株\)|有限会社|\(有\)|合同会社|\(同\)/g;

/**
 * Organisation key: NFKC, no spaces, no 株式会社/(株)/有限会社/(有)/合同会社, lower case.
 * 「株式会社 サンプル」, 「(株)サンプル」 and 「㈱サンプル」 all give 「サンプル」.
 */
export function normalizeOrg(org: string | null | undefined): string {
  if (!org) return '';
  return org.normalize('NFKC').replace(/\s+/g, '').replace(LEGAL_FORMS, '').toLowerCase();
}

/** Quote comparison text: NFKC, lower case, every whitespace removed (page layouts differ in spacing). */
export function normalizeQuote(quote: string): string {
  return quote.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** cyrb53: a fast 53-bit string hash, good enough to key quotes in one person's library. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Index key of a quote ('' when the quote is empty after normalisation). Length is part of the key. */
export function quoteKey(quote: string): string {
  const norm = normalizeQuote(quote);
  return norm ? `${norm.length.toString(36)}:${hash53(norm)}` : '';
}

/** URL key: the fragment (#…) is dropped, scheme and host lower-cased; unparsable URLs are kept as typed. */
export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    u.hash = '';
    return u.href;
  } catch {
    return url.trim();
  }
}

/** Half-open spans [start, end) share at least one character (an empty span counts as one character). */
export function spansOverlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < Math.max(b.end, b.start + 1) && b.start < Math.max(a.end, a.start + 1);
}

/** Order-preserving union of string lists without duplicates. */
export function unionStrings(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  for (const list of lists) for (const item of list) seen.add(item);
  return [...seen];
}
