// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defineFeature,
  onAbort,
  startFeatures,
  type Feature,
} from '../../../entrypoints/content/feature';
import { pageEvent, type Page } from '../../../entrypoints/content/page';
import { NoReceiverError, onMessage, sendToBackground } from '../../../utils/messages';

// The registry never reads the page: the features below only pass it along.
const page = {} as Page;

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('startFeatures', () => {
  it('starts every feature in its order, awaiting one that is async', async () => {
    const started: string[] = [];
    const features: Feature[] = [
      defineFeature({ id: 'a', start: () => void started.push('a') }),
      defineFeature({
        id: 'b',
        async start() {
          await new Promise((resolve) => setTimeout(resolve, 10));
          started.push('b');
        },
      }),
      defineFeature({ id: 'c', start: () => void started.push('c') }),
    ];
    await startFeatures(features, page, new AbortController().signal);
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('logs a failing feature with its id and starts the others', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const started: string[] = [];
    const features: Feature[] = [
      defineFeature({
        id: 'throws',
        start() {
          throw new Error('broken at start');
        },
      }),
      defineFeature({ id: 'first', start: () => void started.push('first') }),
      defineFeature({
        id: 'rejects',
        start: () => Promise.reject(new Error('broken later')),
      }),
      defineFeature({ id: 'second', start: () => void started.push('second') }),
    ];
    await startFeatures(features, page, new AbortController().signal);
    expect(started).toEqual(['first', 'second']);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0])).toMatch(/"throws".*broken at start/s);
    expect(String(warn.mock.calls[1])).toMatch(/"rejects".*broken later/s);
  });

  it('starts nothing more once the signal has aborted', async () => {
    const controller = new AbortController();
    const started: string[] = [];
    const features: Feature[] = [
      defineFeature({
        id: 'aborts',
        start() {
          started.push('aborts');
          controller.abort();
        },
      }),
      defineFeature({ id: 'late', start: () => void started.push('late') }),
    ];
    await startFeatures(features, page, controller.signal);
    expect(started).toEqual(['aborts']);
  });

  it('tears down what features added when the signal aborts', async () => {
    const controller = new AbortController();
    const clicks: string[] = [];
    const news = pageEvent<[string]>('news');
    const feature = defineFeature({
      id: 'listens',
      start(_page, signal) {
        document.addEventListener('click', () => clicks.push('click'), { signal });
        news.on((what) => clicks.push(what), signal);
        onAbort(
          signal,
          onMessage('background/tab-status', () => null),
        );
      },
    });
    await startFeatures([feature], page, controller.signal);
    document.body.click();
    news.emit('news');
    await expect(sendToBackground('background/tab-status', { tabId: 1 })).resolves.toBeNull();
    expect(clicks).toEqual(['click', 'news']);

    controller.abort();
    document.body.click();
    news.emit('news');
    expect(clicks).toEqual(['click', 'news']);
    await expect(sendToBackground('background/tab-status', { tabId: 1 })).rejects.toBeInstanceOf(
      NoReceiverError,
    );
  });
});

describe('onAbort', () => {
  it('cleans up on abort, once', () => {
    const controller = new AbortController();
    const cleanup = vi.fn();
    onAbort(controller.signal, cleanup);
    expect(cleanup).not.toHaveBeenCalled();
    controller.abort();
    controller.abort();
    expect(cleanup).toHaveBeenCalledTimes(1);
  });

  it('cleans up at once when the signal has already aborted', () => {
    const cleanup = vi.fn();
    onAbort(AbortSignal.abort(), cleanup);
    expect(cleanup).toHaveBeenCalledTimes(1);
  });
});

describe('pageEvent', () => {
  it('calls every listener in order, even after one fails', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const signal = new AbortController().signal;
    const event = pageEvent<[number]>('numbers');
    const seen: string[] = [];
    event.on((n) => seen.push(`a${n}`), signal);
    event.on(() => {
      throw new Error('listener broke');
    }, signal);
    event.on((n) => seen.push(`c${n}`), signal);
    event.emit(1);
    expect(seen).toEqual(['a1', 'c1']);
    expect(String(warn.mock.calls[0])).toMatch(/"numbers".*listener broke/s);
  });

  it('adds no listener on a signal that has already aborted', () => {
    const event = pageEvent<[]>('nothing');
    const listener = vi.fn();
    event.on(listener, AbortSignal.abort());
    event.emit();
    expect(listener).not.toHaveBeenCalled();
  });
});
