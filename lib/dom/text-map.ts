// Global text offsets ↔ DOM positions. The page-text walker records every run of characters it copies
// from a text node as a segment; synthetic characters (the '\n' between blocks) belong to no segment.
// Lookups are binary searches over the segments' global start offsets.

import { renderedChildren } from './rendered-tree';

export interface DomPoint {
  node: Text;
  offset: number;
}

export class TextMap {
  /** Global offset of each segment's first character (strictly increasing). */
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly nodes: Text[] = [];
  /** Offset of each segment's first character inside its text node. */
  private readonly nodeOffsets: number[] = [];
  /** Index of each node's first segment (a node's segments are consecutive). */
  private readonly firstSegment = new WeakMap<Text, number>();

  /** Number of segments (for tests and diagnostics). */
  get size(): number {
    return this.starts.length;
  }

  /** Record that text[start, start+length) was copied from node.data[nodeOffset, nodeOffset+length). */
  push(start: number, node: Text, nodeOffset: number, length: number): void {
    if (length <= 0) return;
    const last = this.starts.length - 1;
    if (
      last >= 0 &&
      this.nodes[last] === node &&
      this.starts[last]! + this.lengths[last]! === start &&
      this.nodeOffsets[last]! + this.lengths[last]! === nodeOffset
    ) {
      this.lengths[last]! += length;
      return;
    }
    if (!this.firstSegment.has(node)) this.firstSegment.set(node, this.starts.length);
    this.starts.push(start);
    this.lengths.push(length);
    this.nodes.push(node);
    this.nodeOffsets.push(nodeOffset);
  }

  /** Index of the last segment starting at or before offset, or -1. */
  private segmentAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /**
   * The DOM point of a global offset. `forward` (range starts) snaps an offset that falls on a
   * synthetic character to the next real one; `backward` (range ends, exclusive) to the end of the
   * previous one.
   */
  toPoint(offset: number, bias: 'forward' | 'backward' = 'forward'): DomPoint | null {
    if (this.starts.length === 0) return null;
    if (bias === 'forward') {
      let i = this.segmentAtOrBefore(offset);
      if (i >= 0 && offset < this.starts[i]! + this.lengths[i]!) {
        return { node: this.nodes[i]!, offset: this.nodeOffsets[i]! + offset - this.starts[i]! };
      }
      i++;
      if (i >= this.starts.length) return null;
      return { node: this.nodes[i]!, offset: this.nodeOffsets[i]! };
    }
    const i = this.segmentAtOrBefore(offset - 1);
    if (i < 0) return null;
    const within = Math.min(offset - this.starts[i]!, this.lengths[i]!);
    return { node: this.nodes[i]!, offset: this.nodeOffsets[i]! + within };
  }

  /** A DOM Range for text[start, end); null when it covers no real character or the DOM moved on. */
  toRange(start: number, end: number, doc?: Document): Range | null {
    if (!(end > start)) return null;
    const a = this.toPoint(start, 'forward');
    let b = this.toPoint(end, 'backward');
    if (!a || !b) return null;
    // A Range cannot span two trees (a setEnd in another tree collapses it onto the end), so text that
    // runs from a shadow tree into the light DOM (or back) is cut at the last character in a's tree.
    if (rootOf(a.node) !== rootOf(b.node)) b = this.lastPointInTree(rootOf(a.node), start, end);
    if (!b) return null;
    if (this.fromPoint(a.node, a.offset)! >= this.fromPoint(b.node, b.offset)!) return null;
    const owner = doc ?? a.node.ownerDocument;
    try {
      const range = owner.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      return range;
    } catch {
      return null; // the node shrank since the walk
    }
  }

  /** End of the last segment in [start, end) whose node is in the tree `root`. */
  private lastPointInTree(root: Node, start: number, end: number): DomPoint | null {
    for (let i = this.segmentAtOrBefore(end - 1); i >= 0 && this.starts[i]! + this.lengths[i]! > start; i--) {
      if (rootOf(this.nodes[i]!) !== root) continue;
      const within = Math.min(end - this.starts[i]!, this.lengths[i]!);
      return { node: this.nodes[i]!, offset: this.nodeOffsets[i]! + within };
    }
    return null;
  }

  /**
   * The global offset of a DOM point (a text node and offset, or an element and child index, as a
   * caret or selection gives them). Offsets inside collapsed whitespace snap to the next character.
   * Null when the point is outside the walked text.
   */
  fromPoint(node: Node, offset: number): number | null {
    if (node.nodeType === 3) return this.fromTextPoint(node as Text, offset);
    const children = node.childNodes;
    for (let i = offset; i < children.length; i++) {
      const hit = this.edgeOf(children[i]!, 'first');
      if (hit !== null) return hit;
    }
    for (let i = Math.min(offset, children.length) - 1; i >= 0; i--) {
      const hit = this.edgeOf(children[i]!, 'last');
      if (hit !== null) return hit;
    }
    return null;
  }

  private fromTextPoint(node: Text, offset: number): number | null {
    let i = this.firstSegment.get(node);
    if (i === undefined) return null;
    let last = i;
    for (; i < this.nodes.length && this.nodes[i] === node; i++) {
      const from = this.nodeOffsets[i]!;
      if (offset < from) return this.starts[i]!;
      if (offset <= from + this.lengths[i]!) return this.starts[i]! + offset - from;
      last = i;
    }
    return this.starts[last]! + this.lengths[last]!;
  }

  /** Global offset of the first (or end of the last) mapped character inside a subtree. */
  private edgeOf(root: Node, which: 'first' | 'last'): number | null {
    if (root.nodeType === 3) {
      return this.firstSegment.has(root as Text)
        ? this.fromTextPoint(root as Text, which === 'first' ? 0 : (root as Text).length)
        : null;
    }
    // The rendered (composed) subtree, as the walker read it: a host's text is in its shadow root.
    let found: Text | null = null;
    for (const n of composedTextNodes(root)) {
      if (!this.firstSegment.has(n)) continue;
      if (which === 'first') return this.fromTextPoint(n, 0);
      found = n;
    }
    return found ? this.fromTextPoint(found, found.length) : null;
  }
}

function rootOf(node: Node): Node {
  return typeof node.getRootNode === 'function' ? node.getRootNode() : node;
}

/** Text nodes under `root` in rendered order: open shadow roots instead of light children, slots filled. */
function* composedTextNodes(root: Node): Generator<Text> {
  const stack: Array<{ nodes: ArrayLike<Node>; i: number }> = [{ nodes: renderedChildren(root), i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.i >= top.nodes.length) {
      stack.pop();
      continue;
    }
    const n = top.nodes[top.i++]!;
    if (n.nodeType === 3) yield n as Text;
    else if (n.nodeType === 1 || n.nodeType === 11) stack.push({ nodes: renderedChildren(n), i: 0 });
  }
}
