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
  titles.forEach((t, i) => {
    let full = aliases.get(t.title) ?? null;
    if (!full && t.title.length <= 12) {
      for (let j = i - 1; j >= 0; j--) {
        const earlier = titles[j]!.title;
        if (earlier.length > t.title.length && earlier.endsWith(t.title)) {
          full = earlier;
          break;
        }
      }
    }
    entities.push({
      kind: 'policy-doc',
      value: full ?? t.title,
      text: text.slice(t.start, t.end),
      start: t.start,
      end: t.end,
      shortFor: full ? t.title : null,
    });
  });
  return entities;
}
