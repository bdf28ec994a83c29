// A big page's text in parts: split on the page side, put back together in the background, with
// interleaved uploads from several tabs and abandoned ones kept in bounded memory.
import { describe, expect, it, vi } from 'vitest';
import { createBackgroundHandlers, type BackgroundDeps } from '../../../lib/background/handlers';
import type { Handler } from '../../../lib/messaging/client';
import type { BackgroundProtocol, Res } from '../../../lib/messaging/protocol';
import { fitsOneMessage, sendPageForAnalysis, splitPage, UploadStore } from '../../../lib/messaging/upload';
import type { PageText } from '../../../lib/types';
import { fakeSendToTab, local, localEngine, NOTICE, tabStates } from './helpers';

function bigPage(chars: number): PageText {
  const text = `${NOTICE}\n`.repeat(Math.ceil(chars / (NOTICE.length + 1))).slice(0, chars);
  const blocks: NonNullable<PageText['blocks']> = [];
  for (let at = 0; at < text.length; at += NOTICE.length + 1) blocks.push({ start: at, end: Math.min(text.length, at + NOTICE.length), kind: 'p' });
  return { text, blocks };
}

/** The messages as they would go over the wire (JSON: what runtime.sendMessage serialises). */
function wire(store: UploadStore, tabId: number) {
  const deps: BackgroundDeps = { library: async () => { throw new Error('unused'); }, tabs: tabStates(), engine: localEngine, local: local(), sendToTab: fakeSendToTab({}), uploads: store };
  const handlers = createBackgroundHandlers(deps);
  const sizes: Array<[string, number]> = [];
  const send = vi.fn(async (type: string, data: unknown) => {
    const json = JSON.stringify({ type, data });
    sizes.push([type, json.length]);
    const handler = handlers[type as keyof BackgroundProtocol] as Handler<keyof BackgroundProtocol>;
    return handler(JSON.parse(json).data as never, { tabId });
  });
  return { send, sizes };
}

describe('splitPage', () => {
  it('cuts text and blocks into parts no bigger than the limit, in order, losing nothing', () => {
    const page = bigPage(10_000);
    const parts = splitPage(page, 1000);
    expect(parts.every((p) => (p.text?.length ?? 0) + (p.blocks?.length ?? 0) * 32 <= 1000)).toBe(true);
    expect(parts.map((p) => p.text ?? '').join('')).toBe(page.text);
    expect(parts.flatMap((p) => p.blocks ?? [])).toEqual(page.blocks);
    expect(fitsOneMessage(page, 1000)).toBe(false);
    expect(fitsOneMessage({ text: 'abc' }, 1000)).toBe(true);
  });
});

describe('sendPageForAnalysis → background', () => {
  it('a small page goes in one analyze message', async () => {
    const { send, sizes } = wire(new UploadStore(), 1);
    const res = await sendPageForAnalysis<Res<'analyze'>>(send, { text: NOTICE });
    expect(res.incidents).toHaveLength(1);
    expect(sizes.map(([t]) => t)).toEqual(['analyze']);
  });

  it('a big page goes in parts of bounded size, yielding between them, and gets the same answer', async () => {
    const page = bigPage(40_000);
    const store = new UploadStore();
    const { send, sizes } = wire(store, 1);
    const yieldFn = vi.fn(async () => undefined);
    const res = await sendPageForAnalysis<Res<'analyze'>>(send, page, { maxChars: 4096, yieldFn });
    expect(sizes.filter(([t]) => t === 'uploadPart').length).toBeGreaterThan(10);
    // No message much bigger than a part (JSON of Japanese text is 1 char per char; blocks ≈ 30 chars).
    expect(Math.max(...sizes.map(([, n]) => n))).toBeLessThan(4096 * 1.5);
    expect(yieldFn.mock.calls.length).toBeGreaterThan(10);
    expect(res).toEqual(await localEngine.analyze(page));
    expect(store.size).toBe(0);
    expect(store.heldChars).toBe(0);
  });

  it('interleaved uploads of two tabs are kept apart; a tab cannot add to or take another tab\'s upload', async () => {
    const store = new UploadStore();
    store.add(1, 'a', 0, { text: 'AAA' });
    store.add(2, 'b', 0, { text: 'BBB' });
    store.add(1, 'a', 1, { text: 'aaa' });
    expect(() => store.add(2, 'a', 2, { text: 'evil' })).toThrow(/Unknown upload/);
    expect(() => store.take(2, 'a', 2)).toThrow(/Unknown upload/);
    store.add(2, 'b', 1, { text: 'bbb' });
    expect(store.take(1, 'a', 2)).toEqual({ text: 'AAAaaa' });
    expect(store.take(2, 'b', 2)).toEqual({ text: 'BBBbbb' });
    expect(() => store.take(1, 'a', 2)).toThrow(/Unknown upload/);
  });

  it('an incomplete upload is refused (and forgotten)', () => {
    const store = new UploadStore();
    store.add(1, 'a', 0, { text: 'AAA' });
    store.add(1, 'a', 2, { text: 'CCC' });
    expect(() => store.take(1, 'a', 3)).toThrow(/incomplete/);
    expect(store.size).toBe(0);
  });

  it('abandoned uploads expire, and the total held stays under the cap (oldest dropped first)', () => {
    let t = 0;
    const store = new UploadStore({ maxTotalChars: 100, maxUploadChars: 60, maxUploads: 3, ttlMs: 1000 }, () => t);
    store.add(1, 'old', 0, { text: 'x'.repeat(50) });
    t = 10;
    store.add(2, 'mid', 0, { text: 'y'.repeat(40) });
    t = 20;
    store.add(3, 'new', 0, { text: 'z'.repeat(40) }); // 130 > 100: 'old' goes
    expect(store.heldChars).toBe(80);
    expect(() => store.take(1, 'old', 1)).toThrow(/Unknown upload/);
    expect(() => store.add(3, 'new', 1, { text: 'z'.repeat(30) })).toThrow(/too big/);
    expect(store.heldChars).toBe(40);
    for (let i = 0; i < 5; i++) store.add(4, `many-${i}`, 0, { text: 'w' });
    expect(store.size).toBeLessThanOrEqual(3);
    t = 5000; // nothing touched for longer than the TTL
    store.add(5, 'late', 0, { text: 'v' });
    expect(store.size).toBe(1);
    expect(store.heldChars).toBe(1);
  });

  it('stops between parts when the scan is aborted', async () => {
    const store = new UploadStore();
    const { send } = wire(store, 1);
    const abort = new AbortController();
    let parts = 0;
    const sendAndAbort = async (type: string, data: unknown) => {
      if (type === 'uploadPart' && ++parts === 2) abort.abort();
      return send(type, data);
    };
    await expect(sendPageForAnalysis(sendAndAbort, bigPage(20_000), { maxChars: 4096, signal: abort.signal })).rejects.toThrow();
    expect(parts).toBe(2);
    expect(send.mock.calls.some(([t]) => t === 'analyze')).toBe(false);
  });
});
