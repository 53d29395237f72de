import { browser, type Browser } from 'wxt/browser';
import type { Clipping, ClippingChange, ClippingDraft, ClipColour } from './clips/clipping';
import type { Entity } from './finance/recognize';
import type { CopyReading, ReadabilityRequest } from './article/readability-pick';
import type { PageStatus } from './page-status';
import type { SourceId } from './symbol-lists/sources';

/**
 * The one message map between content script, background and popup. Each entry
 * names who receives it (`to`), what it carries and what the reply holds.
 * Replies travel as `{ok: true, value} | {ok: false, error}` so a failure on the
 * other side arrives as an Error with its message, never as a silent undefined.
 */
export interface MessageMap {
  /** popup → content: analyse the page now (or return the fresh result) */
  'content/page-status': { to: 'content'; data: null; value: PageStatus };
  /** content → background: the page's latest status, kept per tab */
  'background/report-status': { to: 'background'; data: PageStatus; value: null };
  /** popup → background: the last status a tab reported, if any */
  'background/tab-status': { to: 'background'; data: { tabId: number }; value: PageStatus | null };
  /**
   * content → background: recognise entities in an article's text. The background
   * holds the symbol directory (built once, not per page) and sets the tab's badge.
   */
  'background/recognize': { to: 'background'; data: RecognizeRequest; value: Entity[] };
  /** options → background: the directory's names for these tickers (null: not listed) */
  'background/ticker-names': { to: 'background'; data: { values: string[] }; value: TickerNames };
  /** options → background: download the exchanges' lists (all, or these) now */
  'background/update-symbol-lists': {
    to: 'background';
    data: { ids?: SourceId[] };
    value: SymbolListUpdate;
  };
  /** options → background: the reader's yes or no to a weekly update */
  'background/set-weekly-update': { to: 'background'; data: { on: boolean }; value: null };
  /** popup → content: turn the page's highlights on or off (the page returns exactly) */
  'content/set-highlights': { to: 'content'; data: { on: boolean }; value: HighlightState };
  /** popup → content: the entities of the page's article, for the popup's lists */
  'content/entities': { to: 'content'; data: null; value: PageEntities };
  /** popup → content: scroll to the mark at this text offset and flash it */
  'content/reveal': { to: 'content'; data: { start: number }; value: boolean };

  // Clippings. The background is their only writer, so that tabs clipping at the
  // same time never overwrite each other; everyone reads storage directly.
  /** content → background: keep a new clipping (the background adds id and times) */
  'background/clip-add': { to: 'background'; data: ClippingDraft; value: Clipping };
  /** popup/content → background: change a clipping's note, colour or tags */
  'background/clip-update': {
    to: 'background';
    data: { id: string; change: ClippingChange };
    value: Clipping;
  };
  /** popup → background: delete a clipping; the reply is what was deleted (for undo) */
  'background/clip-delete': { to: 'background'; data: { id: string }; value: Clipping | null };
  /** popup → background: put a deleted clipping back (undo) */
  'background/clip-restore': { to: 'background'; data: Clipping; value: Clipping };
  /** popup → background: merge clippings from an import file, by id */
  'background/clip-import': { to: 'background'; data: Clipping[]; value: ImportResult };
  /** options → background: erase every clipping and setting (after the reader confirmed) */
  'background/erase-all': { to: 'background'; data: null; value: null };
  /** background (menu, shortcut) → content: clip the reader's selection */
  'content/clip-selection': {
    to: 'content';
    data: { colour?: ClipColour; withNote?: boolean };
    value: Clipping | null;
  };
  /** popup → content: scroll to a drawn clipping and flash it */
  'content/reveal-clip': { to: 'content'; data: { id: string }; value: boolean };
  /** popup → background: open a clipping's page in a new tab, scrolled to the clipping */
  'background/open-clip': { to: 'background'; data: { id: string; url: string }; value: null };
  /** popup → content: which of the page's clippings could not be placed */
  'content/clip-places': { to: 'content'; data: null; value: ClipPlaces };

  // Readability off the page's main thread (issue 14). The background runs it itself
  // where it has a DOM (Firefox's background page), else in the offscreen document.
  /** content → background: run Readability on the page's HTML; null when it found nothing */
  'background/readability': {
    to: 'background';
    data: ReadabilityRequest;
    value: CopyReading | null;
  };
  /** background → offscreen document (Chrome): the same, where a DOMParser exists */
  'offscreen/readability': {
    to: 'offscreen';
    data: ReadabilityRequest;
    value: CopyReading | null;
  };
}

export type TickerNames = Record<string, { zh: string | null; en: string | null } | null>;

/** Per source: how many listings were stored, or why the old list was kept. */
export type SymbolListUpdate = Partial<
  Record<SourceId, { ok: true; count: number } | { ok: false; error: string }>
>;

export interface ImportResult {
  added: number;
  /** Already in the library with the same id: left as they were. */
  skipped: number;
}

export interface ClipPlaces {
  /** The page's address as clippings file it. */
  url: string;
  /** Ids drawn on the page. */
  placed: string[];
  /** Ids of this page's clippings whose text was not found. */
  notFound: string[];
}

export interface PageEntities {
  entities: Entity[];
  /** Whether highlights are on in this tab now. */
  on: boolean;
  /** The page's host, the key of the per-site switch. */
  host: string;
}

export interface RecognizeRequest {
  text: string;
  publishedAt: string | null;
  lang: string | null;
}

export interface HighlightState {
  on: boolean;
  /** How many marks are on the page now. */
  marks: number;
}

export type MessageType = keyof MessageMap;
export type To<R> = { [K in MessageType]: MessageMap[K]['to'] extends R ? K : never }[MessageType];
export type Data<K extends MessageType> = MessageMap[K]['data'];
export type Value<K extends MessageType> = MessageMap[K]['value'];

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Envelope<K extends MessageType = MessageType> {
  finmark: 1;
  type: K;
  data: Data<K>;
}

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { finmark?: unknown }).finmark === 1 &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}

/** Raised when nobody listens in the target (no content script in that tab, say). */
export class NoReceiverError extends Error {
  override name = 'NoReceiverError';
}

function unwrap<T>(reply: unknown): T {
  if (reply === undefined) throw new NoReceiverError('No FinMark listener answered.');
  const r = reply as Reply<T>;
  if (r.ok) return r.value;
  throw new Error(r.error);
}

function asNoReceiver(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  // Chrome and Firefox say "Receiving end does not exist"; the fake browser in tests
  // says "No listeners available".
  if (
    /receiving end does not exist|could not establish connection|no listeners available/i.test(
      message,
    )
  ) {
    throw new NoReceiverError(message);
  }
  throw error instanceof Error ? error : new Error(message);
}

export async function sendToBackground<K extends To<'background'>>(
  type: K,
  data: Data<K>,
): Promise<Value<K>> {
  return sendToExtension(type, data);
}

/** From the background only: extension pages hear runtime messages, content scripts do not. */
export async function sendToOffscreen<K extends To<'offscreen'>>(
  type: K,
  data: Data<K>,
): Promise<Value<K>> {
  return sendToExtension(type, data);
}

async function sendToExtension<K extends To<'background' | 'offscreen'>>(
  type: K,
  data: Data<K>,
): Promise<Value<K>> {
  const envelope: Envelope<K> = { finmark: 1, type, data };
  const reply: unknown = await browser.runtime.sendMessage(envelope).catch(asNoReceiver);
  return unwrap<Value<K>>(reply);
}

export async function sendToTab<K extends To<'content'>>(
  tabId: number,
  type: K,
  data: Data<K>,
): Promise<Value<K>> {
  const envelope: Envelope<K> = { finmark: 1, type, data };
  const reply: unknown = await browser.tabs
    .sendMessage(tabId, envelope, { frameId: 0 })
    .catch(asNoReceiver);
  return unwrap<Value<K>>(reply);
}

export type Sender = Browser.runtime.MessageSender;

/**
 * Registers the handler for one message type; returns a function that removes it.
 * Messages of other types are left for other listeners.
 */
export function onMessage<K extends MessageType>(
  type: K,
  handler: (data: Data<K>, sender: Sender) => Value<K> | Promise<Value<K>>,
): () => void {
  const answer: Answer = (data, sender) => handler(data as Data<K>, sender);
  const listeners = (registered.get(type) ?? []).concat(answer);
  registered.set(type, listeners);
  const remove = onEnvelope((message, sender) =>
    message.type === type ? answerWith(answer, message, sender) : undefined,
  );
  return () => {
    remove();
    registered.set(
      type,
      (registered.get(type) ?? []).filter((l) => l !== answer),
    );
  };
}

type Answer = (data: unknown, sender: Sender) => unknown;

/** This bundle's handlers by type, in the order registered (see `answerHere`). */
const registered = new Map<string, Answer[]>();

function answerWith(answer: Answer, message: Envelope, sender: Sender): Promise<Reply<unknown>> {
  return Promise.resolve()
    .then(() => answer(message.data, sender))
    .then(
      (value): Reply<unknown> => ({ ok: true, value }),
      (error: unknown): Reply<unknown> => ({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
}

/**
 * Answers `message` with the first handler this bundle registered for its type, as the
 * runtime would have; undefined when it has none. The content script's loader hands a
 * message that arrived before the rest of the content script was loaded to this (issue 14).
 */
export function answerHere(message: unknown, sender: Sender): Promise<Reply<unknown>> | undefined {
  if (!isEnvelope(message)) return undefined;
  const answer = registered.get(message.type)?.[0];
  return answer ? answerWith(answer, message, sender) : undefined;
}

/**
 * Hears every FinMark message; `answer` returns the reply's promise for the ones it
 * takes and undefined for the rest (left for other listeners). Returns the remover.
 */
export function onEnvelope(
  answer: (message: Envelope, sender: Sender) => Promise<Reply<unknown>> | undefined,
): () => void {
  // sendResponse + `return true` rather than a returned promise: every runtime
  // (Chrome without the polyfill, Firefox, the polyfill, WXT's fake browser) honours it.
  const listener = (
    message: unknown,
    sender: Sender,
    sendResponse: (reply: Reply<unknown>) => void,
  ): true | undefined => {
    if (!isEnvelope(message)) return undefined;
    const reply = answer(message, sender);
    if (!reply) return undefined;
    void reply.then(sendResponse);
    return true;
  };
  const event = browser.runtime.onMessage as unknown as {
    addListener(l: typeof listener): void;
    removeListener(l: typeof listener): void;
  };
  event.addListener(listener);
  return () => event.removeListener(listener);
}
