// The highlight legend: a small box in the bottom-right corner of the viewport (open shadow root,
// page CSS kept out) with one swatch per kind of fact and a close button. It only shows on pages where
// something was highlighted, and stays out of the way: narrow, collapsible, above page content.
import type { LegendEntry } from '../dom/highlight-styles';
import type { Lang, PageStrings } from './strings';
import { applyShadowStyles } from './shadow-style';
import { keepOutOfPageText } from './toolbar';

export interface Legend {
  readonly host: HTMLElement;
  setCount(n: number): void;
  destroy(): void;
}

export const LEGEND_TAG = 'leakmark-legend';

const CSS = `
:host { all: initial; }
.box {
  box-sizing: border-box; max-width: 220px; padding: 6px 8px 6px 10px;
  font: 12px/1.5 system-ui, "Hiragino Sans", "Noto Sans JP", "Yu Gothic UI", "IPAGothic", sans-serif;
  color: #1f2937; background: rgba(255, 255, 255, 0.96); border: 1px solid #cbd5e1; border-radius: 8px;
  box-shadow: 0 2px 10px rgba(0, 0, 0, 0.15);
}
.head { display: flex; align-items: center; gap: 8px; justify-content: space-between; font-weight: 700; }
button { font: inherit; border: none; background: transparent; color: inherit; cursor: pointer; padding: 0 4px; border-radius: 4px; }
button:focus-visible { outline: 2px solid #2563eb; }
ul { list-style: none; margin: 4px 0 0; padding: 0; }
li { display: flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 2.2em; height: 1.1em; border-radius: 2px; text-align: center; font-size: 11px; line-height: 1.1em; }
@media (prefers-color-scheme: dark) {
  .box { color: #e5e7eb; background: rgba(31, 41, 55, 0.96); border-color: #475569; }
}
`;

export function createLegend(doc: Document, entries: readonly LegendEntry[], t: PageStrings, lang: Lang, shadowMode: ShadowRootMode = 'closed'): Legend {
  const host = doc.createElement(LEGEND_TAG);
  keepOutOfPageText(host);
  const fixed: Record<string, string> = {
    all: 'initial',
    position: 'fixed',
    right: '12px',
    bottom: '12px',
    'z-index': '2147483646',
    display: 'block',
  };
  for (const [prop, value] of Object.entries(fixed)) host.style.setProperty(prop, value, 'important');
  // Closed like the toolbars' roots: the page's scripts have no business in leakmark's UI.
  const root = host.attachShadow({ mode: shadowMode });
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'note');
  const head = doc.createElement('div');
  head.className = 'head';
  const title = doc.createElement('span');
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', t.legendClose);
  close.title = t.legendClose;
  close.addEventListener('click', () => host.style.setProperty('display', 'none', 'important'));
  head.append(title, close);
  const list = doc.createElement('ul');
  for (const entry of entries) {
    const li = doc.createElement('li');
    const swatch = doc.createElement('span');
    swatch.className = 'swatch';
    swatch.textContent = 'あA';
    swatch.style.background = entry.background;
    swatch.style.color = entry.color;
    swatch.style.textDecoration = `underline 2px ${entry.accent}`;
    const label = doc.createElement('span');
    label.textContent = entry.label[lang];
    li.append(swatch, label);
    list.append(li);
  }
  box.append(head, list);
  root.append(box);
  applyShadowStyles(root, doc, CSS);
  box.setAttribute('aria-label', 'leakmark');

  return {
    host,
    setCount(n) {
      title.textContent = t.legendTitle(n);
    },
    destroy() {
      host.remove();
    },
  };
}
