// The page as the engine reads it (PageText) plus a TextMap back to the DOM, in one go or in chunks
// that give the event loop back every few milliseconds so a huge page never freezes the tab.

import { PageTextWalker, type CollectOptions, type CollectResult } from './page-text-walker';

export type { CollectOptions, CollectResult } from './page-text-walker';
export type { TextMap, DomPoint } from './text-map';

export interface ChunkedOptions extends CollectOptions {
  /** Aborting rejects the promise with the signal's reason between chunks. */
  signal?: AbortSignal;
  /** Work per chunk before yielding, in milliseconds. */
  budgetMs?: number;
  /** Gives the event loop back; default scheduler.yield(), else a MessageChannel hop, else setTimeout. */
  yieldFn?: () => Promise<unknown>;
  /** Clock in milliseconds (injectable for tests). */
  now?: () => number;
}

/** The visible text under `root` (an element, document or shadow root) and its map to the DOM. */
export function collectPageText(root: Node, opts: CollectOptions = {}): CollectResult {
  const walker = new PageTextWalker(root, opts);
  walker.run(() => false);
  return walker.result();
}

/** collectPageText in chunks of about `budgetMs`, yielding between chunks; stops when `signal` aborts. */
export async function collectPageTextChunked(root: Node, opts: ChunkedOptions = {}): Promise<CollectResult> {
  const { signal, budgetMs = 8, yieldFn = defaultYield, now = defaultNow } = opts;
  const walker = new PageTextWalker(root, opts);
  for (;;) {
    throwIfAborted(signal);
    const deadline = now() + budgetMs;
    if (walker.run(() => now() >= deadline)) break;
    await yieldFn();
  }
  throwIfAborted(signal);
  return walker.result();
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  throw signal.reason ?? new DOMException('The walk was aborted.', 'AbortError');
}

function defaultNow(): number {
  return globalThis.performance?.now() ?? Date.now();
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Yield to the event loop without setTimeout's 4 ms clamp where the platform allows. */
export function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
