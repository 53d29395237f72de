import { t, type MessageKey } from './i18n';

/** A quote site's name in the reader's language (Eastmoney → 东方财富): key `site<Name>`. */
export function quoteSiteName(site: string): string {
  return t(quoteSiteKey(site));
}

export function quoteSiteKey(site: string): MessageKey {
  return `site${site.replace(/\W/g, '')}` as MessageKey;
}
