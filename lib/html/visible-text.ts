// HTML → the page's visible text (PageText) on the Node/CLI side, without a DOM.
//
// We drive htmlparser2's Tokenizer directly instead of its Parser: the Parser keeps its open-element
// stack with Array#unshift/indexOf, which is quadratic in nesting depth (10 MB of nested <div> takes
// minutes). Our own stack is a pair of arrays with O(1) push/pop and a per-name open count, so hostile
// input stays linear. The Tokenizer still does the hard lexing: raw text in script/style/textarea/title,
// entity decoding, comments, broken attributes.
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import type { Block, PageText } from '../types';

type BlockKind = Block['kind'];

/** Elements whose content is never rendered as text. */
const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'audio', 'video', 'select', 'datalist', 'textarea', 'input', 'map', 'frameset', 'noembed', 'noframes',
  // <title> is read separately and placed first; a second <title> is not rendered.
  'title',
]);

/** What may stand in <head>; anything else there means the head has ended (tag omitted in the source). */
const HEAD_CONTENT: ReadonlySet<string> = new Set([
  'title', 'meta', 'link', 'style', 'script', 'noscript', 'base', 'template', 'object',
]);

/** Elements that start and end a line. A table's row is a line; its cells are apart by tabs (CELL_ELEMENTS). */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
/** Table cells: each a block of its own on its row's line, a tab before every cell but a row's first (as innerText). */
const CELL_ELEMENTS: ReadonlySet<string> = new Set(['td', 'th']);

/** Elements with no content and no end tag. */
const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link',
  'meta', 'param', 'source', 'track', 'wbr',
]);

const HEADING_KINDS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const P_CLOSERS = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'ul', 'li', 'dd', 'dt', 'menu',
]);
/** Opening the key element closes an open element of these names at the top of the stack (HTML's implied end tags, simplified). */
const IMPLIED_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ...[...P_CLOSERS].map((tag): [string, ReadonlySet<string>] => [tag, new Set(['p'])]),
  ['li', new Set(['li', 'p'])],
  ['dt', new Set(['dt', 'dd', 'p'])],
  ['dd', new Set(['dt', 'dd', 'p'])],
  ['tr', new Set(['tr', 'td', 'th'])],
  ['td', new Set(['td', 'th'])],
  ['th', new Set(['td', 'th'])],
  ['tbody', new Set(['tbody', 'thead', 'tr', 'td', 'th'])],
  ['tfoot', new Set(['tbody', 'thead', 'tr', 'td', 'th'])],
  ['option', new Set(['option'])],
  ['body', new Set(['head'])],
]);

/**
 * Inline style that hides an element. Must match: display:none, "display : none !important", visibility:hidden.
 * Must not match: display:none-ish custom properties (--display:none), display:inline.
 */
const HIDDEN_STYLE = /(?:^|[;{\s])(?<prop>display\s*:\s*none|visibility\s*:\s*hidden)\b/iu;

/**
 * Whitespace collapsed outside <pre>: ASCII whitespace and no-break space. Must not match U+3000 (the
 * ideographic space is a visible character in Japanese text).
 */
const COLLAPSIBLE_SPACE = /[ \t\n\r\f\u00a0]+/gu;

/** East Asian wide characters: a line break between two of them renders as nothing (CSS segment-break rules). */
const WIDE_CHAR = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

interface ElementState {
  /** Content is not rendered (skipped element or hidden ancestor). */
  skip: boolean;
  /** Skipped for a reason other than being inside <head> (a <title> here is not the page title). */
  skipHard: boolean;
  pre: boolean;
  /** Innermost heading/list-item ancestor, if any. */
  kind: BlockKind | null;
  /** Inside svg/math, where `<x/>` closes the element. */
  foreign: boolean;
  title: boolean;
}

const ROOT_STATE: ElementState = { skip: false, skipHard: false, pre: false, kind: null, foreign: false, title: false };

function isHidden(attrs: Record<string, string>): boolean {
  if ('hidden' in attrs) return true;
  if ((attrs['aria-hidden'] ?? '').trim().toLowerCase() === 'true') return true;
  if (attrs.type !== undefined && attrs.type.trim().toLowerCase() === 'hidden') return true;
  const style = attrs.style;
  return style !== undefined && HIDDEN_STYLE.test(style);
}

class TextBuilder {
  private readonly parts: string[] = [];
  length = 0;
  private lastChar = '';
  private newlineRun = 0;
  /** 0: none; 1: a space; 2: whitespace containing a line break (dropped between wide characters). */
  private pendingSpace: 0 | 1 | 2 = 0;
  private segStart = -1;
  private segEnd = -1;
  private segKind: BlockKind = 'p';
  readonly blocks: Block[] = [];

  private append(s: string): void {
    if (s === '') return;
    this.parts.push(s);
    this.length += s.length;
    this.lastChar = s[s.length - 1]!;
  }

  /** Collapsing text (outside pre). */
  text(raw: string, kind: BlockKind | null): void {
    const collapsed = raw.replace(COLLAPSIBLE_SPACE, (ws) => (/[\n\r]/u.test(ws) ? '\n' : ' '));
    let i = 0;
    while (i < collapsed.length) {
      const c = collapsed[i]!;
      if (c === ' ' || c === '\n') {
        const kindOfSpace = c === '\n' ? 2 : 1;
        // A plain space anywhere in the run wins over a line break.
        this.pendingSpace = this.pendingSpace === 1 || kindOfSpace === 1 ? 1 : 2;
        i++;
        continue;
      }
      let j = i + 1;
      while (j < collapsed.length && collapsed[j] !== ' ' && collapsed[j] !== '\n') j++;
      this.word(collapsed.slice(i, j), kind);
      i = j;
    }
  }

  private word(w: string, kind: BlockKind | null): void {
    if (this.pendingSpace !== 0 && this.length > 0 && this.lastChar !== '\n') {
      const dropBreak = this.pendingSpace === 2 && WIDE_CHAR.test(this.lastChar) && WIDE_CHAR.test(w[0]!);
      if (!dropBreak) this.append(' ');
    }
    this.pendingSpace = 0;
    this.content(w, kind);
  }

  private content(s: string, kind: BlockKind | null): void {
    if (this.segStart < 0) {
      this.segStart = this.length;
      this.segKind = kind ?? 'p';
    }
    this.append(s);
    this.newlineRun = 0;
    this.segEnd = this.length;
  }

  /** Text inside pre: kept as written, line breaks included. */
  preText(raw: string, kind: BlockKind | null): void {
    const lines = raw.replace(/\r\n?/gu, '\n').split('\n');
    lines.forEach((line, n) => {
      if (n > 0) this.lineBreak();
      if (line !== '') {
        this.pendingSpace = 0;
        this.content(line, kind);
      }
    });
  }

  /** A <br> or a line break in pre: always a new line, but at most one empty line in a row. */
  lineBreak(): void {
    this.pendingSpace = 0;
    if (this.length === 0 || this.newlineRun >= 2) return;
    this.append('\n');
    this.newlineRun++;
  }

  /** A table cell starts (`first`: the row's first) or ends (`first` true, nothing written): close the current block; a tab before a later cell. */
  cell(first: boolean): void {
    this.pendingSpace = 0;
    this.closeSegment();
    if (!first && this.length > 0) {
      this.append('\t');
      this.newlineRun = 0;
    }
  }

  private closeSegment(): void {
    if (this.segStart >= 0) {
      this.blocks.push({ start: this.segStart, end: this.segEnd, kind: this.segKind });
      this.segStart = -1;
    }
  }

  /** A block element starts or ends: close the current block and start a new line. */
  boundary(): void {
    this.pendingSpace = 0;
    this.closeSegment();
    if (this.length > 0 && this.lastChar !== '\n') {
      this.append('\n');
      this.newlineRun = 1;
    }
  }

  finish(): { text: string; blocks: Block[] } {
    this.boundary();
    let text = this.parts.join('');
    const trimmed = text.replace(/\n+$/u, '');
    text = trimmed;
    return { text, blocks: this.blocks };
  }
}

/**
 * Extracts the visible text of an HTML document: the <title> as the first line, then the body's text with
 * one line per block element (p, div, li, h1–h6, tr, …) and per <br>, a table row's cells apart by tabs. Hidden content (script,
 * style, template, hidden/aria-hidden/display:none elements, form field values) is left out. `blocks`
 * gives each block's [start, end) with kind h1–h6, li or p. Never throws on malformed input.
 */
export function htmlToPageText(html: string): PageText {
  const out = new TextBuilder();
  const names: string[] = [];
  const states: ElementState[] = [];
  const openCount = new Map<string, number>();
  let titleText: string | null = null;
  let titleBuf = '';
  let preJustOpened = false;
  /** Cells opened so far in each open <tr>. */
  const rowCells: number[] = [];

  const top = (): ElementState => states[states.length - 1] ?? ROOT_STATE;

  const pop = (): void => {
    const name = names.pop();
    const state = states.pop();
    if (name === undefined || state === undefined) return;
    openCount.set(name, (openCount.get(name) ?? 1) - 1);
    if (state.title && titleText === null) titleText = titleBuf;
    if (BLOCK_ELEMENTS.has(name) && !state.skip) out.boundary();
    if (CELL_ELEMENTS.has(name) && !state.skip) out.cell(true);
    if (name === 'tr') rowCells.pop();
  };

  const open = (name: string, attrs: Record<string, string>, selfClosing: boolean): void => {
    preJustOpened = name === 'pre' || name === 'listing';
    if ((openCount.get('head') ?? 0) > 0 && !HEAD_CONTENT.has(name) && !top().skipHard) close('head');
    const closes = IMPLIED_CLOSE.get(name);
    if (closes) {
      while (names.length > 0 && closes.has(names[names.length - 1]!)) pop();
    }
    const parent = top();
    if (name === 'br') {
      if (!parent.skip) out.lineBreak();
      return;
    }
    const hidden = isHidden(attrs);
    const skipHard = parent.skipHard || hidden || (SKIPPED_ELEMENTS.has(name) && name !== 'head' && name !== 'title');
    const skip = skipHard || parent.skip || name === 'head' || name === 'title';
    const block = BLOCK_ELEMENTS.has(name);
    if (block && !skip) out.boundary();
    if (VOID_ELEMENTS.has(name)) return;
    if (name === 'tr') rowCells.push(0);
    if (CELL_ELEMENTS.has(name)) {
      const n = rowCells.length > 0 ? rowCells[rowCells.length - 1]! : 0;
      if (rowCells.length > 0) rowCells[rowCells.length - 1] = n + 1;
      if (!skip) out.cell(n === 0);
    }

    const kind: BlockKind | null = HEADING_KINDS.has(name) || name === 'li' ? (name as BlockKind) : parent.kind;
    const pre = parent.pre || name === 'pre' || name === 'listing';
    const foreign = parent.foreign || name === 'svg' || name === 'math';
    const title = name === 'title' && !parent.skipHard && !foreign && titleText === null;
    const state =
      skip === parent.skip && skipHard === parent.skipHard && kind === parent.kind && pre === parent.pre &&
      foreign === parent.foreign && !title && !parent.title
        ? parent
        : { skip, skipHard, pre, kind, foreign, title };
    if (title) titleBuf = '';
    names.push(name);
    states.push(state);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (selfClosing && foreign) pop();
  };

  const close = (name: string): void => {
    preJustOpened = false;
    if (name === 'br') {
      // </br> is read as <br> by browsers.
      if (!top().skip) out.lineBreak();
      return;
    }
    if ((openCount.get(name) ?? 0) <= 0) return;
    while (names.length > 0) {
      const last = names[names.length - 1];
      pop();
      if (last === name) break;
    }
  };

  const onText = (raw: string): void => {
    // A line break right after <pre> is not rendered.
    const s = preJustOpened ? raw.replace(/^\r?\n/u, '') : raw;
    preJustOpened = false;
    const state = top();
    if (state.title) {
      titleBuf += s;
      return;
    }
    if (state.skip) return;
    if (state.pre) out.preText(s, state.kind);
    else out.text(s, state.kind);
  };

  let tagName = '';
  let attrs: Record<string, string> = {};
  let attrName = '';
  let attrValue = '';

  const cbs: TokenizerCallbacks = {
    onattribdata(start, endIndex) {
      attrValue += html.slice(start, endIndex);
    },
    onattribentity(codepoint) {
      attrValue += String.fromCodePoint(codepoint);
    },
    onattribend() {
      if (!(attrName in attrs)) attrs[attrName] = attrValue;
      attrValue = '';
    },
    onattribname(start, endIndex) {
      attrName = html.slice(start, endIndex).toLowerCase();
      attrValue = '';
    },
    oncdata() {},
    onclosetag(start, endIndex) {
      close(html.slice(start, endIndex).toLowerCase());
    },
    oncomment() {},
    ondeclaration() {},
    onend() {},
    onopentagend() {
      open(tagName, attrs, false);
    },
    onopentagname(start, endIndex) {
      tagName = html.slice(start, endIndex).toLowerCase();
      attrs = Object.create(null) as Record<string, string>;
    },
    onprocessinginstruction() {},
    onselfclosingtag() {
      open(tagName, attrs, true);
    },
    ontext(start, endIndex) {
      onText(html.slice(start, endIndex));
    },
    ontextentity(codepoint) {
      onText(String.fromCodePoint(codepoint));
    },
  };

  try {
    const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, cbs);
    tokenizer.write(html);
    tokenizer.end();
  } catch {
    // The tokenizer is forgiving; should it ever fail, keep what was read so far.
  }
  while (names.length > 0) pop();

  const body = out.finish();
  const title = (titleText ?? (titleBuf || '')).replace(COLLAPSIBLE_SPACE, ' ').trim();
  if (title === '') return { text: body.text, blocks: body.blocks };
  if (body.text === '') return { text: title, blocks: [{ start: 0, end: title.length, kind: 'p' }] };
  const shift = title.length + 1;
  return {
    text: `${title}\n${body.text}`,
    blocks: [
      { start: 0, end: title.length, kind: 'p' },
      ...body.blocks.map((b) => ({ start: b.start + shift, end: b.end + shift, kind: b.kind })),
    ],
  };
}

/**
 * A charset declared in the document. Must match: <meta charset="Shift_JIS">, <meta charset=euc-jp>,
 * <meta http-equiv="Content-Type" content="text/html; charset=shift_jis">, <?xml version="1.0" encoding="EUC-JP"?>.
 * Must not match: charset words in running text without a meta tag.
 */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*(?<label>[A-Za-z0-9_.:-]+)/iu;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["'](?<label>[A-Za-z0-9_.:-]+)["']/iu;

/** How many leading bytes are searched for a charset declaration. */
const PRESCAN_BYTES = 8192;

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** The WHATWG encoding name for a label, or null when unknown. */
function encodingFor(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * Decodes an HTML file's bytes: a BOM wins, then a <meta charset> / http-equiv Content-Type / XML
 * declaration in the first bytes (Shift_JIS, EUC-JP, ISO-2022-JP, UTF-8…), else UTF-8. When nothing is
 * declared and the bytes are not valid UTF-8, EUC-JP and then Shift_JIS are tried before falling back to
 * UTF-8 with replacement characters.
 */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  }
  // Declarations are ASCII; latin1 maps every byte to one character.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const label = META_CHARSET.exec(head)?.groups?.label ?? XML_ENCODING.exec(head)?.groups?.label ?? null;
  if (label !== null) {
    let encoding = encodingFor(label.toLowerCase());
    // A UTF-16 declaration in an ASCII-readable document is wrong by construction (HTML spec: use UTF-8).
    if (encoding === 'utf-16le' || encoding === 'utf-16be') encoding = 'utf-8';
    if (encoding !== null) {
      const text = tryDecode(encoding, bytes, false);
      if (text !== null) return text;
    }
  }
  const utf8 = tryDecode('utf-8', bytes, true);
  if (utf8 !== null) return utf8;
  if (label === null) {
    for (const fallback of ['euc-jp', 'shift_jis']) {
      const text = tryDecode(fallback, bytes, true);
      if (text !== null) return text;
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
