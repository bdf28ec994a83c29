import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEngineHost } from '../../../lib/background/engine-host';
import { createOffscreenClient } from '../../../lib/background/offscreen-client';
import { createOffscreenEngine } from '../../../lib/background/offscreen-engine';
import { createTokenizerGate } from '../../../lib/background/tokenizer-gate';
import type { AnalyzeResult } from '../../../lib/messaging/protocol';
import type { Tokenizer } from '../../../lib/types';

const TOK: Tokenizer = { tokenize: () => [] };
const page = { text: '不正アクセス' };

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createTokenizerGate', () => {
  it('waits for the first build at most firstWaitMs, then never waits again until it is ready', async () => {
    const build = deferred<Tokenizer>();
    const gate = createTokenizerGate(() => build.promise, { firstWaitMs: 1500 });
    const first = gate.get();
    await vi.advanceTimersByTimeAsync(1499);
    expect(gate.state).toBe('building');
    await vi.advanceTimersByTimeAsync(1);
    await expect(first).resolves.toBeUndefined();
    await expect(gate.get()).resolves.toBeUndefined(); // past the deadline: no wait
    build.resolve(TOK);
    await vi.advanceTimersByTimeAsync(0);
    await expect(gate.get()).resolves.toBe(TOK);
    expect(gate.state).toBe('ready');
  });

  it('uses the tokenizer when it is ready before the deadline', async () => {
    const gate = createTokenizerGate(async () => TOK, { firstWaitMs: 1500 });
    await expect(gate.get()).resolves.toBe(TOK);
  });

  it('builds once, and a failed build leaves the engine without it (no retry)', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const load = vi.fn(async () => Promise.reject(new Error('no dictionary')));
    const gate = createTokenizerGate(load);
    await expect(gate.get()).resolves.toBeUndefined();
    await expect(gate.get()).resolves.toBeUndefined();
    expect(load).toHaveBeenCalledTimes(1);
    expect(gate.state).toBe('failed');
    debug.mockRestore();
  });
});

describe('createEngineHost', () => {
  const run = vi.fn((_page: unknown, opts: { tokenizer?: Tokenizer }) => (opts.tokenizer ? [] : []));

  it('asks the offscreen document, passing how long it may wait for kuromoji', async () => {
    const answer: AnalyzeResult = { incidents: [], tokenizer: true, engineVersion: 'x' };
    const analyze = vi.fn(async () => answer);
    const host = createEngineHost({ run, engineVersion: 'x', offscreen: { analyze }, firstWaitMs: 1500 });
    await expect(host.analyze(page)).resolves.toBe(answer);
    expect(analyze).toHaveBeenCalledWith(page, 1500);
    await vi.advanceTimersByTimeAsync(2000);
    await host.analyze(page);
    expect(analyze).toHaveBeenLastCalledWith(page, 0); // later requests never wait for the build
  });

  it('runs the engine itself (no tokenizer) when the offscreen document fails', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const local = vi.fn(() => []);
    const host = createEngineHost({ run: local, engineVersion: 'x', offscreen: { analyze: async () => Promise.reject(new Error('gone')) } });
    await expect(host.analyze(page)).resolves.toEqual({ incidents: [], tokenizer: false, engineVersion: 'x' });
    expect(local).toHaveBeenCalledWith(page, {});
    debug.mockRestore();
  });

  it('runs the engine itself when the offscreen document does not answer in time', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const local = vi.fn(() => []);
    const never = new Promise<AnalyzeResult>(() => undefined);
    const host = createEngineHost({ run: local, engineVersion: 'x', offscreen: { analyze: () => never }, firstWaitMs: 1000, offscreenTimeoutMs: 2000 });
    const res = host.analyze(page);
    await vi.advanceTimersByTimeAsync(3000);
    await expect(res).resolves.toMatchObject({ tokenizer: false });
    debug.mockRestore();
  });

  it('stops asking the offscreen document after repeated failures', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const analyze = vi.fn(async () => Promise.reject(new Error('gone')));
    const host = createEngineHost({ run: () => [], engineVersion: 'x', offscreen: { analyze }, maxOffscreenFailures: 2 });
    for (let i = 0; i < 5; i++) await host.analyze(page);
    expect(analyze).toHaveBeenCalledTimes(2);
    debug.mockRestore();
  });

  it('Firefox: builds kuromoji here and uses it once ready', async () => {
    const local = vi.fn(() => []);
    const host = createEngineHost({ run: local, engineVersion: 'x', tokenizer: createTokenizerGate(async () => TOK) });
    await expect(host.analyze(page)).resolves.toMatchObject({ tokenizer: true });
    expect(local).toHaveBeenCalledWith(page, { tokenizer: TOK });
  });
});

describe('createOffscreenClient', () => {
  it('creates the document once, even when requests race', async () => {
    const createDocument = vi.fn(async () => undefined);
    const send = vi.fn(async () => ({ incidents: [], tokenizer: true, engineVersion: 'x' }));
    const client = createOffscreenClient({ offscreen: { createDocument }, send });
    await Promise.all([client.analyze(page, 0), client.analyze(page, 0), client.analyze(page, 0)]);
    expect(createDocument).toHaveBeenCalledTimes(1);
    expect(createDocument).toHaveBeenCalledWith({ url: 'offscreen.html', reasons: ['WORKERS'], justification: expect.stringContaining('kuromoji') });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('reuses a document that outlived the service worker', async () => {
    const createDocument = vi.fn(async () => undefined);
    const client = createOffscreenClient({ offscreen: { createDocument, hasDocument: async () => true }, send: async () => ({ incidents: [], tokenizer: true, engineVersion: 'x' }) });
    await client.analyze(page, 0);
    expect(createDocument).not.toHaveBeenCalled();
  });

  it('accepts "only a single offscreen document" and retries once when nobody listened yet', async () => {
    vi.useRealTimers();
    const createDocument = vi.fn(async () => Promise.reject(new Error('Only a single offscreen document may be created.')));
    const send = vi
      .fn()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ incidents: [], tokenizer: true, engineVersion: 'x' });
    const client = createOffscreenClient({ offscreen: { createDocument }, send, retryMs: 1 });
    await expect(client.analyze(page, 0)).resolves.toMatchObject({ tokenizer: true });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('lets a real creation error through (the engine host then runs locally) and tries again next time', async () => {
    const createDocument = vi.fn().mockRejectedValueOnce(new Error('offscreen API missing')).mockResolvedValueOnce(undefined);
    const client = createOffscreenClient({ offscreen: { createDocument }, send: async () => ({ incidents: [], tokenizer: true, engineVersion: 'x' }) });
    await expect(client.analyze(page, 0)).rejects.toThrow(/missing/);
    await expect(client.analyze(page, 0)).resolves.toMatchObject({ tokenizer: true });
  });
});

describe('createOffscreenEngine', () => {
  it('starts building at once and waits for it only as long as it is told', async () => {
    const build = deferred<Tokenizer>();
    const run = vi.fn(() => []);
    const engine = createOffscreenEngine({ run, engineVersion: 'x', tokenizer: createTokenizerGate(() => build.promise, { firstWaitMs: 60_000 }) });
    const quick = engine.analyze(page, 0);
    await expect(quick).resolves.toMatchObject({ tokenizer: false });
    const patient = engine.analyze(page, 1000);
    build.resolve(TOK);
    await expect(patient).resolves.toMatchObject({ tokenizer: true });
    expect(run).toHaveBeenLastCalledWith(page, { tokenizer: TOK });
  });
});
