import type { Tint } from '../highlight/tints';
import type { MessageKey } from '../i18n';
import type { Entity } from './recognize';

/**
 * Every kind of entity the engine recognises, and what the rest of FinMark does with
 * it: its names, its look, whether it is marked, which card it opens, where the popup
 * lists it and how eval scores it. A new kind is an entry here (the `satisfies` below
 * refuses to compile until it has one), its recogniser, its card renderer and its
 * messages; the options page, storage defaults, lists and eval follow from the entry.
 *
 * Data only, with type-only imports: the engine, the content script and Node tests
 * all import it. Renderers live with the DOM (card-view.ts), found by `card`.
 */
export type EntityKind = Entity['kind'];

/** Which renderer a kind's card uses (card-view.ts maps each to one). */
export type CardType = 'company' | 'date' | 'document' | 'indicator';

/** Where the popup shows a kind (EntityPanel.tsx renders each group). */
export type ListGroup = 'companies' | 'timeline' | 'documents' | 'indicators' | 'dates';

export interface KindSpec {
  /** The kind's name on the options page, a plural ("Policy dates"). */
  name: MessageKey;
  /** Words the kind marks, drawn as a mark beside its name on the options page. */
  sample: MessageKey;
  /** The look of its marks until the reader picks another. */
  tint: Tint;
  /** Marked on pages until the reader turns the kind off. */
  on: boolean;
  card: CardType;
  list: ListGroup;
  /** The eval figures (each named by a kind) it counts in: a policy date is a date too. */
  scoredAs: readonly EntityKind[];
}

// Key order is the order of the options page.
export const ENTITY_KINDS = {
  ticker: {
    name: 'kindTicker',
    sample: 'sampleTicker',
    tint: 'blue',
    on: true,
    card: 'company',
    list: 'companies',
    scoredAs: ['ticker'],
  },
  'policy-date': {
    name: 'kindPolicyDate',
    sample: 'samplePolicyDate',
    tint: 'amber',
    on: true,
    card: 'date',
    list: 'timeline',
    scoredAs: ['date', 'policy-date'],
  },
  date: {
    name: 'kindDate',
    sample: 'sampleDate',
    tint: 'grey',
    on: true,
    card: 'date',
    list: 'dates',
    scoredAs: ['date'],
  },
  'policy-doc': {
    name: 'kindPolicyDoc',
    sample: 'samplePolicyDoc',
    tint: 'green',
    on: true,
    card: 'document',
    list: 'documents',
    // No label file marks document titles yet: every title found would count as wrong.
    scoredAs: [],
  },
  indicator: {
    name: 'kindIndicator',
    sample: 'sampleIndicator',
    tint: 'purple',
    on: true,
    card: 'indicator',
    list: 'indicators',
    scoredAs: ['indicator'],
  },
} as const satisfies Record<EntityKind, KindSpec>;

/** Every kind, in the registry's order. */
export const KIND_NAMES = Object.keys(ENTITY_KINDS) as EntityKind[];

/** The popup's groups in the order it shows them, each with its heading. */
export const LIST_GROUPS = {
  companies: { heading: 'panelTickers' },
  timeline: { heading: 'panelTimeline' },
  documents: { heading: 'panelDocs' },
  indicators: { heading: 'panelIndicators' },
  // Counted in one line ("Other dates: 3"), not listed.
  dates: { heading: 'panelOtherDates' },
} as const satisfies Record<ListGroup, { heading: MessageKey }>;

type Kinds = typeof ENTITY_KINDS;

/** The kinds whose `field` is `value` (the kinds a card type or a list group takes). */
export type KindsWhere<F extends 'card' | 'list', V> = {
  [K in EntityKind]: Kinds[K][F] extends V ? K : never;
}[EntityKind];

/** The entities of some kinds (`DateEntity & { kind: 'date' }` for 'date'). */
export type EntityOfKind<K extends EntityKind> = Entity & { kind: K };

/** The entities a card type renders: what its renderer must accept. */
export type EntityWithCard<C extends CardType> = EntityOfKind<KindsWhere<'card', C>>;

/** The entities a popup group lists: what its collector must accept. */
export type EntityInGroup<G extends ListGroup> = EntityOfKind<KindsWhere<'list', G>>;

/** An eval figure: a kind some kind is scored as. */
export type ScoreKind = Kinds[EntityKind]['scoredAs'][number];

export function isEntityKind(kind: string): kind is EntityKind {
  return Object.hasOwn(ENTITY_KINDS, kind);
}

export function inGroup<G extends ListGroup>(entity: Entity, group: G): entity is EntityInGroup<G> {
  return ENTITY_KINDS[entity.kind].list === group;
}
