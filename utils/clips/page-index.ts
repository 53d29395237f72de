import { browser } from 'wxt/browser';
import { clipUrl } from './page-url';

/**
 * Each page's index of clippings in the library: `clipPage:<address>` → their ids. Its
 * own small module because the content script's loader reads it on pages it has
 * settled as no article (issue 14): a page with clippings loads the rest to draw them.
 */
export const CLIP_PAGE_PREFIX = 'clipPage:';
export const clipPageKey = (url: string) => `${CLIP_PAGE_PREFIX}${url}`;

export const idList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The ids of the clippings filed under `url` (none when it has no index). */
export async function readPageClipIds(url: string): Promise<string[]> {
  const key = clipPageKey(url);
  return idList((await browser.storage.local.get(key))[key]);
}

/** The address this page's clippings are filed under (see `clipUrl`). */
export function pageClipUrl(doc: Document = document): string {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href ?? null;
  return clipUrl(doc.location?.href ?? doc.URL, canonical);
}
