// The small toolbar in front of each breach incident on a page: Save (保存 / Save → 保存済み / Saved),
// Not a breach (誤検出), and a Facts toggle listing the highlighted facts as focusable buttons (the
// keyboard way to the explanations: focusing one shows its card next to the highlighted text).
// It lives in a closed shadow root on its own host element, placed before the heading's block: the
// page's text and styles are untouched, and all text goes in through textContent. The page's own
// scripts share this DOM, so they must neither press these buttons (Save writes into the user's
// library) nor read them ("Saved" tells what is in it): the root is closed (only this module holds
// it), and the buttons act on trusted events only — the user's clicks, and Enter/Space on a focused
// button, which the browser turns into a trusted click.
import type { HighlightKind, LegendEntry } from '../dom/highlight-styles';
import type { Fact } from './facts';
import { applyShadowStyles } from './shadow-style';
import type { PageStrings } from './strings';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface ToolbarOptions {
  strings: PageStrings;
  /** Incident label (organisation or "Incident 2"), used in the group's accessible name. */
  label: string;
  /** One-line summary shown next to the buttons. */
  summary: string;
  facts: readonly Fact[];
  palette: readonly LegendEntry[];
  onSave(): void;
  onDismiss(): void;
  /** A fact item got focus (show its card) or lost it (null). */
  onFactFocus(fact: Fact | null, item: HTMLElement | null): void;
  /** A fact item was activated (scroll its text into view). */
  onFactActivate(fact: Fact): void;
  /** Tests only (happy-dom has no trusted events, and looks inside): see PageUiOptions. */
  ui?: PageUiOptions;
}

/** How leakmark's UI is exposed: closed roots and trusted events only, unless a unit test says so. */
export interface PageUiOptions {
  /** Default 'closed'. */
  shadowMode?: ShadowRootMode;
  /** Default: the event's isTrusted (a page script's click() or dispatchEvent is not). */
  trusted?: (event: Event) => boolean;
}

export const isUserEvent = (event: Event): boolean => event.isTrusted;

export interface IncidentToolbar {
  readonly host: HTMLElement;
  setSaveState(state: SaveState): void;
  /** Focus the save button (reveal from the library). */
  focus(): void;
  destroy(): void;
}

export const TOOLBAR_TAG = 'leakmark-toolbar';

/**
 * Our UI must never be read as the page's text (the walker enters open shadow roots). The walker
 * skips subtrees with the `hidden` attribute; the host's inline `display: … !important` keeps it
 * rendered (and in the accessibility tree, which follows rendering).
 */
export function keepOutOfPageText(host: HTMLElement): void {
  host.setAttribute('hidden', '');
}

const CSS = `
:host { all: initial; display: block !important; margin: 4px 0 !important; }
.bar {
  display: flex; flex-wrap: wrap; align-items: center; gap: 6px; box-sizing: border-box;
  font: 12px/1.4 system-ui, "Hiragino Sans", "Noto Sans JP", "Yu Gothic UI", "IPAGothic", sans-serif;
  color: #1f2937; background: #f8fafc; border: 1px solid #cbd5e1; border-left: 3px solid #b45309;
  border-radius: 6px; padding: 3px 6px; max-width: 100%;
}
.brand { font-weight: 700; color: #92400e; }
.summary { color: #334155; overflow-wrap: anywhere; }
button {
  font: inherit; color: #1f2937; background: #ffffff; border: 1px solid #94a3b8; border-radius: 4px;
  padding: 1px 8px; cursor: pointer; line-height: 1.5;
}
button:hover { background: #f1f5f9; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
button.save { border-color: #b45309; font-weight: 600; }
button.save[data-state="saved"] { background: #dcfce7; border-color: #15803d; color: #14532d; cursor: default; }
button.save[data-state="error"] { background: #fee2e2; border-color: #b91c1c; color: #7f1d1d; }
ul { list-style: none; margin: 4px 0 0; padding: 0; flex-basis: 100%; display: flex; flex-direction: column; gap: 2px; }
ul[hidden] { display: none; }
li button { text-align: left; width: 100%; border-color: #e2e8f0; display: flex; gap: 6px; align-items: baseline; }
.swatch { flex: none; width: 10px; height: 10px; border-radius: 2px; border: 1px solid; }
@media (prefers-color-scheme: dark) {
  .bar { color: #e5e7eb; background: #1f2937; border-color: #475569; border-left-color: #f59e0b; }
  .brand { color: #fbbf24; } .summary { color: #cbd5e1; }
  button { color: #e5e7eb; background: #111827; border-color: #64748b; }
  button:hover { background: #374151; }
}
`;

export function createIncidentToolbar(doc: Document, opts: ToolbarOptions): IncidentToolbar {
  const { strings: t } = opts;
  const host = doc.createElement(TOOLBAR_TAG);
  keepOutOfPageText(host);
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', 'block', 'important');
  const root = host.attachShadow({ mode: opts.ui?.shadowMode ?? 'closed' });
  const trusted = opts.ui?.trusted ?? isUserEvent;

  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  const bar = el('div', 'bar');
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', t.toolbar(opts.label));
  const brand = el('span', 'brand', 'leakmark');
  const summary = el('span', 'summary', opts.summary);

  const save = el('button', 'save', t.save);
  save.type = 'button';
  save.dataset.state = 'idle';
  let state: SaveState = 'idle';
  save.addEventListener('click', (e) => {
    e.stopPropagation();
    if (!trusted(e)) return;
    if (state === 'idle' || state === 'error') opts.onSave();
  });

  const dismiss = el('button', 'dismiss', t.dismiss);
  dismiss.type = 'button';
  dismiss.addEventListener('click', (e) => {
    e.stopPropagation();
    if (!trusted(e)) return;
    opts.onDismiss();
  });

  const list = el('ul', '');
  list.hidden = true;
  list.id = 'facts';
  const colour = new Map<HighlightKind, LegendEntry>(opts.palette.map((p) => [p.kind, p]));
  for (const fact of opts.facts) {
    const li = el('li', '');
    const item = el('button', 'fact');
    item.type = 'button';
    item.dataset.kind = fact.kind;
    const swatch = el('span', 'swatch');
    const p = colour.get(fact.kind);
    if (p) {
      swatch.style.background = p.background;
      swatch.style.borderColor = p.accent;
    }
    item.append(swatch, el('span', '', `${fact.text} — ${fact.explanation.lines.join(' / ')}`));
    item.addEventListener('focus', () => opts.onFactFocus(fact, item));
    item.addEventListener('blur', () => opts.onFactFocus(null, null));
    item.addEventListener('click', (e) => {
      e.stopPropagation();
      if (!trusted(e)) return;
      opts.onFactActivate(fact);
      opts.onFactFocus(fact, item);
    });
    li.append(item);
    list.append(li);
  }

  const toggle = el('button', 'toggle', t.facts(opts.facts.length));
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', 'facts');
  toggle.addEventListener('click', (e) => {
    e.stopPropagation();
    if (!trusted(e)) return;
    list.hidden = !list.hidden;
    toggle.setAttribute('aria-expanded', String(!list.hidden));
  });

  bar.append(brand, save, dismiss);
  if (opts.facts.length) bar.append(toggle);
  bar.append(summary, list);
  root.append(bar);
  applyShadowStyles(root, doc, CSS);

  return {
    host,
    setSaveState(next) {
      state = next;
      save.dataset.state = next;
      save.textContent = { idle: t.save, saving: t.saving, saved: t.saved, error: t.saveFailed }[next];
      if (next === 'saved' || next === 'saving') save.setAttribute('aria-disabled', 'true');
      else save.removeAttribute('aria-disabled');
    },
    focus() {
      save.focus();
    },
    destroy() {
      host.remove();
    },
  };
}
