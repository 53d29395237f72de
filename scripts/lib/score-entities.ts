import { ENTITY_KINDS, isEntityKind, KIND_NAMES, type ScoreKind } from '../../utils/finance/kinds';

/**
 * Precision and recall of recognised entities against hand labels. Entities are
 * compared per page by kind and value, counting repeats (a page that mentions
 * 英飞拓 three times has three labels); where a span starts and ends does not count.
 * Which figures a kind counts in is the registry's `scoredAs`: "date" covers both
 * kinds of date, and "policy-date" is scored on its own as well.
 */
export interface Labelled {
  kind: string;
  value: string;
  text?: string;
}

export interface Tally {
  truePositives: number;
  predicted: number;
  labelled: number;
}

export type { ScoreKind };

/** Every figure some kind counts in, in the registry's order. */
export const SCORE_KINDS: readonly ScoreKind[] = [
  ...new Set(KIND_NAMES.flatMap((kind): readonly ScoreKind[] => ENTITY_KINDS[kind].scoredAs)),
];

function keysOf(entities: Labelled[], kind: ScoreKind): string[] {
  return entities
    .filter(
      (e) =>
        isEntityKind(e.kind) && (ENTITY_KINDS[e.kind].scoredAs as readonly string[]).includes(kind),
    )
    .map((e) => e.value);
}

function multisetOverlap(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const k of a) counts.set(k, (counts.get(k) ?? 0) + 1);
  let overlap = 0;
  for (const k of b) {
    const n = counts.get(k) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(k, n - 1);
    }
  }
  return overlap;
}

export function scorePage(predicted: Labelled[], labels: Labelled[], kind: ScoreKind): Tally {
  const p = keysOf(predicted, kind);
  const l = keysOf(labels, kind);
  return { truePositives: multisetOverlap(p, l), predicted: p.length, labelled: l.length };
}

/** What the labels have that the prediction lacks, and the reverse (for reading misses). */
export function differences(predicted: Labelled[], labels: Labelled[], kind: ScoreKind) {
  const missing = [...keysOf(labels, kind)];
  const extra: string[] = [];
  for (const k of keysOf(predicted, kind)) {
    const i = missing.indexOf(k);
    if (i >= 0) missing.splice(i, 1);
    else extra.push(k);
  }
  return { missing, extra };
}

export function add(a: Tally, b: Tally): Tally {
  return {
    truePositives: a.truePositives + b.truePositives,
    predicted: a.predicted + b.predicted,
    labelled: a.labelled + b.labelled,
  };
}

export const emptyTally = (): Tally => ({ truePositives: 0, predicted: 0, labelled: 0 });

export function precision(t: Tally): number {
  return t.predicted === 0 ? 1 : t.truePositives / t.predicted;
}

export function recall(t: Tally): number {
  return t.labelled === 0 ? 1 : t.truePositives / t.labelled;
}
