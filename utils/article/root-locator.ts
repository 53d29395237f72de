import { hashText, runText, textRuns } from './text-runs';

/**
 * Where detection's article body lies in a page's parsed copy, so the page can take it
 * without detecting again (issue 14): the element-child steps from <body> down to it,
 * and its text as `textRuns` numbers it (the same on the page and its copy, scripts and
 * whitespace aside). The page trusts the place only if the element it reaches there
 * holds that same text.
 */
export interface RootLocator {
  /** Index among the parent's element children, from <body>'s children down. */
  path: number[];
  /** How many text runs the body holds, and a hash of their texts in order. */
  runs: number;
  hash: number;
}

/** The locator of `root`, an element inside its document's body (null elsewhere). */
export function locateRoot(root: Element): RootLocator | null {
  const body = root.ownerDocument.body;
  if (!body || !body.contains(root)) return null;
  const path: number[] = [];
  for (let el = root; el !== body; el = el.parentElement!) {
    let index = 0;
    for (
      let sibling = el.previousElementSibling;
      sibling;
      sibling = sibling.previousElementSibling
    ) {
      index++;
    }
    path.push(index);
  }
  return { path: path.reverse(), ...textKey(root) };
}

/** The element `locator` names in `body`, if it holds the text the copy's did. */
export function findRoot(body: Element, locator: RootLocator): Element | null {
  let el: Element | undefined = body;
  for (const index of locator.path) {
    el = el.children[index];
    if (!el) return null;
  }
  const key = textKey(el);
  return key.runs === locator.runs && key.hash === locator.hash ? el : null;
}

function textKey(root: Element): { runs: number; hash: number } {
  const runs = textRuns(root);
  return { runs: runs.length, hash: hashText(runs.map(runText).join('\n')) };
}
