// The page experience of one tab: walk the page's text in chunks, have the background run the engine,
// paint the facts, put a toolbar (Save / Not a breach / Facts) before each breach incident, show the
// legend and the hover cards, and tell the background what was found (badge, popup). Globals and the
// messaging come in as parameters; everything it adds to the page goes away in clear() or on `signal`.
import { createCardHost, type CardHost } from '../dom/card';
import { legendEntries } from '../dom/highlight-styles';
import type { Highlighter } from '../dom/highlighter';
import { createShadowAwareHighlighter } from '../dom/shadow-styles';
import { describeRange } from '../dom/anchoring';
import { collectPageTextChunked, defaultYield, type CollectResult } from '../dom/page-text';
import type { TextMap } from '../dom/text-map';
import type { BackgroundProtocol, PageInfo, Req, Res, SelectionSource, TabIncident } from '../messaging/protocol';
import { sendPageForAnalysis } from '../messaging/upload';
import { sourceFromPage } from '../store/source';
import type { Incident, PageText } from '../types';
import { dismissedIndexes, dismissQuote } from './dismissals';
import { incidentSummary, type Explanation } from './explain';
import { incidentFacts, savedRecordFacts, type Fact } from './facts';
import { pageHash, pageHashSliced } from './hash';
import { startHoverCards } from './hover';
import { createLegend, type Legend } from './legend';
import { factPaintItems, toolbarPlacement } from './ranges';
import { matchSavedRecords, type SavedOrphan } from './revisit';
import { strings, type Lang } from './strings';
import { createIncidentToolbar, type IncidentToolbar, type PageUiOptions } from './toolbar';

export type Send = <K extends keyof BackgroundProtocol>(type: K, data: Req<K>) => Promise<Res<K>>;

export interface PageAppOptions {
  doc: Document;
  win: Window;
  signal: AbortSignal;
  send: Send;
  lang: Lang;
  /** Dismissal quotes stored for this URL. */
  loadDismissed?: (url: string) => Promise<string[]>;
  /** Page text walk (default: collectPageTextChunked over the document). */
  walk?: (doc: Document, signal: AbortSignal) => Promise<CollectResult>;
  highlighter?: () => Highlighter;
  cardHost?: () => CardHost;
  yieldFn?: () => Promise<unknown>;
  now?: () => number;
  /** Tests only: open shadow roots and untrusted events (production: closed roots, user events only). */
  ui?: PageUiOptions;
  /** The page holds the highlight rules from its start (HighlighterOptions.documentStyles). */
  documentStyles?: boolean;
  /** Default LARGE_PAGE_CHARS. */
  largePageChars?: number;
}

/**
 * Pages with more text than this get highlights only: no toolbars and no legend in the page (the badge
 * and the popup list its incidents, with Save). Anything inserted into the flow of such a page makes
 * Chromium lay the whole page out again: 110–420 ms in one task on a 5 MB page, more than the 50 ms a
 * page may be held for. Highlights (CSS Custom Highlight API) change no DOM and cost nothing.
 */
export const LARGE_PAGE_CHARS = 400_000;

export type ScanOutcome = 'unchanged' | 'repainted' | 'scanned' | 'aborted';

interface ScanState {
  page: PageText;
  map: TextMap;
  hash: string;
  url: string;
  title: string;
  engineVersion: string;
  incidents: Incident[];
  savedIds: Map<number, string>;
  dismissed: Set<number>;
  orphans: SavedOrphan[];
}

export interface PageApp {
  /** Walk, analyze and paint; `force` re-analyzes even when the text did not change. */
  scan(opts?: { force?: boolean }): Promise<ScanOutcome>;
  /** Save every breach incident not saved or dismissed yet; returns how many were saved now. */
  saveAll(): Promise<number>;
  /** Save incident `index` of the current scan (popup's per-incident save). */
  saveIndex(index: number): Promise<Res<'saveIncident'>>;
  /** Scroll to (and focus the toolbar of) the incident held by a saved record. */
  reveal(recordId: string): Promise<boolean>;
  /** Where the current selection is in the page text (context-menu save). */
  selectionSource(text: string): Promise<SelectionSource>;
  /** Remove everything leakmark added to the page and tell the background the tab has nothing. */
  clear(report?: boolean): void;
  /** Breach incidents painted now (for tests). */
  readonly painted: number;
}

/** Incidents worth a toolbar and highlights: breaches the user has not dismissed. */
function shown(state: ScanState): number[] {
  const out: number[] = [];
  state.incidents.forEach((inc, i) => {
    if (inc.is_breach && !state.dismissed.has(i)) out.push(i);
  });
  return out;
}

/** Log at debug level and go on: nothing leakmark does may throw into the page. */
const quiet = (what: string) => (err: unknown) => console.debug(`leakmark: ${what}`, err);

function guard(what: string, fn: () => void): void {
  try {
    fn();
  } catch (err) {
    quiet(what)(err);
  }
}

export function createPageApp(opts: PageAppOptions): PageApp {
  const { doc, win, signal, send, lang } = opts;
  const t = strings(lang);
  const palette = legendEntries();
  const walk = opts.walk ?? ((d, s) => collectPageTextChunked(d, { signal: s }));
  const yieldFn = opts.yieldFn ?? defaultYield;
  const now = opts.now ?? (() => win.performance?.now() ?? Date.now());
  const loadDismissed = opts.loadDismissed ?? (async () => []);

  let state: ScanState | null = null;
  let highlighter: Highlighter | null = null;
  let card: CardHost | null = null;
  let legend: Legend | null = null;
  const toolbars = new Map<number, IncidentToolbar>();
  const explanations = new Map<string, Explanation>();
  const factById = new Map<string, Fact>();
  let painted = 0;
  let renderToken = 0;
  let scanning: Promise<ScanOutcome> | null = null;

  let hovering = false;

  const getCard = () => (card ??= (opts.cardHost ?? (() => createCardHost(doc)))());

  function pageInfo(s: ScanState): PageInfo {
    return { url: s.url, title: s.title, pageHash: s.hash };
  }

  function tabIncidents(s: ScanState): TabIncident[] {
    return s.incidents.map((incident, index) => ({
      index,
      incident,
      savedId: s.savedIds.get(index) ?? null,
      dismissed: s.dismissed.has(index),
    }));
  }

  async function report(s: ScanState): Promise<void> {
    try {
      await send('reportPage', { page: pageInfo(s), incidents: tabIncidents(s) });
    } catch (err) {
      console.debug('leakmark: report', err);
    }
  }

  function removeUi(): void {
    renderToken++;
    highlighter?.clear();
    for (const bar of toolbars.values()) bar.destroy();
    toolbars.clear();
    legend?.destroy();
    legend = null;
    card?.hide();
    explanations.clear();
    factById.clear();
    painted = 0;
  }

  function showFact(fact: Fact | null, item: HTMLElement | null): void {
    const c = getCard();
    if (!fact || !state) return c.hide();
    const range = state.map.toRange(fact.start, fact.end, doc);
    const rect = range?.getBoundingClientRect() ?? item?.getBoundingClientRect();
    if (!rect) return;
    c.show({ title: fact.explanation.title, lines: fact.explanation.lines, anchorRect: rect });
  }

  function scrollToFact(fact: Fact): void {
    const range = state?.map.toRange(fact.start, fact.end, doc);
    const el = range?.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  /** Paint highlights and insert toolbars, yielding every ~8 ms so the page never stalls. */
  async function render(s: ScanState): Promise<void> {
    removeUi();
    const token = renderToken;
    highlighter ??= (opts.highlighter ?? (() => createShadowAwareHighlighter(doc, win, { documentStyles: opts.documentStyles })))();
    if (!hovering) {
      hovering = true;
      const explain = (id: string) => explanations.get(id) ?? null;
      startHoverCards({ doc, win, highlighter: () => highlighter, card: getCard(), explain, signal });
    }
    // Toolbars and the legend only on a page whose layout they cannot hold up (LARGE_PAGE_CHARS).
    const inPage = s.page.text.length <= (opts.largePageChars ?? LARGE_PAGE_CHARS);
    let deadline = now() + 8;
    const pause = async () => {
      if (now() < deadline) return true;
      highlighter?.flush();
      await yieldFn();
      deadline = now() + 8;
      return token === renderToken && !signal.aborted;
    };

    for (const i of shown(s)) {
      const incident = s.incidents[i]!;
      const facts = incidentFacts(incident, i, lang);
      paint(facts, s);
      const place = inPage ? toolbarPlacement(s.map, incident.heading_span, incident.span) : null;
      if (place) {
        const bar = createIncidentToolbar(doc, {
          strings: t,
          label: t.incidentLabel(incident.org, i),
          summary: incidentSummary(incident, lang),
          facts,
          palette,
          onSave: () => void saveOne(i),
          onDismiss: () => void dismissOne(i).catch(quiet('dismiss')),
          onFactFocus: (fact, item) => guard('card', () => showFact(fact, item)),
          onFactActivate: (fact) => guard('scroll', () => scrollToFact(fact)),
          ui: opts.ui,
        });
        if (s.savedIds.has(i)) bar.setSaveState('saved');
        place.parent.insertBefore(bar.host, place.before);
        toolbars.set(i, bar);
      }
      painted++;
      if (!(await pause())) return;
    }
    for (const orphan of s.orphans) {
      paint(savedRecordFacts(s.page.text, orphan, orphan.record, lang), s);
      if (!(await pause())) return;
    }
    highlighter.flush();
    if (inPage && (painted > 0 || s.orphans.length > 0)) {
      legend = createLegend(doc, palette, t, lang, opts.ui?.shadowMode);
      legend.setCount(painted);
      (doc.body ?? doc.documentElement).appendChild(legend.host);
    }
  }

  function paint(facts: readonly Fact[], s: ScanState): void {
    for (const fact of facts) {
      explanations.set(fact.id, fact.explanation);
      factById.set(fact.id, fact);
    }
    for (const [kind, items] of factPaintItems(facts, s.map, doc)) highlighter?.paint(kind, items);
  }

  /** Save incident i of the current scan (again: the store merges a re-save into the same record). */
  async function saveIndex(i: number): Promise<Res<'saveIncident'>> {
    const s = state;
    const incident = s?.incidents[i];
    if (!s || !incident) throw new Error(`No incident ${i} on this page.`);
    const bar = toolbars.get(i);
    bar?.setSaveState('saving');
    try {
      const source = sourceFromPage(s.page.text, incident.span, {
        url: s.url,
        title: s.title,
        pageHash: s.hash,
        engineVersion: s.engineVersion,
      });
      const result = await send('saveIncident', { page: pageInfo(s), incident, source });
      s.savedIds.set(i, result.record.id);
      bar?.setSaveState('saved');
      return result;
    } catch (err) {
      bar?.setSaveState('error');
      throw err;
    }
  }

  async function saveOne(i: number): Promise<boolean> {
    if (!state || state.savedIds.has(i)) return false;
    try {
      await saveIndex(i);
      return true;
    } catch (err) {
      console.debug('leakmark: save', err);
      return false;
    }
  }

  async function dismissOne(i: number): Promise<void> {
    const s = state;
    const incident = s?.incidents[i];
    if (!s || !incident) return;
    s.dismissed.add(i);
    try {
      await send('dismiss', { url: s.url, index: i, quote: dismissQuote(s.page.text, incident) });
    } catch (err) {
      console.debug('leakmark: dismiss', err);
    }
    if (state === s) await render(s);
  }

  /** Has the page taken away nodes leakmark painted on or put its toolbars in? */
  function paintedStale(): boolean {
    for (const bar of toolbars.values()) if (!bar.host.isConnected) return true;
    return highlighter?.stale() ?? false;
  }

  async function doScan(force: boolean): Promise<ScanOutcome> {
    const { page, map } = await walk(doc, signal);
    if (signal.aborted) return 'aborted';
    const hash = await pageHashSliced(page.text, yieldFn);
    if (signal.aborted) return 'aborted';
    const url = doc.location?.href ?? '';
    if (!force && state && state.hash === hash && state.url === url) {
      // Same text, but a framework may have re-rendered it with new nodes: the painted ranges and the
      // toolbars then hang on detached nodes. Repaint from the new walk without asking the engine
      // again (the text, hence the analysis, is the same); mutation rescans stay debounced and capped.
      if (!paintedStale()) return 'unchanged';
      state = { ...state, page, map };
      await render(state);
      return signal.aborted ? 'aborted' : 'repainted';
    }
    const [analysis, saved, quotes] = await Promise.all([
      // Big pages go up in parts: one huge message is one long task on the page's thread.
      sendPageForAnalysis<Res<'analyze'>>((type, data) => send(type, data as never), page, { signal, yieldFn }),
      send('savedForUrl', { url }).catch(() => ({ records: [] })),
      loadDismissed(url).catch(() => [] as string[]),
    ]);
    if (signal.aborted) return 'aborted';
    const incidents = analysis.incidents;
    const match = matchSavedRecords(page, url, incidents, saved.records);
    const next: ScanState = {
      page,
      map,
      hash,
      url,
      title: doc.title ?? '',
      engineVersion: analysis.engineVersion,
      incidents,
      savedIds: match.savedIds,
      dismissed: dismissedIndexes(page.text, incidents, quotes),
      orphans: match.orphans,
    };
    state = next;
    await render(next);
    if (signal.aborted) return 'aborted';
    await report(next);
    return 'scanned';
  }

  signal.addEventListener('abort', () => {
    try {
      removeUi();
      card?.destroy();
    } catch {
      // the page is going away
    }
  });

  return {
    async scan({ force = false } = {}) {
      while (scanning) await scanning.catch(() => undefined);
      scanning = doScan(force);
      try {
        return await scanning;
      } finally {
        scanning = null;
      }
    },
    async saveAll() {
      await scanning?.catch(() => undefined);
      const s = state;
      if (!s) return 0;
      let saved = 0;
      for (const i of shown(s)) if (!s.savedIds.has(i) && (await saveOne(i))) saved++;
      return saved;
    },
    async saveIndex(index) {
      await scanning?.catch(() => undefined);
      return saveIndex(index);
    },
    async reveal(recordId) {
      await scanning?.catch(() => undefined);
      const s = state;
      if (!s) return false;
      for (const [i, id] of s.savedIds) {
        if (id !== recordId) continue;
        const bar = toolbars.get(i);
        if (bar) {
          bar.host.scrollIntoView({ block: 'start', behavior: 'smooth' });
          bar.focus();
          bar.host.style.setProperty('outline', '3px solid #f59e0b', 'important');
          win.setTimeout(() => bar.host.style.removeProperty('outline'), 1500);
          return true;
        }
        const range = s.map.toRange(s.incidents[i]!.span[0], s.incidents[i]!.span[1], doc);
        range?.startContainer.parentElement?.scrollIntoView({ block: 'start', behavior: 'smooth' });
        return !!range;
      }
      const orphan = s.orphans.find((o) => o.record.id === recordId);
      const range = orphan ? s.map.toRange(orphan.start, orphan.end, doc) : null;
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return !!range;
    },
    async selectionSource(text) {
      const { page, map } = await walk(doc, signal);
      let start: number | null = null;
      let end: number | null = null;
      const selection = win.getSelection?.();
      if (selection && selection.rangeCount > 0 && !selection.isCollapsed) {
        const r = selection.getRangeAt(0);
        start = map.fromPoint(r.startContainer, r.startOffset);
        end = map.fromPoint(r.endContainer, r.endOffset);
      }
      if (start === null || end === null || end <= start) {
        const at = text ? page.text.indexOf(text) : -1;
        if (at < 0) return { found: false };
        [start, end] = [at, at + text.length];
      }
      const described = describeRange(page, start, end);
      return {
        found: true,
        page: { url: doc.location?.href ?? '', title: doc.title ?? '', pageHash: pageHash(page.text) },
        text: page.text.slice(start, end),
        quote: { exact: described.quote.exact, prefix: described.quote.prefix, suffix: described.quote.suffix },
        position: { start, end },
      };
    },
    clear(reportEmpty = true) {
      removeUi();
      const s = state;
      state = null;
      if (reportEmpty && s) void report({ ...s, incidents: [], savedIds: new Map(), dismissed: new Set(), orphans: [] });
    },
    get painted() {
      return painted;
    },
  };
}
