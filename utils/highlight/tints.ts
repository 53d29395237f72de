/**
 * The looks a kind of highlight can take. Each tint is a translucent background
 * and an underline (see marks.css, where `data-finmark-tint` selects them); the
 * reader picks one per kind on the options page. Text keeps ≥ 4.5:1 contrast on
 * every tint (tests/entrypoints/content/marks-contrast.test.ts reads marks.css).
 */
export const HIGHLIGHT_KINDS = ['ticker', 'policy-date', 'date', 'policy-doc'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export const TINTS = ['blue', 'amber', 'green', 'purple', 'pink', 'grey'] as const;
export type Tint = (typeof TINTS)[number];

export const DEFAULT_TINTS: Readonly<Record<HighlightKind, Tint>> = {
  ticker: 'blue',
  'policy-date': 'amber',
  date: 'grey',
  'policy-doc': 'green',
};

/** Known kinds with known tints; anything else takes the default. */
export function cleanTints(value: unknown): Record<HighlightKind, Tint> {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return Object.fromEntries(
    HIGHLIGHT_KINDS.map((kind) => [
      kind,
      TINTS.includes(v[kind] as Tint) ? (v[kind] as Tint) : DEFAULT_TINTS[kind],
    ]),
  ) as Record<HighlightKind, Tint>;
}
