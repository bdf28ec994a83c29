// A page's text in several messages. Extension messages are serialised in one synchronous step on the
// sender's thread: for a 5 MB page (≈ 1.8 M characters plus ~50 k blocks) that is one 50–65 ms task on
// the page's main thread. So a big page goes up in parts of at most MAX_PART_CHARS (a few ms each,
// the content script yields between them), tagged with a random scan id, and the background puts them
// back together before it runs the engine. Parts of different scans and tabs can interleave; a scan
// that is abandoned (navigation, a newer scan, a closed tab) leaves parts that expire, and the store's
// total size is capped, so memory stays bounded. Text logic only: no DOM, no extension API.
import type { Block, PageText } from '../types';

/** Characters per message (a block counts as BLOCK_CHARS: it serialises to about that much JSON). */
export const MAX_PART_CHARS = 256 * 1024;
const BLOCK_CHARS = 32;

/** One message's worth of a page: a slice of the text, or of the blocks. */
export interface PagePart {
  text?: string;
  blocks?: Block[];
}

/** Split a page into parts of at most `maxChars` (text slices first, then block slices, in order). */
export function splitPage(page: PageText, maxChars = MAX_PART_CHARS): PagePart[] {
  const parts: PagePart[] = [];
  const size = Math.max(1, Math.floor(maxChars));
  for (let at = 0; at < page.text.length; at += size) parts.push({ text: page.text.slice(at, at + size) });
  const blocks = page.blocks;
  if (blocks) {
    const per = Math.max(1, Math.floor(size / BLOCK_CHARS));
    for (let at = 0; at < blocks.length; at += per) parts.push({ blocks: blocks.slice(at, at + per) });
  }
  return parts;
}

/** Does the page fit in one message? */
export function fitsOneMessage(page: PageText, maxChars = MAX_PART_CHARS): boolean {
  return page.text.length + (page.blocks?.length ?? 0) * BLOCK_CHARS <= maxChars;
}

/** A fresh id for one upload (random: another tab cannot guess it and add parts to it). */
export function newScanId(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

export interface UploadLimits {
  /** Total characters held for all unfinished uploads (the oldest go first beyond it). */
  maxTotalChars: number;
  /** Characters one upload may reach (a page bigger than this is refused). */
  maxUploadChars: number;
  /** Unfinished uploads held at once (the oldest go first beyond it). */
  maxUploads: number;
  /** An upload with no new part for this long is dropped. */
  ttlMs: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxTotalChars: 48 * 1024 * 1024,
  maxUploadChars: 24 * 1024 * 1024,
  maxUploads: 16,
  ttlMs: 60_000,
};

interface Pending {
  /** Who sent the first part (a tab id, or -1): only the same sender may add to it or finish it. */
  owner: number;
  parts: Map<number, PagePart>;
  chars: number;
  touched: number;
}

export class UploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UploadError';
  }
}

const partChars = (part: PagePart) => (part.text?.length ?? 0) + (part.blocks?.length ?? 0) * BLOCK_CHARS;

/** The background's side: holds parts until the upload is complete. */
export class UploadStore {
  private readonly pending = new Map<string, Pending>();
  private total = 0;
  private readonly limits: UploadLimits;

  constructor(
    limits: Partial<UploadLimits> = {},
    private readonly now: () => number = () => Date.now(),
  ) {
    this.limits = { ...DEFAULT_UPLOAD_LIMITS, ...limits };
  }

  /** Characters held now (for tests). */
  get heldChars(): number {
    return this.total;
  }

  /** Uploads held now (for tests). */
  get size(): number {
    return this.pending.size;
  }

  /** Keep part `seq` of upload `scanId` from `owner`. */
  add(owner: number, scanId: string, seq: number, part: PagePart): void {
    this.expire();
    if (typeof scanId !== 'string' || !scanId || !Number.isInteger(seq) || seq < 0) throw new UploadError('Bad upload part.');
    if (part.text !== undefined && typeof part.text !== 'string') throw new UploadError('Bad upload part.');
    if (part.blocks !== undefined && !Array.isArray(part.blocks)) throw new UploadError('Bad upload part.');
    let entry = this.pending.get(scanId);
    if (entry && entry.owner !== owner) throw new UploadError('Unknown upload.');
    const chars = partChars(part);
    const before = entry?.parts.get(seq);
    const grown = (entry?.chars ?? 0) + chars - (before ? partChars(before) : 0);
    if (grown > this.limits.maxUploadChars) {
      this.drop(scanId);
      throw new UploadError('This page is too big to analyze.');
    }
    if (!entry) {
      entry = { owner, parts: new Map(), chars: 0, touched: 0 };
      this.pending.set(scanId, entry);
    }
    entry.parts.set(seq, { text: part.text, blocks: part.blocks });
    this.total += grown - entry.chars;
    entry.chars = grown;
    entry.touched = this.now();
    // Over the caps: drop the least recently touched uploads (never the one being added to).
    for (const [id, other] of [...this.pending].sort((a, b) => a[1].touched - b[1].touched)) {
      if (this.total <= this.limits.maxTotalChars && this.pending.size <= this.limits.maxUploads) break;
      if (other !== entry) this.drop(id);
    }
  }

  /** The whole page of upload `scanId` once its `parts` parts are in; the upload is then forgotten. */
  take(owner: number, scanId: string, parts: number): PageText {
    this.expire();
    const entry = this.pending.get(scanId);
    if (!entry || entry.owner !== owner) throw new UploadError('Unknown upload (it may have expired).');
    this.drop(scanId);
    if (!Number.isInteger(parts) || parts !== entry.parts.size) throw new UploadError('The upload is incomplete.');
    const texts: string[] = [];
    const blocks: Block[] = [];
    let hasBlocks = false;
    for (let seq = 0; seq < parts; seq++) {
      const part = entry.parts.get(seq);
      if (!part) throw new UploadError('The upload is incomplete.');
      if (part.text) texts.push(part.text);
      if (part.blocks) {
        hasBlocks = true;
        for (const b of part.blocks) blocks.push(b);
      }
    }
    return hasBlocks ? { text: texts.join(''), blocks } : { text: texts.join('') };
  }

  /** Forget upload `scanId` (an abandoned scan). */
  drop(scanId: string): void {
    const entry = this.pending.get(scanId);
    if (!entry) return;
    this.total -= entry.chars;
    this.pending.delete(scanId);
  }

  private expire(): void {
    const cutoff = this.now() - this.limits.ttlMs;
    for (const [id, entry] of this.pending) if (entry.touched < cutoff) this.drop(id);
  }
}

export interface UploadOptions {
  signal?: AbortSignal;
  /** Gives the page's event loop back between parts. */
  yieldFn?: () => Promise<unknown>;
  maxChars?: number;
  scanId?: string;
}

/**
 * Send `page` to be analyzed without one big message: small pages go in one `analyze`, big ones as
 * `uploadPart`s (one at a time, yielding between them) and an `analyze` naming the upload. Returns
 * the analyze answer. Aborting stops between parts (the background drops the parts when they expire).
 */
export async function sendPageForAnalysis<T>(
  send: (type: 'uploadPart' | 'analyze', data: unknown) => Promise<unknown>,
  page: PageText,
  opts: UploadOptions = {},
): Promise<T> {
  const maxChars = opts.maxChars ?? MAX_PART_CHARS;
  if (fitsOneMessage(page, maxChars)) return (await send('analyze', { page })) as T;
  const scanId = opts.scanId ?? newScanId();
  const parts = splitPage(page, maxChars);
  for (let seq = 0; seq < parts.length; seq++) {
    if (opts.signal?.aborted) throw opts.signal.reason ?? new DOMException('Aborted', 'AbortError');
    await send('uploadPart', { scanId, seq, part: parts[seq]! });
    await opts.yieldFn?.();
  }
  if (opts.signal?.aborted) throw opts.signal.reason ?? new DOMException('Aborted', 'AbortError');
  return (await send('analyze', { scanId, parts: parts.length })) as T;
}
