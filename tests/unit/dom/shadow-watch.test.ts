// @vitest-environment happy-dom
// Watching open shadow roots for content that comes later: debounced, capped, leakmark's own
// mutations ignored, stopped on abort; and the pre-filter hands over the roots it met.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mightBeBreachPage, shadowRootsSeen } from '../../../lib/dom/prefilter';
import { watchShadowRoots } from '../../../lib/dom/shadow-watch';
import { isOwnMutation } from '../../../lib/page/controller';

/** A MutationObserver whose callbacks the test fires by hand. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly targets: Node[] = [];
  disconnected = false;
  constructor(readonly cb: (records: MutationRecord[]) => void) {
    FakeObserver.all.push(this);
  }
  observe(target: Node) {
    this.targets.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
  takeRecords() {
    return [];
  }
  emit(records: Partial<MutationRecord>[]) {
    if (!this.disconnected) this.cb(records as MutationRecord[]);
  }
}

function clock() {
  let t = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let next = 1;
  return {
    now: () => t,
    setTimeout: (fn: () => void, ms: number) => {
      timers.set(next, { at: t + ms, fn });
      return next++;
    },
    clearTimeout: (id: unknown) => void timers.delete(id as number),
    advance(ms: number) {
      t += ms;
      for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at <= t) {
          timers.delete(id);
          timer.fn();
        }
      }
    },
  };
}

function root(): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

const pageAdd = (): Partial<MutationRecord> => ({ target: document.body, addedNodes: [document.createElement('p')] as never, removedNodes: [] as never });
const ownAdd = (): Partial<MutationRecord> => ({
  target: document.body,
  addedNodes: [document.createElement('leakmark-toolbar')] as never,
  removedNodes: [] as never,
});

beforeEach(() => {
  FakeObserver.all = [];
  // eslint-disable-next-line no-restricted-properties
  document.body.innerHTML = '';
});

function setup(roots: ShadowRoot[], extra: Partial<Parameters<typeof watchShadowRoots>[0]> = {}) {
  const c = clock();
  const onChange = vi.fn();
  const controller = new AbortController();
  const watch = watchShadowRoots({
    signal: controller.signal,
    roots: () => roots,
    onChange,
    isOwnMutation,
    MutationObserver: FakeObserver as never,
    setTimeout: c.setTimeout,
    clearTimeout: c.clearTimeout,
    now: c.now,
    ...extra,
  });
  watch.refresh();
  return { c, onChange, controller, watch, observer: FakeObserver.all[FakeObserver.all.length - 1]! };
}

describe('watchShadowRoots', () => {
  it.each<[string, Array<Partial<MutationRecord>[]>, number]>([
    ['page content added in a root: one change after the debounce', [[pageAdd()]], 1],
    ['a burst of page mutations: still one change', [[pageAdd()], [pageAdd()], [pageAdd(), pageAdd()]], 1],
    ['only leakmark’s own nodes: no change', [[ownAdd()], [ownAdd()]], 0],
    ['own and page mutations together: a change', [[ownAdd(), pageAdd()]], 1],
  ])('%s', (_name, batches, expected) => {
    const { c, onChange, observer } = setup([root()]);
    for (const batch of batches) {
      observer.emit(batch);
      c.advance(100);
    }
    c.advance(1000);
    expect(onChange).toHaveBeenCalledTimes(expected);
  });

  it('watches each root once, up to maxRoots; none at all without roots', () => {
    const roots = [root(), root(), root()];
    const { watch, observer } = setup(roots, { maxRoots: 2 });
    watch.refresh();
    expect(watch.watching).toBe(2);
    expect(observer.targets).toEqual(roots.slice(0, 2));
    const empty = setup([]);
    expect(empty.watch.watching).toBe(0);
    expect(empty.observer.targets).toEqual([]);
  });

  it('a page that keeps changing is reported at least every maxWaitMs, and stops after maxChanges', () => {
    const { c, onChange, observer, watch } = setup([root()], { maxChanges: 3 });
    for (let i = 0; i < 200; i++) {
      observer.emit([pageAdd()]);
      c.advance(100);
    }
    expect(onChange).toHaveBeenCalledTimes(3);
    expect(watch.changes).toBe(3);
    expect(observer.disconnected).toBe(true);
  });

  it('stops on abort: no change reported after it, the observer disconnected', () => {
    const { c, onChange, observer, controller } = setup([root()]);
    observer.emit([pageAdd()]);
    controller.abort();
    c.advance(10_000);
    expect(onChange).not.toHaveBeenCalled();
    expect(observer.disconnected).toBe(true);
  });

  it('observes a real root’s added text (happy-dom MutationObserver)', async () => {
    const r = root();
    const onChange = vi.fn();
    const controller = new AbortController();
    const watch = watchShadowRoots({ signal: controller.signal, roots: () => [r], onChange, debounceMs: 0 });
    watch.refresh();
    r.append(document.createElement('p'));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    controller.abort();
  });
});

describe('shadowRootsSeen', () => {
  it.each<[string, () => number]>([
    ['no roots on the page', () => 0],
    ['the roots the pre-filter’s walk met', () => {
      root();
      root();
      return 2;
    }],
  ])('%s', (_name, build) => {
    const expected = build();
    mightBeBreachPage(document);
    expect(shadowRootsSeen(document)).toHaveLength(expected);
  });
});
