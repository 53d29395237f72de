import { buildTextMap } from './text-map';

/**
 * The article's text as a reader sees it (see `buildTextMap` for the rules: blocks
 * separated by line breaks, scripts and styles left out).
 */
export function articleText(root: Element): string {
  return buildTextMap(root).text;
}
