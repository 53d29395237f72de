/**
 * The one error a symbol-list download or parse throws: its message names the
 * source and says what was wrong, in words the options page can show as they are.
 */
export class SourceError extends Error {
  override name = 'SourceError';
}

/** Throws a SourceError whose message starts with the source's name. */
export function fail(source: string, problem: string): never {
  throw new SourceError(`${source}: ${problem}`);
}
