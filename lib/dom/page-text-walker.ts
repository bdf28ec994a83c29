// The walker behind collectPageText: visible text in document order (open shadow roots included) and a
// TextMap back to the DOM; resumable, for the one-shot and the chunked collection. Output follows the
// CLI's HTML reader (lib/html/visible-text.ts): title first, a '\n' at block boundaries, a '\t' between a
// table row's cells, <br> and pre newlines within a block, one empty line at most, no space for a line
// break between CJK characters.

import type { Block, PageText } from '../types';
import { TextMap } from './text-map';
import { BLOCK_TAGS, CELL_TAGS, KIND_TAGS, LINE_BREAK, PRE_TAGS, renderedChildren, WIDE_CHAR, WS } from './rendered-tree';
import { createTextVisibility, isSkippedElement, type StyleFn } from './visibility';

export interface CollectOptions {
  /** Computed style lookup (injectable for tests); `false` skips the CSS check. Default: getComputedStyle. */
  style?: StyleFn | false;
  /** Put document.title first, as its own line (mapped to no node). Default: when root is a Document. */
  includeTitle?: boolean;
}

export interface CollectResult {
  page: PageText;
  map: TextMap;
}

interface Frame {
  nodes: ArrayLike<Node>;
  i: number;
  block: boolean;
  kind: boolean;
  pre: boolean;
  /** A table row (its cells are counted) or cell (its block closes when it ends). */
  row?: true;
  cell?: true;
}

/** Resumable depth-first walk: `run` does work until `stop()` says so (checked every 64 nodes). */
export class PageTextWalker {
  private readonly parts: string[] = [];
  private length = 0;
  private last = '';
  /** Consecutive '\n' at the end of the output. */
  private newlineRun = 0;
  /** Collapsed whitespace waiting for the next word; `lineBreak` when every run in it held a newline. */
  private pendingSpace: { node: Text; offset: number; lineBreak: boolean } | null = null;
  private pendingBreaks = 0;
  private blockStart = -1;
  private blockEnd = -1;
  private blockKind: Block['kind'] = 'p';
  private readonly blocks: Block[] = [];
  private readonly kinds: Block['kind'][] = [];
  private preDepth = 0;
  private readonly stack: Frame[];
  /** Cells visited so far in each open table row. */
  private readonly rowCells: number[] = [];
  private readonly visible: (text: Node) => boolean;
  readonly map = new TextMap();

  constructor(root: Node, opts: CollectOptions = {}) {
    this.visible = createTextVisibility(opts.style);
    this.stack = [{ nodes: [root], i: 0, block: false, kind: false, pre: false }];
    const isDocument = root.nodeType === 9;
    if (opts.includeTitle ?? isDocument) {
      const doc = isDocument ? (root as Document) : root.ownerDocument;
      const title = (doc?.title ?? '').replace(WS, ' ').trim();
      if (title) {
        this.parts.push(title); // synthetic: no DOM node behind it
        this.length = this.blockEnd = title.length;
        this.last = title[title.length - 1]!;
        this.blockStart = 0;
        this.boundary();
      }
    }
  }

  /** Walks until done (returns true) or until stop() returns true (returns false). */
  run(stop: () => boolean): boolean {
    let steps = 0;
    while (this.stack.length > 0) {
      if ((++steps & 63) === 0 && stop()) return false;
      const frame = this.stack[this.stack.length - 1]!;
      if (frame.i >= frame.nodes.length) {
        this.stack.pop();
        if (frame.block) this.boundary();
        if (frame.cell) this.cell(true);
        if (frame.row) this.rowCells.pop();
        if (frame.kind) this.kinds.pop();
        if (frame.pre) this.preDepth--;
        continue;
      }
      this.visit(frame.nodes[frame.i++]!);
    }
    return true;
  }

  result(): CollectResult {
    this.closeBlock();
    return { page: { text: this.parts.join(''), blocks: this.blocks }, map: this.map };
  }

  private visit(node: Node): void {
    if (node.nodeType === 3) return this.text(node as Text);
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isSkippedElement(el)) return;
      const tag = el.localName;
      if (tag === 'br') return this.lineBreak();
      const block = BLOCK_TAGS.has(tag);
      const kind = KIND_TAGS.has(tag);
      const pre = PRE_TAGS.has(tag);
      if (block) this.boundary();
      if (kind) this.kinds.push(tag as Block['kind']);
      if (pre) this.preDepth++;
      const frame: Frame = { nodes: renderedChildren(el), i: 0, block, kind, pre };
      if (tag === 'tr') {
        this.rowCells.push(0);
        frame.row = true;
      } else if (CELL_TAGS.has(tag)) {
        const n = this.rowCells.length > 0 ? this.rowCells[this.rowCells.length - 1]! : 0;
        if (this.rowCells.length > 0) this.rowCells[this.rowCells.length - 1] = n + 1;
        this.cell(n === 0);
        frame.cell = true;
      }
      this.stack.push(frame);
    } else if (node.nodeType === 9 || node.nodeType === 11) {
      this.stack.push({ nodes: node.childNodes, i: 0, block: false, kind: false, pre: false });
    }
  }

  private text(node: Text): void {
    const data = node.data;
    if (!data) return;
    if (this.preDepth > 0) {
      if (!this.visible(node)) return;
      let from = 0;
      for (let nl = data.indexOf('\n'); nl >= 0; nl = data.indexOf('\n', from)) {
        this.word(node, from, nl);
        this.lineBreak(node, nl);
        from = nl + 1;
      }
      this.word(node, from, data.length);
      return;
    }
    WS.lastIndex = 0;
    const firstWs = WS.exec(data);
    const wsOnly = !!firstWs && firstWs[0].length === data.length;
    // A whitespace-only node is at most a space between words: never worth a style lookup.
    if (!wsOnly && !this.visible(node)) return;
    let from = 0;
    for (let m = firstWs; m; m = WS.exec(data)) {
      this.word(node, from, m.index);
      const lineBreak = LINE_BREAK.test(m[0]);
      if (!this.pendingSpace) this.pendingSpace = { node, offset: m.index, lineBreak };
      else if (!lineBreak) this.pendingSpace.lineBreak = false; // a plain space wins over a line break
      from = m.index + m[0].length;
    }
    this.word(node, from, data.length);
  }

  /** Copies node.data[from, to) (no collapsible whitespace in it) to the output. */
  private word(node: Text, from: number, to: number): void {
    if (to <= from) return;
    if (this.pendingBreaks > 0) this.flushBreaks();
    const space = this.pendingSpace;
    this.pendingSpace = null;
    if (space && this.length > 0 && this.newlineRun === 0) {
      const first = node.data[from]!;
      if (!(space.lineBreak && WIDE_CHAR.test(this.last) && WIDE_CHAR.test(first))) this.put(space.node, space.offset, ' ');
    }
    if (this.blockStart < 0) {
      this.blockStart = this.length;
      this.blockKind = this.kinds[this.kinds.length - 1] ?? 'p';
    }
    this.put(node, from, from === 0 && to === node.data.length ? node.data : node.data.slice(from, to));
    this.newlineRun = 0;
    this.blockEnd = this.length;
  }

  /** A <br> (no node) or a newline in pre text: a new line in the same block, one empty line at most. */
  private lineBreak(node?: Text, offset = 0): void {
    this.pendingSpace = null;
    if (this.length === 0 || this.newlineRun + this.pendingBreaks >= 2) return;
    if (!node) {
      this.pendingBreaks++;
      return;
    }
    this.flushBreaks();
    this.put(node, offset, '\n');
    this.newlineRun++;
  }

  /** A table cell starts (`first`: its row's first) or ends (`first` true): close the block; a tab (no node) before a later cell. */
  private cell(first: boolean): void {
    this.pendingSpace = null;
    this.closeBlock();
    if (first || this.length === 0) return;
    if (this.pendingBreaks > 0) this.flushBreaks();
    this.parts.push('\t');
    this.length++;
    this.last = '\t';
    this.newlineRun = 0;
  }

  /** A block element starts or ends: close the block; the next word goes on a new line. */
  private boundary(): void {
    this.pendingSpace = null;
    this.closeBlock();
    if (this.length > 0 && this.newlineRun === 0 && this.pendingBreaks === 0) this.pendingBreaks = 1;
  }

  private flushBreaks(): void {
    this.parts.push('\n'.repeat(this.pendingBreaks));
    this.length += this.pendingBreaks;
    this.newlineRun += this.pendingBreaks;
    this.last = '\n';
    this.pendingBreaks = 0;
  }

  private put(node: Text, offset: number, s: string): void {
    this.map.push(this.length, node, offset, s.length);
    this.parts.push(s);
    this.length += s.length;
    this.last = s[s.length - 1]!;
  }

  private closeBlock(): void {
    if (this.blockStart >= 0 && this.blockEnd > this.blockStart) {
      this.blocks.push({ start: this.blockStart, end: this.blockEnd, kind: this.blockKind });
    }
    this.blockStart = -1;
  }
}
