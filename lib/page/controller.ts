// When the content script scans a page. At load: the cheap pre-filter, then (only when it passes and
// leakmark is on for the site) a scan. Afterwards a light MutationObserver re-checks pages that change
// (SPA navigation, "read more", infinite scroll): mutations are debounced (≥ 500 ms, but never
// postponed past maxWaitMs), rescans are capped per page, our own DOM changes are ignored, one scan
// runs at a time, and everything stops when `signal` aborts.

export type ScanReason = 'load' | 'mutation' | 'request';

export interface ControllerOptions {
  doc: Document;
  signal: AbortSignal;
  /** Could the page be a breach notice (mightBeBreachPage)? Sync and cheap. */
  prefilter: () => boolean;
  /** Is leakmark on for this page (global pause, per-site switch)? */
  enabled: () => boolean | Promise<boolean>;
  /** The expensive part: walk, analyze, paint. */
  scan: (reason: ScanReason) => Promise<void>;
  /** Mutations leakmark itself caused (highlights, toolbars): never a reason to rescan. */
  isOwnMutation?: (record: MutationRecord) => boolean;
  MutationObserver?: typeof MutationObserver;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (id: unknown) => void;
  now?: () => number;
  debounceMs?: number;
  maxWaitMs?: number;
  maxRescans?: number;
}

export interface ScanController {
  /** Check the page now (load). Resolves when the first check (and scan, if any) is done. */
  start(): Promise<void>;
  /**
   * Check again outside the mutation budget (settings changed, navigation, a message). `force` skips
   * the pre-filter (the user asked: a context-menu save on a page the pre-filter let pass).
   */
  request(opts?: { force?: boolean }): Promise<void>;
  /** Whether the pre-filter has passed on this page. */
  readonly passed: boolean;
  /** Mutation-triggered checks so far. */
  readonly rescans: number;
  /** Whether the MutationObserver is still watching. */
  readonly observing: boolean;
  stop(): void;
}

export const DEBOUNCE_MS = 750;
export const MAX_WAIT_MS = 5_000;
export const MAX_RESCANS = 20;

export function createScanController(opts: ControllerOptions): ScanController {
  const {
    doc,
    signal,
    debounceMs = DEBOUNCE_MS,
    maxWaitMs = MAX_WAIT_MS,
    maxRescans = MAX_RESCANS,
    isOwnMutation = () => false,
  } = opts;
  const Observer = opts.MutationObserver ?? doc.defaultView?.MutationObserver;
  const setTimer = opts.setTimeout ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimeout ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  const now = opts.now ?? (() => Date.now());

  let passed = false;
  let rescans = 0;
  let observer: MutationObserver | null = null;
  let timer: unknown = null;
  let firstPending: number | null = null;
  let running: Promise<void> | null = null;
  let dirty = false;
  let stopped = false;

  const stop = () => {
    stopped = true;
    observer?.disconnect();
    observer = null;
    if (timer !== null) clearTimer(timer);
    timer = null;
  };
  signal.addEventListener('abort', stop, { once: true });

  async function check(reason: ScanReason): Promise<void> {
    if (stopped) return;
    if (running) {
      dirty = true;
      return running;
    }
    running = (async () => {
      try {
        if (!passed) passed = opts.prefilter();
        if (!passed || stopped) return;
        if (!(await opts.enabled()) || stopped) return;
        await opts.scan(reason);
      } catch (err) {
        if (!signal.aborted) console.debug('leakmark: scan failed', err);
      }
    })();
    try {
      await running;
    } finally {
      running = null;
    }
    if (dirty && !stopped) {
      dirty = false;
      schedule();
    }
  }

  function fire(): void {
    timer = null;
    firstPending = null;
    if (stopped) return;
    if (rescans >= maxRescans) {
      observer?.disconnect();
      observer = null;
      return;
    }
    rescans++;
    if (rescans >= maxRescans) {
      observer?.disconnect();
      observer = null;
    }
    void check('mutation');
  }

  function schedule(): void {
    if (stopped || rescans >= maxRescans) return;
    const t = now();
    firstPending ??= t;
    if (timer !== null) clearTimer(timer);
    const delay = Math.max(0, Math.min(debounceMs, firstPending + maxWaitMs - t));
    timer = setTimer(fire, delay);
  }

  const onMutations = (records: MutationRecord[]) => {
    try {
      if (records.every(isOwnMutation)) return;
      if (running) dirty = true;
      else schedule();
    } catch (err) {
      console.debug('leakmark: observer', err);
    }
  };

  return {
    async start() {
      if (signal.aborted) return stop();
      if (Observer && maxRescans > 0 && doc.documentElement) {
        observer = new Observer(onMutations);
        // childList for added content; hidden/open for "read more" that reveals text already there.
        observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'open'] });
      }
      await check('load');
    },
    request({ force = false } = {}) {
      if (force) passed = true;
      return check('request');
    },
    get passed() {
      return passed;
    },
    get rescans() {
      return rescans;
    },
    get observing() {
      return observer !== null;
    },
    stop,
  };
}

/** Our own nodes: toolbar/legend/card hosts (leakmark-*), fallback <mark data-leakmark>, our <style>. */
export function isLeakmarkNode(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return (
    el.localName.startsWith('leakmark-') ||
    (el.localName === 'mark' && el.hasAttribute('data-leakmark')) ||
    (el.localName === 'style' && el.hasAttribute('data-leakmark-style'))
  );
}

/** A mutation leakmark made: it adds or removes one of our nodes, or happens inside one. */
export function isOwnMutation(record: MutationRecord): boolean {
  for (const n of Array.from(record.addedNodes)) if (isLeakmarkNode(n)) return true;
  for (const n of Array.from(record.removedNodes)) if (isLeakmarkNode(n)) return true;
  for (let n: Node | null = record.target; n; n = n.parentNode) if (isLeakmarkNode(n)) return true;
  return false;
}
