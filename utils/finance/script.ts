/**
 * Which Chinese script a text is written in, judged from its commonest characters
 * that differ between the two (国/國, 为/為…). Hong Kong and Taiwan press write
 * Traditional; what a Traditional page means by a company's name or a region
 * differs from a mainland page (中國平安 on a Hong Kong page is the H share).
 */
const TRADITIONAL = /[國經濟價與為會們來發對說時實這總業資際據]/g;
const SIMPLIFIED = /[国经济价与为会们来发对说时实这总业资际据]/g;

/** The opening 5,000 characters decide: enough for a page, and the cost stays flat. */
export function isTraditionalText(text: string): boolean {
  const sample = text.length > 5000 ? text.slice(0, 5000) : text;
  const traditional = sample.match(TRADITIONAL)?.length ?? 0;
  const simplified = sample.match(SIMPLIFIED)?.length ?? 0;
  return traditional > simplified;
}
