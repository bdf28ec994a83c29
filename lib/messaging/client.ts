// Typed send/handle over browser.runtime / browser.tabs messaging. Handlers answer with a value or
// { error }; nothing thrown ever crosses the boundary (and nothing reaches the page).
import { browser } from 'wxt/browser';
import {
  isErrorAnswer,
  isMessage,
  type BackgroundProtocol,
  type ContentProtocol,
  type ErrorAnswer,
  type Message,
  type MessageType,
  type OffscreenProtocol,
  type Req,
  type Res,
} from './protocol';

export class MessageError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

function unwrap<T>(answer: unknown): T {
  if (isErrorAnswer(answer)) throw new MessageError(answer.error, answer.code);
  return answer as T;
}

/** Send a request to the background (from a content script, the popup or the library page). */
export async function sendToBackground<K extends keyof BackgroundProtocol>(type: K, data: Req<K>): Promise<Res<K>> {
  return unwrap<Res<K>>(await browser.runtime.sendMessage({ type, data } satisfies Message<K>));
}

/** Send a request to the offscreen document (background only). */
export async function sendToOffscreen<K extends keyof OffscreenProtocol>(type: K, data: Req<K>): Promise<Res<K>> {
  return unwrap<Res<K>>(await browser.runtime.sendMessage({ type, data } satisfies Message<K>));
}

/** Send a request to a tab's content script (background only). */
export async function sendToTab<K extends keyof ContentProtocol>(tabId: number, type: K, data: Req<K>): Promise<Res<K>> {
  return unwrap<Res<K>>(await browser.tabs.sendMessage(tabId, { type, data } satisfies Message<K>));
}

/** Who sent a message: the tab, the frame and document in it (content scripts), the sender's URL. */
export interface Sender {
  tabId?: number;
  /** 0 for the top document. */
  frameId?: number;
  /** Chrome's id of the sending document (a frame that navigates gets a new one). */
  documentId?: string;
  /** The tab's (top document's) URL. */
  tabUrl?: string;
  url?: string;
}

export type Handler<K extends MessageType> = (data: Req<K>, sender: Sender) => Promise<Res<K>> | Res<K>;
export type Handlers<P> = { [K in keyof P & MessageType]?: Handler<K> };

/**
 * Answer the messages named in `handlers`; others are left for other listeners (the listener returns
 * undefined for them). Returns a function that stops listening.
 */
export function handleMessages<P>(handlers: Handlers<P>): () => void {
  const listener = (
    message: unknown,
    sender: { tab?: { id?: number; url?: string }; frameId?: number; documentId?: string; url?: string },
  ): Promise<unknown> | undefined => {
    if (!isMessage(message)) return undefined;
    const handler = (handlers as Record<string, Handler<MessageType> | undefined>)[message.type];
    if (!handler) return undefined;
    return (async () => {
      try {
        const from: Sender = { tabId: sender.tab?.id, frameId: sender.frameId, documentId: sender.documentId, tabUrl: sender.tab?.url, url: sender.url };
        return await handler(message.data as never, from);
      } catch (err) {
        const answer: ErrorAnswer = {
          error: err instanceof Error ? err.message : String(err),
          code: (err as { code?: string } | null)?.code,
        };
        return answer;
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
