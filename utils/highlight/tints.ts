import { ENTITY_KINDS, KIND_NAMES, type EntityKind } from '../finance/kinds';

/**
 * The looks a kind of highlight can take. Each tint is a translucent background
 * and an underline (see assets/marks.css, where `data-finmark-tint` selects them); the
 * reader picks one per kind on the options page. Text keeps ≥ 4.5:1 contrast on
 * every tint (tests/assets/marks-contrast.test.ts reads it).
 */
export const HIGHLIGHT_KINDS: readonly EntityKind[] = KIND_NAMES;
export type HighlightKind = EntityKind;

export const TINTS = ['blue', 'amber', 'green', 'purple', 'pink', 'grey'] as const;
export type Tint = (typeof TINTS)[number];

export const DEFAULT_TINTS: Readonly<Record<HighlightKind, Tint>> = Object.fromEntries(
  HIGHLIGHT_KINDS.map((kind) => [kind, ENTITY_KINDS[kind].tint]),
) as Record<HighlightKind, Tint>;

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
