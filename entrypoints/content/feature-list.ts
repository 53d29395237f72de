import type { Feature } from './feature';
import article from './features/article';
import clipNote from './features/clip-note';
import clipToolbar from './features/clip-toolbar';
import clippings from './features/clippings';
import entityCards from './features/entity-cards';
import entityHighlights from './features/entity-highlights';
import pressThroughMarks from './features/press-through-marks';

/**
 * Every content feature, in the order they start. The order keeps the page's
 * listeners in the order they have always run: the cards' capture-phase keys before
 * the toolbar's, detection after the marks listen for its results, and the clippings
 * loaded before the note and the toolbar (see README, "Content features").
 */
export const CONTENT_FEATURES: readonly Feature[] = [
  entityHighlights,
  entityCards,
  pressThroughMarks,
  article,
  clippings,
  clipNote,
  clipToolbar,
];
