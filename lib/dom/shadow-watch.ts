// Content that appears inside shadow roots later (a web component that fetches its notice after load).
// The scan controller's MutationObserver watches the light DOM, and mutations inside a shadow root do
// not reach it, so this observes the open shadow roots themselves, with the controller's limits:
// debounced (never postponed past maxWaitMs), a fixed number of changes reported, at most maxRoots
// roots, leakmark's own nodes ignored, everything stopped on `signal`.

export interface ShadowWatchOptions {
  signal: AbortSignal;
  /** The open shadow roots to watch now (called on refresh()). */
  roots: () => ShadowRoot[];
  /** Something changed inside a watched root (debounced). */
  onChange: () => void;
  /** Mutations leakmark made itself (highlights, toolbars): never a change. */
  isOwnMutation?: (record: MutationRecord) => boolean;
  MutationObserver?: typeof MutationObserver;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (id: unknown) => void;
  now?: () => number;
  debounceMs?: number;
  maxWaitMs?: number;
  maxChanges?: number;
  maxRoots?: number;
}

export interface ShadowWatch {
  /** Look for roots again and watch the new ones. */
  refresh(): void;
  /** Roots watched. */
  readonly watching: number;
  /** Changes reported so far. */
  readonly changes: number;
  stop(): void;
}

export const SHADOW_DEBOUNCE_MS = 750;
export const SHADOW_MAX_WAIT_MS = 5_000;
export const SHADOW_MAX_CHANGES = 20;
export const SHADOW_MAX_ROOTS = 50;

export function watchShadowRoots(opts: ShadowWatchOptions): ShadowWatch {
  const {
    signal,
    debounceMs = SHADOW_DEBOUNCE_MS,
    maxWaitMs = SHADOW_MAX_WAIT_MS,
    maxChanges = SHADOW_MAX_CHANGES,
    maxRoots = SHADOW_MAX_ROOTS,
    isOwnMutation = () => false,
  } = opts;
  const Observer = opts.MutationObserver ?? globalThis.MutationObserver;
  const setTimer = opts.setTimeout ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimeout ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  const now = opts.now ?? (() => Date.now());

  const watched = new WeakSet<ShadowRoot>();
  let count = 0;
  let changes = 0;
  let timer: unknown = null;
  let firstPending: number | null = null;
  let stopped = false;

  const fire = () => {
    timer = null;
    firstPending = null;
    if (stopped) return;
    changes++;
    if (changes >= maxChanges) stop();
    try {
      opts.onChange();
    } catch (err) {
      console.debug('leakmark: shadow change', err);
    }
  };

  const schedule = () => {
    if (stopped) return;
    const t = now();
    firstPending ??= t;
    if (timer !== null) clearTimer(timer);
    timer = setTimer(fire, Math.max(0, Math.min(debounceMs, firstPending + maxWaitMs - t)));
  };

  const observer = Observer
    ? new Observer((records) => {
        try {
          if (!records.every(isOwnMutation)) schedule();
        } catch (err) {
          console.debug('leakmark: shadow observer', err);
        }
      })
    : null;

  function stop(): void {
    stopped = true;
    observer?.disconnect();
    if (timer !== null) clearTimer(timer);
    timer = null;
  }
  if (signal.aborted) stop();
  else signal.addEventListener('abort', stop, { once: true });

  return {
    refresh() {
      if (stopped || !observer || count >= maxRoots) return;
      let roots: ShadowRoot[] = [];
      try {
        roots = opts.roots();
      } catch (err) {
        console.debug('leakmark: shadow roots', err);
      }
      for (const root of roots) {
        if (count >= maxRoots) break;
        if (watched.has(root)) continue;
        watched.add(root);
        count++;
        // As the light-DOM observer: added content, and "read more" that reveals text already there;
        // text edited in place too (components often render by setting a text node's data).
        observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'open'] });
      }
    },
    get watching() {
      return count;
    },
    get changes() {
      return changes;
    },
    stop,
  };
}
