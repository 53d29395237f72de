/**
 * Resolves once the page is first shown to the reader: at once for a visible page,
 * later for a tab opened or restored in the background, or a page being prerendered
 * (issue 14: a session of 30 restored tabs costs only the one on screen). Resolves
 * false if `signal` aborts first; nothing of FinMark runs on a page never shown.
 */
export function whenFirstShown(signal: AbortSignal, doc: Document = document): Promise<boolean> {
  const hidden = () =>
    doc.visibilityState === 'hidden' || (doc as Document & { prerendering?: boolean }).prerendering;
  if (!hidden()) return Promise.resolve(true);
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const stop = new AbortController();
    const finish = (shown: boolean) => {
      stop.abort();
      resolve(shown);
    };
    const check = () => {
      if (!hidden()) finish(true);
    };
    doc.addEventListener('visibilitychange', check, { signal: stop.signal });
    doc.addEventListener('prerenderingchange', check, { signal: stop.signal });
    signal.addEventListener('abort', () => finish(false), { once: true, signal: stop.signal });
  });
}
