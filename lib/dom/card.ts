// A small explanation card floating next to a highlight. It lives in a shadow root on its own host
// element: `all: initial` on the host keeps the page's CSS out, the card's own stylesheet stays inside.
// All text goes in through textContent, so page text like <img onerror=…> shows up as text.

export interface CardContent {
  title: string;
  lines: readonly string[];
  /** Viewport rectangle to place the card next to (a highlight's getBoundingClientRect()). */
  anchorRect: { left: number; top: number; right: number; bottom: number };
}

export interface CardHost {
  /** The element in the page (for tests and z-order checks). */
  readonly host: HTMLElement;
  show(content: CardContent): void;
  hide(): void;
  /** Remove the host from the page. */
  destroy(): void;
}

export interface CardHostOptions {
  /** Shadow root mode; tests use 'open' to look inside. */
  mode?: ShadowRootMode;
}

const GAP = 6;
const MARGIN = 8;

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  top: '0px',
  left: '0px',
  'z-index': '2147483647',
  display: 'none',
};

const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; max-width: 320px; min-width: 160px; padding: 8px 10px;
  font: 13px/1.5 system-ui, "Hiragino Sans", "Noto Sans JP", "Yu Gothic UI", sans-serif;
  color: #1a1a1a; background: #ffffff; border: 1px solid #d4d4d8; border-radius: 6px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18); overflow-wrap: anywhere; text-align: left;
}
.title { font-weight: 600; margin: 0 0 4px; }
.line { margin: 0; white-space: pre-wrap; }
@media (prefers-color-scheme: dark) {
  .card { color: #f4f4f5; background: #27272a; border-color: #52525b; }
}
`;

/** Where the card goes: below the anchor, or above when it does not fit; always inside the viewport. */
export function placeCard(
  anchor: CardContent['anchorRect'],
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  let top = anchor.bottom + GAP;
  if (top + size.height > viewport.height - MARGIN && anchor.top - GAP - size.height >= MARGIN) {
    top = anchor.top - GAP - size.height;
  }
  const left = Math.min(anchor.left, viewport.width - MARGIN - size.width);
  return {
    left: Math.max(MARGIN, left),
    top: Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - size.height)),
  };
}

export function createCardHost(doc: Document = document, opts: CardHostOptions = {}): CardHost {
  const host = doc.createElement('leakmark-card');
  for (const [prop, value] of Object.entries(HOST_STYLE)) host.style.setProperty(prop, value, 'important');
  const root = host.attachShadow({ mode: opts.mode ?? 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const card = doc.createElement('div');
  card.className = 'card';
  card.setAttribute('role', 'tooltip');
  const title = doc.createElement('div');
  title.className = 'title';
  const body = doc.createElement('div');
  card.append(title, body);
  root.append(style, card);

  return {
    host,
    show({ title: heading, lines, anchorRect }) {
      title.textContent = heading;
      body.replaceChildren(
        ...lines.map((text) => {
          const p = doc.createElement('p');
          p.className = 'line';
          p.textContent = text;
          return p;
        }),
      );
      if (!host.isConnected) (doc.body ?? doc.documentElement).appendChild(host);
      host.style.setProperty('display', 'block', 'important');
      host.style.setProperty('visibility', 'hidden', 'important'); // measure before showing
      const box = card.getBoundingClientRect();
      const view = doc.defaultView;
      const viewport = {
        width: view?.innerWidth || doc.documentElement.clientWidth || 1024,
        height: view?.innerHeight || doc.documentElement.clientHeight || 768,
      };
      const { left, top } = placeCard(anchorRect, { width: box.width, height: box.height }, viewport);
      host.style.setProperty('left', `${Math.round(left)}px`, 'important');
      host.style.setProperty('top', `${Math.round(top)}px`, 'important');
      host.style.setProperty('visibility', 'visible', 'important');
    },
    hide() {
      host.style.setProperty('display', 'none', 'important');
    },
    destroy() {
      host.remove();
    },
  };
}
