import type { Page } from './page';

/**
 * A content feature: one unit that starts on the page and tears down when `signal`
 * aborts (the content script is invalidated: the extension was reloaded or updated).
 * A feature reaches the others only through the page's shared services and events,
 * never by looking one up. `start` may be async: the next feature starts once it has
 * settled (clippings are loaded before the note and the toolbar use them).
 */
export interface Feature {
  /** The feature's file name in `features/`; named in logs and in the README. */
  readonly id: string;
  start(page: Page, signal: AbortSignal): void | Promise<void>;
}

export function defineFeature(feature: Feature): Feature {
  return feature;
}

/**
 * Starts the features in their order, each inside its own try/catch: a feature
 * that fails is logged with its id and the rest still start.
 */
export async function startFeatures(
  features: readonly Feature[],
  page: Page,
  signal: AbortSignal,
): Promise<void> {
  for (const feature of features) {
    if (signal.aborted) return;
    try {
      await feature.start(page, signal);
    } catch (error) {
      console.warn(`[FinMark] feature "${feature.id}" failed to start:`, describeError(error));
    }
  }
}

/**
 * Calls `cleanup` (an `onMessage` or storage watcher's remover, say) when `signal`
 * aborts, or at once if it already has.
 */
export function onAbort(signal: AbortSignal, cleanup: () => void): void {
  if (signal.aborted) cleanup();
  else signal.addEventListener('abort', () => cleanup(), { once: true });
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
}
