// Talking to a tab whose frames each run a content script. browser.tabs.sendMessage without a frameId
// goes to every frame and hands back only the first answer, so the background addresses frames one by
// one: "save all" goes to every frame that found a breach and the answers are added up, a popup save
// goes to the frame the incident was found in, and a "still there?" ping goes to one document.
import { MessageError } from '../messaging/client';
import { isErrorAnswer, type ContentProtocol, type Message, type Req, type Res } from '../messaging/protocol';
import type { SendToTab } from './handlers';
import { breachCount, TOP_FRAME, type FrameRecord, type TabStates } from './tab-state';

/** Send to one frame (and, when given, only while it still holds that document). */
export type SendToFrame = <K extends keyof ContentProtocol>(
  tabId: number,
  frameId: number,
  type: K,
  data: Req<K>,
  documentId?: string,
) => Promise<Res<K>>;

/** The browser's tabs.sendMessage addressed to one frame (or document). */
export interface TabsMessaging {
  sendMessage(tabId: number, message: unknown, options?: { frameId?: number; documentId?: string }): Promise<unknown>;
}

export function browserSendToFrame(tabs: TabsMessaging): SendToFrame {
  return async (tabId, frameId, type, data, documentId) => {
    const options = documentId ? { frameId, documentId } : { frameId };
    const answer = await tabs.sendMessage(tabId, { type, data } satisfies Message<typeof type>, options);
    if (isErrorAnswer(answer)) throw new MessageError(answer.error, answer.code);
    return answer as never;
  };
}

/** Frames that have something to act on, top frame first; the top frame alone when none reported. */
async function framesWith(tabs: TabStates, tabId: number, keep: (f: FrameRecord) => boolean): Promise<number[]> {
  const ids = (await tabs.frames(tabId)).filter(keep).map((f) => f.frameId);
  return ids.length > 0 ? ids : [TOP_FRAME];
}

/** Every answer, or the first failure when all failed. */
async function all<T>(calls: Array<Promise<T>>): Promise<T[]> {
  const settled = await Promise.allSettled(calls);
  const ok = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  if (ok.length === 0 && settled.length > 0) throw (settled[0] as PromiseRejectedResult).reason;
  return ok;
}

/**
 * A SendToTab for a tab of frames. `preferFrame` (a context-menu click knows its frame) takes the
 * messages about one place (the selection, the rescan after it) to that frame.
 */
export function createFrameRouter(tabs: TabStates, send: SendToFrame, preferFrame?: number): SendToTab {
  const router = async (tabId: number, type: keyof ContentProtocol, data: unknown): Promise<unknown> => {
    switch (type) {
      case 'saveAll': {
        const frames = await framesWith(tabs, tabId, (f) => breachCount(f.incidents) > 0);
        const answers = await all(frames.map((frameId) => send(tabId, frameId, 'saveAll', {})));
        return { saved: answers.reduce((n, a) => n + a.saved, 0) };
      }
      case 'saveOne': {
        const { index, frameId } = data as Req<'saveOne'>;
        return send(tabId, frameId ?? TOP_FRAME, 'saveOne', { index });
      }
      case 'reveal': {
        const frames = await framesWith(tabs, tabId, () => true);
        const answers = await all(frames.map((frameId) => send(tabId, frameId, 'reveal', data as Req<'reveal'>)));
        return { found: answers.some((a) => a.found) };
      }
      case 'rescan': {
        const frames = preferFrame !== undefined ? [preferFrame] : await framesWith(tabs, tabId, () => true);
        await all(frames.map((frameId) => send(tabId, frameId, 'rescan', {})));
        return { ok: true };
      }
      default:
        return send(tabId, preferFrame ?? TOP_FRAME, type, data as never);
    }
  };
  return router as SendToTab;
}

/** Is the frame's reporting document still there? (No documentId: the frame answering is enough.) */
export function frameAlive(send: SendToFrame, tabId: number): (frame: FrameRecord) => Promise<boolean> {
  return async (frame) => {
    try {
      await send(tabId, frame.frameId, 'framePing', {}, frame.documentId);
      return true;
    } catch {
      return false;
    }
  };
}
