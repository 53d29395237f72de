import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

/** Every UI string key; both locales must define each (tests/utils/i18n.test.ts checks). */
export type MessageKey = keyof typeof en;

/** A UI string in the browser's language; the key itself if the browser has none. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  const getMessage = browser.i18n.getMessage as (k: string, s?: string | string[]) => string;
  return getMessage(key, substitutions) || key;
}

/** The browser UI's locale as a BCP 47 tag ("zh-CN", "en-US"). */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage().replace('_', '-') || 'en';
  } catch {
    // Not in an extension context (unit tests without a fake): English.
    return 'en';
  }
}

/** Quarter and half-year words for `formatDateValue` ("Q1 2024", "2024年第1季度"). */
export const dateWords = {
  quarter: (year: string, q: string) => t('dateQuarter', [year, q]),
  half: (year: string, h: string) => t(h === '1' ? 'dateHalf1' : 'dateHalf2', year),
};
