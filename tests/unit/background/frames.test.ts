// Per-frame tab state: every frame of a tab reports on its own; the badge and the popup add them up;
// a frame's new report replaces its old one; a frame that goes away takes its findings with it; and
// messages to "the tab" reach the right frames.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createFrameRouter, frameAlive } from '../../../lib/background/frames';
import { startBackground } from '../../../lib/background/start';
import { combineFrames, TabStates, type FrameInfo, type TabRecord } from '../../../lib/background/tab-state';
import type { TabIncident } from '../../../lib/messaging/protocol';
import { fakeSendToFrame, freshLibrary, localEngine, noticeIncident, session, tabIncident } from './helpers';

beforeEach(() => fakeBrowser.reset());

const TOP = 'https://city.example/news';
const FRAME = 'https://widget.example/notice';

const breach = () => noticeIncident();
const notBreach = () => ({ ...noticeIncident(), is_breach: false });

function report(url: string, incidents: TabIncident[]): TabRecord {
  return { page: { url, title: '', pageHash: '' }, incidents };
}

type Step = { tabId?: number; record: TabRecord; from: FrameInfo } | { drop: [number, string?] };

const badge = (tabId = 1) => fakeBrowser.action.getBadgeText({ tabId });

describe('TabStates over frames', () => {
  const cases: Array<[string, string, number, Step[]]> = [
    ['one top frame', '1', 1, [{ record: report(TOP, [tabIncident(breach(), 0)]), from: { frameId: 0 } }]],
    [
      'a sub-frame only (the top page is quiet)',
      '1',
      1,
      [{ record: report(FRAME, [tabIncident(breach(), 0)]), from: { frameId: 7, tabUrl: TOP } }],
    ],
    [
      'top and sub-frame add up',
      '3',
      4,
      [
        { record: report(TOP, [tabIncident(breach(), 0), tabIncident(notBreach(), 1)]), from: { frameId: 0 } },
        { record: report(FRAME, [tabIncident(breach(), 0), tabIncident(breach(), 1)]), from: { frameId: 7 } },
      ],
    ],
    [
      'the same frame re-scanning is not counted twice',
      '1',
      1,
      [
        { record: report(FRAME, [tabIncident(breach(), 0)]), from: { frameId: 7, documentId: 'd1' } },
        { record: report(FRAME, [tabIncident(breach(), 0)]), from: { frameId: 7, documentId: 'd1' } },
        { record: report(FRAME, [tabIncident(breach(), 0)]), from: { frameId: 7, documentId: 'd1' } },
      ],
    ],
    [
      'a frame that navigated reports its new page instead of the old one',
      '',
      0,
      [
        { record: report(FRAME, [tabIncident(breach(), 0), tabIncident(breach(), 1)]), from: { frameId: 7, documentId: 'd1' } },
        { record: report(`${FRAME}/2`, []), from: { frameId: 7, documentId: 'd2' } },
      ],
    ],
    [
      'a frame that went away drops its findings, the others stay',
      '1',
      1,
      [
        { record: report(TOP, [tabIncident(breach(), 0)]), from: { frameId: 0, documentId: 't' } },
        { record: report(FRAME, [tabIncident(breach(), 0)]), from: { frameId: 7, documentId: 'd1' } },
        { drop: [7, 'd1'] },
      ],
    ],
    [
      'a late goodbye from the previous page does not drop the new page',
      '1',
      1,
      [
        { record: report(FRAME, [tabIncident(breach(), 0)]), from: { frameId: 7, documentId: 'd2' } },
        { drop: [7, 'd1'] },
      ],
    ],
    [
      'dismissed incidents are not counted, in any frame',
      '1',
      3,
      [
        { record: report(TOP, [tabIncident(breach(), 0, { dismissed: true })]), from: { frameId: 0 } },
        { record: report(FRAME, [tabIncident(breach(), 0, { dismissed: true }), tabIncident(breach(), 1)]), from: { frameId: 3 } },
      ],
    ],
  ];

  it.each(cases)('%s → badge "%s", %i incidents listed', async (_name, expectedBadge, listed, steps) => {
    const tabs = new TabStates(fakeBrowser.action, session());
    for (const step of steps) {
      if ('drop' in step) await tabs.dropFrame(1, ...step.drop);
      else await tabs.set(step.tabId ?? 1, step.record, step.from);
    }
    expect(await badge()).toBe(expectedBadge);
    expect((await tabs.get(1))?.incidents.length ?? 0).toBe(listed);
    // A restarted service worker reads the same from storage.session.
    const again = new TabStates(fakeBrowser.action, session());
    expect((await again.get(1))?.incidents.length ?? 0).toBe(listed);
  });

  it('the combined tab: top frame first, incidents tagged with their frame, the top page (or the tab URL) as the page', async () => {
    const tabs = new TabStates(fakeBrowser.action, session());
    await tabs.set(1, report(FRAME, [tabIncident(breach(), 0)]), { frameId: 9, tabUrl: TOP });
    expect((await tabs.get(1))?.page.url).toBe(TOP);
    await tabs.set(1, report(TOP, [tabIncident(notBreach(), 0)]), { frameId: 0 });
    const tab = await tabs.get(1);
    expect(tab?.page.url).toBe(TOP);
    expect(tab?.incidents.map((t) => [t.frameId, t.index])).toEqual([
      [0, 0],
      [9, 0],
    ]);
  });

  it('keeps tabs apart', async () => {
    const tabs = new TabStates(fakeBrowser.action, session());
    await tabs.set(1, report(TOP, [tabIncident(breach(), 0)]), { frameId: 0 });
    await tabs.set(2, report(TOP, [tabIncident(breach(), 0), tabIncident(breach(), 1)]), { frameId: 4 });
    expect(await badge(1)).toBe('1');
    expect(await badge(2)).toBe('2');
  });

  it('update() changes one frame only (a save in frame 7 does not mark frame 0)', async () => {
    const tabs = new TabStates(fakeBrowser.action, session());
    await tabs.set(1, report(TOP, [tabIncident(breach(), 0)]), { frameId: 0 });
    await tabs.set(1, report(FRAME, [tabIncident(breach(), 0)]), { frameId: 7 });
    await tabs.update(1, (rec) => void (rec.incidents[0]!.savedId = 'r1'), 7);
    expect((await tabs.get(1))?.incidents.map((t) => t.savedId)).toEqual([null, 'r1']);
    expect(await tabs.update(1, () => undefined, 42)).toBeNull();
  });

  it('reads the stored shape of a previous version (one record per tab) as the top frame', async () => {
    await fakeBrowser.storage.session.set({ 'tab:5': report(TOP, [tabIncident(breach(), 0)]) });
    const tabs = new TabStates(fakeBrowser.action, session());
    expect((await tabs.frames(5)).map((f) => f.frameId)).toEqual([0]);
  });

  it('prune() keeps frames whose document answers and drops the rest; the tab goes when none is left', async () => {
    const tabs = new TabStates(fakeBrowser.action, session());
    await tabs.set(1, report(TOP, [tabIncident(breach(), 0)]), { frameId: 0, documentId: 'top' });
    await tabs.set(1, report(FRAME, [tabIncident(breach(), 0)]), { frameId: 7, documentId: 'gone' });
    const send = fakeSendToFrame({
      framePing: (_tab: number, _frame: number, doc?: string) => {
        if (doc === 'gone') throw new Error('No document with id gone');
        return { ok: true };
      },
    });
    expect(await tabs.prune(1, frameAlive(send, 1))).toBe(1);
    expect(await badge()).toBe('1');
    expect(send).toHaveBeenCalledWith(1, 7, 'framePing', {}, 'gone');
    expect(await tabs.prune(1, async () => false)).toBe(1);
    expect(await tabs.get(1)).toBeNull();
    expect(await badge()).toBe('');
  });

  it('combineFrames: nothing reported → null', () => {
    expect(combineFrames([])).toBeNull();
  });
});

describe('frame router', () => {
  async function tabWithFrames() {
    const tabs = new TabStates(fakeBrowser.action, session());
    await tabs.set(1, report(TOP, [tabIncident(notBreach(), 0)]), { frameId: 0 });
    await tabs.set(1, report(FRAME, [tabIncident(breach(), 0)]), { frameId: 7 });
    await tabs.set(1, report(`${FRAME}/b`, [tabIncident(breach(), 0), tabIncident(breach(), 1)]), { frameId: 9 });
    return tabs;
  }

  it('save all goes to every frame with a breach (not the quiet top frame) and adds the answers up', async () => {
    const send = fakeSendToFrame({ saveAll: (_t: number, frame: number) => ({ saved: frame === 9 ? 2 : 1 }) });
    const route = createFrameRouter(await tabWithFrames(), send);
    expect(await route(1, 'saveAll', {})).toEqual({ saved: 3 });
    expect(send.mock.calls.map((c) => c[1]).sort()).toEqual([7, 9]);
  });

  it('save all on a tab nobody reported goes to the top frame', async () => {
    const send = fakeSendToFrame({ saveAll: { saved: 0 } });
    const route = createFrameRouter(new TabStates(fakeBrowser.action, session()), send);
    expect(await route(3, 'saveAll', {})).toEqual({ saved: 0 });
    expect(send).toHaveBeenCalledWith(3, 0, 'saveAll', {});
  });

  it('save all still counts the frames that answered when one fails; fails when all do', async () => {
    const tabs = await tabWithFrames();
    const some = fakeSendToFrame({
      saveAll: (_t: number, frame: number) => {
        if (frame === 7) throw new Error('frame gone');
        return { saved: 2 };
      },
    });
    expect(await createFrameRouter(tabs, some)(1, 'saveAll', {})).toEqual({ saved: 2 });
    const none = fakeSendToFrame({});
    await expect(createFrameRouter(tabs, none)(1, 'saveAll', {})).rejects.toThrow(/no answer/);
  });

  it.each<[string, number | undefined, number]>([
    ['a popup save goes to the incident’s frame', 9, 9],
    ['without a frame, to the top frame', undefined, 0],
  ])('%s', async (_name, frameId, expectedFrame) => {
    const send = fakeSendToFrame({ saveOne: { record: { id: 'r' }, created: true } });
    const route = createFrameRouter(await tabWithFrames(), send);
    await route(1, 'saveOne', frameId === undefined ? { index: 1 } : { index: 1, frameId });
    expect(send).toHaveBeenCalledWith(1, expectedFrame, 'saveOne', { index: 1 });
  });

  it('a context-menu click’s frame gets the selection question and the rescan', async () => {
    const send = fakeSendToFrame({ selectionSource: { found: false }, rescan: { ok: true } });
    const route = createFrameRouter(await tabWithFrames(), send, 7);
    await route(1, 'selectionSource', { text: 'x' });
    await route(1, 'rescan', {});
    expect(send.mock.calls.map((c) => [c[1], c[2]])).toEqual([
      [7, 'selectionSource'],
      [7, 'rescan'],
    ]);
  });

  it('reveal asks every reporting frame and is found when one finds it', async () => {
    const send = fakeSendToFrame({ reveal: (_t: number, frame: number) => ({ found: frame === 9 }) });
    expect(await createFrameRouter(await tabWithFrames(), send)(1, 'reveal', { recordId: 'r' })).toEqual({ found: true });
    expect(send).toHaveBeenCalledTimes(3);
  });
});

describe('background wiring', () => {
  it('a load in the tab keeps frames whose document answers; frameGone drops the sender’s frame', async () => {
    const library = await freshLibrary();
    const alive = new Set(['top', 'f7']);
    const sendToFrame = fakeSendToFrame({
      framePing: (_t: number, _f: number, doc?: string) => {
        if (!doc || !alive.has(doc)) throw new Error('gone');
        return { ok: true };
      },
    });
    const browser = { ...fakeBrowser, contextMenus: undefined, menus: undefined, commands: undefined };
    const app = startBackground({ browser: browser as never, engine: localEngine, openLibrary: async () => library, sendToFrame });
    await app.tabs.set(1, report(TOP, [tabIncident(breach(), 0)]), { frameId: 0, documentId: 'top' });
    await app.tabs.set(1, report(FRAME, [tabIncident(breach(), 0)]), { frameId: 7, documentId: 'f7' });
    await app.tabs.set(1, report(`${FRAME}/x`, [tabIncident(breach(), 0)]), { frameId: 8, documentId: 'f8' });
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'complete' } as never, {} as never);
    await expect.poll(() => badge()).toBe('2');
    // Frame 7's page says goodbye (pagehide): only frame 7 goes.
    await fakeBrowser.runtime.onMessage.trigger({ type: 'frameGone', data: {} }, { tab: { id: 1 }, frameId: 7, documentId: 'f7' } as never);
    await expect.poll(() => badge()).toBe('1');
    expect((await app.tabs.frames(1)).map((f) => f.frameId)).toEqual([0]);
    alive.clear();
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading' } as never, {} as never);
    await expect.poll(() => badge()).toBe('');
    app.stop();
  });

  it('without documentIds (Firefox) the end of a load keeps the frames and the start of one clears them', async () => {
    const library = await freshLibrary();
    const sendToFrame = fakeSendToFrame({ framePing: { ok: true } });
    const browser = { ...fakeBrowser, contextMenus: undefined, menus: undefined, commands: undefined };
    const app = startBackground({ browser: browser as never, engine: localEngine, openLibrary: async () => library, sendToFrame });
    await app.tabs.set(1, report(TOP, [tabIncident(breach(), 0)]), { frameId: 0 });
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'complete' } as never, {} as never);
    await new Promise((r) => setTimeout(r, 10));
    expect(await badge()).toBe('1');
    await fakeBrowser.tabs.onUpdated.trigger(1, { status: 'loading' } as never, {} as never);
    await expect.poll(() => badge()).toBe('');
    expect(sendToFrame).not.toHaveBeenCalled();
    app.stop();
  });
});
