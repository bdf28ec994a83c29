// Rendering rules for the text walker: which children a node shows (open shadow roots replace light
// children, slots show what is assigned to them), which elements start a line, and how whitespace
// collapses. Kept in step with lib/html/visible-text.ts.

/** Elements that start and end a line (a table's row is a line: its cells are CELL_TAGS). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  ('address article aside blockquote body caption center dd details dialog dir div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol ' +
    'p pre listing xmp plaintext section summary table tbody tfoot thead tr ul').split(' '),
);
/** Table cells: each a block of its own on its row's line, a tab before every cell but a row's first (as innerText). */
export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);
export const PRE_TAGS: ReadonlySet<string> = new Set(['pre', 'listing', 'xmp', 'plaintext']);
export const KIND_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/** Children in the rendered tree: an open shadow root replaces light children; slots show what they get. */
export function renderedChildren(node: Node): ArrayLike<Node> {
  if (node.nodeType === 1) {
    const el = node as Element;
    if (el.shadowRoot) return el.shadowRoot.childNodes;
    if (el.localName === 'slot' && typeof (el as HTMLSlotElement).assignedNodes === 'function') {
      const assigned = (el as HTMLSlotElement).assignedNodes();
      if (assigned.length > 0) return assigned;
    }
  }
  return node.childNodes;
}

/** Collapsed whitespace: ASCII whitespace and NBSP, never U+3000 (a visible character in Japanese). */
export const WS = /[ \t\n\r\f\u00a0]+/g;
export const LINE_BREAK = /[\n\r]/;
/** East Asian wide characters: a line break between two of them renders as nothing. */
export const WIDE_CHAR =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
