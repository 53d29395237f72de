import { matchDates, type DateEntity } from './dates';
import type { Directory } from './directory';
import { matchPolicyDocs, type PolicyDocEntity } from './policy-docs';
import { matchTickers, type TickerEntity } from './tickers';

/**
 * The engine's single entry: article text in, entities out. Pure TypeScript, no
 * DOM and no browser API, so it runs the same in the content script, in Node for
 * the CLI and in tests. Offsets are UTF-16 indexes into `text`.
 */
export type Entity = TickerEntity | DateEntity | PolicyDocEntity;

export interface RecognizeOptions {
  /** ISO publish time of the article; relative dates resolve against it. */
  publishedAt?: string | null;
  /** BCP 47 language of the article ("zh-CN", "en"), when known. */
  lang?: string | null;
  directory: Directory;
}

export function recognize(text: string, options: RecognizeOptions): Entity[] {
  const tickers = matchTickers(text, options.directory);
  const docs = matchPolicyDocs(text);
  // A date inside a ticker or a document title (《2024年政府工作报告》) belongs to it.
  const owner = new Uint8Array(text.length + 1);
  for (const o of [...tickers, ...docs]) owner.fill(1, o.start, o.end);
  const inside = (e: { start: number; end: number }) => {
    for (let i = e.start; i < e.end; i++) if (!owner[i]) return false;
    return true;
  };
  const dates = matchDates(text, options.publishedAt).filter((d) => !inside(d));
  const entities: Entity[] = [...tickers, ...dates, ...docs];
  return entities.sort((a, b) => a.start - b.start || b.end - a.end);
}
