// Formatting for the UI: totals with ≈, dates, hostnames, text-fragment links, and parsing what
// the user types into the inline editors. Pure.
import type { StoredCount } from '../store';
import { isPageUrl } from '../store/source';
import type { Lang } from './i18n';

type CountLike = Pick<StoredCount, 'victim' | 'numeric_approx' | 'value'>;

/**
 * The total is approximate when the victim count it comes from is numerically imprecise (約, 最大,
 * 以上, 数万…). A hedge alone (可能性, おそれ) does not make 1,234名 approximate, so `numeric_approx`
 * is used rather than `approx` (which the CSV export's ≈ column uses and which most notices set).
 */
export function isApproxTotal(counts: readonly CountLike[], total: number | null): boolean {
  if (total === null) return false;
  const victims = counts.filter((c) => c.victim);
  const same = victims.filter((c) => c.value === total);
  return (same.length ? same : victims).some((c) => c.numeric_approx);
}

const GROUPS = /\B(?=(\d{3})+(?!\d))/g;

/**
 * 1234567 → '1,234,567' (both UI languages group by thousands with a comma). Whole numbers are
 * grouped here: the first toLocaleString of a page loads ICU's number data (~20 ms) and each call
 * costs ~30 µs, which the library's first rows would pay.
 */
export function formatNumber(n: number, lang: Lang): string {
  if (Number.isSafeInteger(n)) return String(n).replace(GROUPS, ',');
  return n.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US');
}

/** '≈1,200', '1,234', or '—' when unknown. */
export function formatTotal(total: number | null, approx: boolean, lang: Lang): string {
  if (total === null) return '—';
  return `${approx ? '≈' : ''}${formatNumber(total, lang)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO date-time as local 'YYYY-MM-DD HH:mm' ('' when empty or unparsable). */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Today as a local ISO date. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

/** Characters of the quote put into a #:~:text= link (Chrome scrolls to and marks the first match). */
export const TEXT_FRAGMENT_CHARS = 40;

// Chrome only matches a text directive on word boundaries, so the snippet is cut at the last word
// boundary within the limit (Intl.Segmenter uses the same ICU rules), else after punctuation.
const BREAK_AFTER = /[\s、。，．,.!?！？」』）)]/u;

let segmenter: Intl.Segmenter | null | undefined;

/** The page's one Japanese word segmenter (null without Intl.Segmenter). */
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('ja', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/**
 * Make the word segmenter ready now: its first use loads ICU's dictionary (~25 ms), which the
 * library page would otherwise pay while rendering its first rows' source links.
 */
export function warmUpTextFragments(): void {
  const words = wordSegmenter();
  if (words) for (const _ of words.segment('個人情報の漏えい')) void _;
}

function cutAtBoundary(line: string, limit: number): string {
  const chars = [...line];
  if (chars.length <= limit) return line;
  let cut = 0;
  const words = wordSegmenter();
  if (words) {
    for (const { index, segment } of words.segment(line)) {
      const end = [...line.slice(0, index + segment.length)].length;
      if (end > limit) break;
      cut = end;
    }
  } else {
    chars.slice(0, limit).forEach((c, i) => {
      if (BREAK_AFTER.test(c)) cut = i + 1;
    });
  }
  return chars.slice(0, cut >= limit / 4 ? cut : limit).join('').trim();
}

/**
 * The source URL with a text fragment of the quote's first ~40 characters (its first non-empty
 * line: a directive does not match across blocks). Reserved characters (- , &) are escaped; an
 * existing #fragment is kept, an existing :~: directive replaced.
 */
/**
 * The link for "open source page": the page at its quote, or null when the stored address is not a
 * page (an imported javascript: or data: URL is shown as text, never made a live link).
 */
export function sourceHref(url: string, quote: string): string | null {
  return isPageUrl(url) ? textFragmentUrl(url, quote) : null;
}

export function textFragmentUrl(url: string, quote: string): string {
  const line = quote
    .split(/\r?\n/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .find((s) => s !== '');
  const base = url.replace(/:~:.*$/s, '');
  if (!line) return base;
  const snippet = cutAtBoundary(line, TEXT_FRAGMENT_CHARS);
  const directive = `:~:text=${encodeURIComponent(snippet).replace(/-/g, '%2D')}`;
  return base.includes('#') ? `${base}${directive}` : `${base}#${directive}`;
}

/** What the user typed as a total: '' → null; digits with , or full-width forms → integer. */
export function parseTotal(input: string): { value: number | null } | { error: 'number' } {
  const text = input.normalize('NFKC').replace(/[,\s]/g, '').replace(/[名人件]$/, '');
  if (text === '') return { value: null };
  if (!/^\d+$/.test(text)) return { error: 'number' };
  const value = Number(text);
  return Number.isSafeInteger(value) ? { value } : { error: 'number' };
}

/**
 * A date typed as 2024-05-10, 2024/5/10, 2024.5 or 2024 (full-width too) → ISO (YYYY, YYYY-MM or
 * YYYY-MM-DD); '' → null. `full` asks for a whole date (the discovery date drives deadlines).
 */
export function parseDateInput(input: string, full = false): { value: string | null } | { error: 'date' } {
  const text = input.normalize('NFKC').trim();
  if (text === '') return { value: null };
  const m = /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?$/.exec(text);
  if (!m) return { error: 'date' };
  const [, y, mo, d] = m;
  if (full && !d) return { error: 'date' };
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return { error: 'date' };
  if (d) {
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (date.getUTCDate() !== Number(d)) return { error: 'date' };
  }
  return { value: [y, mo && pad(Number(mo)), d && pad(Number(d))].filter(Boolean).join('-') };
}

/** Tags typed as a list separated by commas (、，, too). */
export function parseTags(input: string): string[] {
  return input
    .split(/[,、，]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
