/**
 * The one typed message map between the content script and the background. Every message is
 * `{ type, data }`; each type names the data it carries and the response it gets back, so both sides
 * are checked by the compiler against this file alone.
 *
 * @example
 *   const result = await sendToBackground('analyze', { request });
 *   handleMessages({ 'open-sidebar': () => overlay.open() });
 */
import { browser, type Browser } from 'wxt/browser';
import type { AnalyzeRequest, AnalyzeResponse, ErrorBody } from '../shared/schema/index.ts';
import type { Locale } from './sidebar/labels.ts';
import type { ShareLinkOutcome } from './sidebar/types.ts';

/**
 * The background's answer to an analysis: never a thrown error, so the sidebar can always show
 * something. `local` is set when the Worker failed and the analysis ran in the extension instead; it
 * carries the Worker's failure for the sidebar's note.
 */
export type AnalyzeResult =
  | { ok: true; analysis: AnalyzeResponse; local?: ErrorBody['error'] }
  | ({ ok: false } & ErrorBody);

/** Messages the background handles (sent by content scripts). */
export type BackgroundMessages = {
  analyze: { data: { request: AnalyzeRequest }; response: AnalyzeResult };
  /** Store `{url, analysis}` on the Worker (POST /v1/shares); the delete token stays in the background. */
  'create-share': { data: { url: string; analysis: AnalyzeResponse }; response: ShareLinkOutcome };
  /** Delete a share this browser created, with its stored token. */
  'delete-share': { data: { id: string }; response: boolean };
  /** Draw the outline as a PNG card (OffscreenCanvas, in the background to keep the content script small). */
  'draw-outline-card': {
    data: { analysis: AnalyzeResponse; url: string; locale: Locale };
    response: { ok: true; dataUrl: string; fileName: string } | { ok: false };
  };
};

/** Messages a tab's content script handles (sent by the background). */
export type ContentMessages = {
  /** The toolbar button or the keyboard shortcut: open the sidebar (or close it if it is open). */
  'toggle-sidebar': { data: undefined; response: void };
  /** The context menu's "Summarize this article": open the sidebar (never close it). */
  'open-sidebar': { data: undefined; response: void };
};

type MessageMap = Record<string, { data: unknown; response: unknown }>;
type Envelope<M extends MessageMap, K extends keyof M = keyof M> = { type: K; data: M[K]['data'] };
export type Handlers<M extends MessageMap> = {
  [K in keyof M]: (data: M[K]['data'], sender: Browser.runtime.MessageSender) => M[K]['response'] | Promise<M[K]['response']>;
};

/** Sends a message to the background and resolves with its typed response. */
export function sendToBackground<K extends keyof BackgroundMessages & string>(
  type: K,
  data: BackgroundMessages[K]['data'],
): Promise<BackgroundMessages[K]['response']> {
  const message: Envelope<BackgroundMessages, K> = { type, data };
  return browser.runtime.sendMessage(message);
}

/** Sends a message to the content script of one tab (top frame) and resolves with its typed response. */
export function sendToTab<K extends keyof ContentMessages & string>(
  tabId: number,
  type: K,
  data: ContentMessages[K]['data'],
): Promise<ContentMessages[K]['response']> {
  const message: Envelope<ContentMessages, K> = { type, data };
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

/**
 * Listens for the messages of one map and answers each with its handler's result. Uses `sendResponse`
 * + `return true` rather than a returned promise, because Chrome only recently accepts promises from
 * `onMessage` listeners. Returns a function that removes the listener (hand it to `ctx.onInvalidated`).
 */
export function handleMessages<M extends MessageMap>(handlers: Handlers<M>): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (response: unknown) => void) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return false;
    const handler = handlers[message.type as keyof M];
    Promise.resolve()
      .then(() => handler(message.data as M[keyof M]['data'], sender))
      .then(sendResponse, (error: unknown) => {
        // A handler that throws is a bug; answer anyway so the sender is not left waiting. Only the
        // message type and the error's name are logged: a message could quote the article's text.
        console.error('[Article Lens] handler failed:', String(message.type), error instanceof Error ? error.name : typeof error);
        sendResponse(undefined);
      });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

function isEnvelope(message: unknown): message is { type: string; data: unknown } {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}
