/**
 * The hosts the symbol-list downloads reach, one entry per source. The manifest
 * asks for them as optional host permissions (granted when the reader first
 * updates the lists); nothing else in FinMark touches the network.
 */
export const SOURCE_ORIGINS = {
  nasdaq: ['https://www.nasdaqtrader.com/*'],
  sse: ['https://query.sse.com.cn/*'],
  szse: ['https://www.szse.cn/*'],
  bse: ['https://www.bse.cn/*'],
  hkex: ['https://www.hkex.com.hk/*'],
} as const;

export const ALL_SOURCE_ORIGINS: string[] = Object.values(SOURCE_ORIGINS).flat();

/** The error a source records when its host was not granted (the options page words it). */
export const NO_PERMISSION = 'permission not granted';
