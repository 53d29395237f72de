import { textHolds } from './text-keys';

/**
 * Policy documents cited by title in 《…》. A short form (《指导意见》) is linked to the
 * full title it abbreviates (《关于加强数字政府建设的指导意见》): first through an
 * explicit "（以下简称《…》）", else through the latest earlier full title that ends
 * with the short one.
 */
export interface PolicyDocEntity {
  kind: 'policy-doc';
  /** The full title, without the brackets. */
  value: string;
  text: string;
  start: number;
  end: number;
  /** The title as written, when it is a short form of `value`. */
  shortFor: string | null;
}

/** The longest title read as a short form of an earlier one. */
const SHORT_FORM = 12;
const TITLE = /《([^《》\n]{2,80})》/g;
const ALIAS_AFTER = /^\s*[（(]\s*(?:以下|下文)?(?:简称|称)\s*《([^《》]{2,40})》\s*[)）]/;

export function matchPolicyDocs(text: string): PolicyDocEntity[] {
  if (!textHolds(text, '《')) return [];
  const titles = [...text.matchAll(TITLE)].map((m) => ({
    title: m[1]!.trim(),
    start: m.index,
    end: m.index + m[0].length,
  }));
  const aliases = new Map<string, string>();
  for (const t of titles) {
    const alias = ALIAS_AFTER.exec(text.slice(t.end, t.end + 30));
    if (alias && alias[1] !== t.title) aliases.set(alias[1]!.trim(), t.title);
  }
  const entities: PolicyDocEntity[] = [];
  // The latest earlier title ending with each short ending (up to SHORT_FORM characters)
  // and longer than it: one lookup per short title instead of a scan back through
  // every title before it.
  const endingIn = new Map<string, string>();
  for (const t of titles) {
    let full = aliases.get(t.title) ?? null;
    if (!full && t.title.length <= SHORT_FORM) full = endingIn.get(t.title) ?? null;
    for (let k = 0; k <= Math.min(SHORT_FORM, t.title.length - 1); k++) {
      endingIn.set(t.title.slice(t.title.length - k), t.title);
    }
    entities.push({
      kind: 'policy-doc',
      value: full ?? t.title,
      text: text.slice(t.start, t.end),
      start: t.start,
      end: t.end,
      shortFor: full ? t.title : null,
    });
  }
  return entities;
}
