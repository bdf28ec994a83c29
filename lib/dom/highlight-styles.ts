// The highlight palette: one colour per kind of fact, shared by the in-page highlights (CSS Custom
// Highlight API or <mark> fallback) and the legend. Light backgrounds with near-black text keep a
// contrast ratio above 10:1, whatever the page's own colours are.

export type HighlightKind = 'count' | 'category' | 'org' | 'cause';

/** Paint order: later kinds draw over earlier ones where ranges overlap (counts on top). */
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['cause', 'category', 'org', 'count'];

export interface LegendEntry {
  kind: HighlightKind;
  label: { ja: string; en: string };
  /** Highlight background. */
  background: string;
  /** Text colour on that background. */
  color: string;
  /** A darker shade of the hue for an underline or swatch border. */
  accent: string;
}

const ENTRIES: Record<HighlightKind, Omit<LegendEntry, 'kind'>> = {
  // amber-300 / amber-700
  count: { label: { ja: '件数・人数', en: 'Counts' }, background: '#fcd34d', color: '#1c1917', accent: '#b45309' },
  // sky-200 / sky-700
  category: { label: { ja: '情報の種類', en: 'Data categories' }, background: '#bae6fd', color: '#0c1a26', accent: '#0369a1' },
  // violet-200 / violet-700
  org: { label: { ja: '組織', en: 'Organisation' }, background: '#ddd6fe', color: '#1e1033', accent: '#6d28d9' },
  // rose-200 / rose-700
  cause: { label: { ja: '原因', en: 'Cause' }, background: '#fecdd3', color: '#2a0a10', accent: '#be123c' },
};

/** Legend rows in display order: count, category, org, cause. */
export function legendEntries(): LegendEntry[] {
  return (['count', 'category', 'org', 'cause'] as const).map((kind) => ({
    kind,
    ...ENTRIES[kind],
    label: { ...ENTRIES[kind].label },
  }));
}

/** The Highlight registry name of a kind, e.g. leakmark-count. */
export function highlightName(kind: HighlightKind): string {
  return `leakmark-${kind}`;
}

/** Attribute carried by fallback <mark> elements; its value is the kind. */
export const MARK_ATTRIBUTE = 'data-leakmark';

/**
 * Put on the element around each painted range (the shadow host for a range in a shadow tree). The
 * ::highlight rules only match inside such elements: a rule that can match every element makes
 * Chromium recompute the style of the whole document when the sheet is added (≈ 200 ms on a page of
 * 50,000 nodes), a rule scoped to an attribute nobody has yet costs nothing until the attribute is
 * set, and then only that element's subtree is restyled. Highlight styles are inherited (into shadow
 * trees too); the descendant selector covers engines that do not inherit them.
 */
export const HIGHLIGHT_SCOPE_ATTRIBUTE = 'data-leakmark-hl';

/**
 * Stylesheet for both paths: [scope] ::highlight(leakmark-*) and mark[data-leakmark=*]. Unscoped
 * (`scoped` false) for the sheet the manifest puts in every page before its first style
 * (assets/highlights.css, a test keeps the two equal): there a rule that can match every element costs
 * nothing, and painting later restyles nothing.
 */
export function highlightCss(scoped = true): string {
  const rules: string[] = [];
  const scope = scoped ? `[${HIGHLIGHT_SCOPE_ATTRIBUTE}]` : '';
  for (const kind of HIGHLIGHT_KINDS) {
    const { background, color, accent } = ENTRIES[kind];
    const name = highlightName(kind);
    rules.push(
      `${scope}::highlight(${name}), ${scope}${scoped ? ' ' : ''}*::highlight(${name}) { background-color: ${background}; color: ${color}; ` +
        `text-decoration: underline 2px ${accent}; text-underline-offset: 2px; }`,
      `mark[${MARK_ATTRIBUTE}="${kind}"] { all: unset; background-color: ${background} !important; ` +
        `color: ${color} !important; text-decoration: underline 2px ${accent}; text-underline-offset: 2px; ` +
        `border-radius: 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }`,
    );
  }
  return rules.join('\n');
}
