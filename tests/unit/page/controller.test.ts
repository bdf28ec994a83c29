// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScanController, isOwnMutation, type ControllerOptions } from '../../../lib/page/controller';

/** A MutationObserver the test drives: `fire(records)` delivers mutations. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observing = false;
  constructor(readonly callback: (records: MutationRecord[]) => void) {
    FakeObserver.last = this;
  }
  observe() {
    this.observing = true;
  }
  disconnect() {
    this.observing = false;
  }
  takeRecords() {
    return [];
  }
  fire(records: Partial<MutationRecord>[] = [{ addedNodes: [] as never, removedNodes: [] as never, target: document.body }]) {
    if (this.observing) this.callback(records as MutationRecord[]);
  }
}

function pageMutation(): Partial<MutationRecord> {
  const p = document.createElement('p');
  return { addedNodes: [p] as unknown as NodeList, removedNodes: [] as unknown as NodeList, target: document.body };
}

function setup(overrides: Partial<ControllerOptions> = {}) {
  const abort = new AbortController();
  const scan = vi.fn(async () => undefined);
  const prefilter = vi.fn(() => true);
  const controller = createScanController({
    doc: document,
    signal: abort.signal,
    prefilter,
    enabled: () => true,
    scan,
    isOwnMutation,
    MutationObserver: FakeObserver as unknown as typeof MutationObserver,
    debounceMs: 500,
    maxWaitMs: 3000,
    maxRescans: 3,
    ...overrides,
  });
  return { abort, scan, prefilter, controller, observer: () => FakeObserver.last! };
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeObserver.last = null;
});
afterEach(() => vi.useRealTimers());

describe('createScanController', () => {
  it('scans at load when the pre-filter passes', async () => {
    const { controller, scan } = setup();
    await controller.start();
    expect(scan).toHaveBeenCalledTimes(1);
    expect(scan).toHaveBeenCalledWith('load');
  });

  it('does not scan (no analyze) when the pre-filter fails, and keeps only a light observer', async () => {
    const prefilter = vi.fn(() => false);
    const { controller, scan } = setup({ prefilter });
    await controller.start();
    expect(prefilter).toHaveBeenCalledTimes(1);
    expect(scan).not.toHaveBeenCalled();
    expect(controller.observing).toBe(true);
  });

  it('does not scan when leakmark is off for the site', async () => {
    const { controller, scan } = setup({ enabled: async () => false });
    await controller.start();
    expect(scan).not.toHaveBeenCalled();
  });

  it('debounces mutations: a burst gives one re-check after the quiet period', async () => {
    const prefilter = vi.fn(() => false);
    const { controller, observer } = setup({ prefilter });
    await controller.start();
    for (let i = 0; i < 10; i++) {
      observer().fire([pageMutation()]);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(prefilter).toHaveBeenCalledTimes(1); // only the load check so far
    await vi.advanceTimersByTimeAsync(500);
    expect(prefilter).toHaveBeenCalledTimes(2);
    expect(controller.rescans).toBe(1);
  });

  it('never postpones a re-check past maxWaitMs under a constant stream of mutations', async () => {
    const prefilter = vi.fn(() => false);
    const { controller, observer } = setup({ prefilter, maxRescans: 10 });
    await controller.start();
    for (let i = 0; i < 35; i++) {
      observer().fire([pageMutation()]);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(controller.rescans).toBe(1); // at 3 s
  });

  it('scans a page whose notice arrives later, once the pre-filter passes', async () => {
    let hasNotice = false;
    const { controller, observer, scan } = setup({ prefilter: () => hasNotice });
    await controller.start();
    expect(scan).not.toHaveBeenCalled();
    hasNotice = true;
    observer().fire([pageMutation()]);
    await vi.advanceTimersByTimeAsync(600);
    expect(scan).toHaveBeenCalledWith('mutation');
  });

  it('caps rescans per page, then stops observing', async () => {
    const { controller, observer, scan } = setup({ maxRescans: 3 });
    await controller.start();
    for (let i = 0; i < 6; i++) {
      observer().fire([pageMutation()]);
      await vi.advanceTimersByTimeAsync(600);
    }
    expect(controller.rescans).toBe(3);
    expect(scan).toHaveBeenCalledTimes(4); // load + 3
    expect(controller.observing).toBe(false);
  });

  it('ignores its own DOM changes (toolbars, legend, marks)', async () => {
    const { controller, observer, scan } = setup();
    await controller.start();
    const host = document.createElement('leakmark-toolbar');
    const mark = document.createElement('mark');
    mark.setAttribute('data-leakmark', 'count');
    observer().fire([
      { addedNodes: [host] as unknown as NodeList, removedNodes: [] as unknown as NodeList, target: document.body },
      { addedNodes: [mark] as unknown as NodeList, removedNodes: [] as unknown as NodeList, target: document.body },
    ]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(scan).toHaveBeenCalledTimes(1);
    expect(controller.rescans).toBe(0);
  });

  it('runs one scan at a time: mutations during a scan schedule one more afterwards', async () => {
    let release!: () => void;
    const scan = vi.fn(() => new Promise<void>((r) => (release = r)));
    const { controller, observer } = setup({ scan });
    const started = controller.start();
    await vi.advanceTimersByTimeAsync(0);
    observer().fire([pageMutation()]);
    observer().fire([pageMutation()]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(scan).toHaveBeenCalledTimes(1);
    release();
    await started;
    await vi.advanceTimersByTimeAsync(600);
    expect(scan).toHaveBeenCalledTimes(2);
  });

  it('stops everything on abort: no observer, no pending timer, no scan', async () => {
    const { controller, observer, scan, abort } = setup();
    await controller.start();
    observer().fire([pageMutation()]);
    abort.abort();
    expect(controller.observing).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(scan).toHaveBeenCalledTimes(1);
    await controller.request();
    expect(scan).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does nothing when started after abort', async () => {
    const { controller, scan, abort } = setup();
    abort.abort();
    await controller.start();
    expect(scan).not.toHaveBeenCalled();
    expect(controller.observing).toBe(false);
  });

  it('request({ force }) skips the pre-filter (a context-menu save on a quiet page)', async () => {
    const { controller, scan } = setup({ prefilter: () => false });
    await controller.start();
    await controller.request({ force: true });
    expect(scan).toHaveBeenCalledWith('request');
  });

  it('swallows scan errors (nothing reaches the page)', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const { controller } = setup({ scan: async () => Promise.reject(new Error('boom')) });
    await expect(controller.start()).resolves.toBeUndefined();
    expect(debug).toHaveBeenCalled();
    debug.mockRestore();
  });
});
