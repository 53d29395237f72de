import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * A stored value the options page shows and edits: read once, then kept in step
 * with every write (from this page, the popup, or another window). The setter
 * shows a change at once, before storage confirms it.
 */
export function useStored<T>(
  read: () => Promise<T>,
  watch: (onChange: (value: T) => void) => () => void,
  onError: (message: string) => void,
): [T | null, Dispatch<SetStateAction<T | null>>] {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    read().then(setValue, (error: unknown) => onError(String(error)));
    return watch(setValue);
  }, [read, watch, onError]);
  return [value, setValue];
}
