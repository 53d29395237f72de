import { nameLanguage } from './entity-lists';
import type { IndicatorEntity } from './finance/indicators';
import { SERIES_NAMES } from './finance/indicator-names';
import { t, type MessageKey } from './i18n';

/**
 * An indicator in words, for its card and the popup. A series' name in the reader's
 * language is a message (`series_CPI`), so a translator sees it with the rest of the
 * UI; its name in the other language (English for a Chinese reader, Chinese for
 * everyone else) comes from the series table, as a company's does from the directory.
 */
export const REGIONS = ['CN', 'US', 'HK'] as const satisfies readonly NonNullable<
  IndicatorEntity['region']
>[];

/** Message names allow only letters, digits and `_`: `LPR-1Y` is `series_LPR_1Y`. */
export function seriesKey(series: string): string {
  return `series_${series.replace(/\W/g, '_')}`;
}

/** A series' name in the reader's language; the table's, or the id, for one with no message. */
export function seriesName(series: string, locale: string): string {
  const known = SERIES_NAMES[series];
  return message(seriesKey(series)) ?? known?.[nameLanguage(locale)] ?? series;
}

/** The series' name in the language the reader does not read the UI in, when known. */
export function seriesOtherName(series: string, locale: string): string | null {
  const known = SERIES_NAMES[series];
  return known ? known[nameLanguage(locale) === 'zh' ? 'en' : 'zh'] : null;
}

export function regionName(region: NonNullable<IndicatorEntity['region']>): string {
  return t(`region_${region}` as MessageKey);
}

/** The figure with its unit and basis: "+2.1% YoY" / "同比 +2.1%", "49.5", "3.45%". */
export function indicatorFigure(
  e: Pick<IndicatorEntity, 'figure' | 'unit' | 'basis'>,
  locale: string,
): string {
  // A level is what it is (PMI 49.5); anything else is a change, so it shows its sign.
  const amount = amountText(e.figure, e.unit, locale, e.basis !== 'level');
  return e.basis === 'level' ? amount : t(`indicatorBasis_${e.basis}`, amount);
}

function amountText(figure: number, unit: string, locale: string, signed: boolean): string {
  const format = (value: number, options: Intl.NumberFormatOptions = {}) => {
    const all: Intl.NumberFormatOptions = {
      maximumFractionDigits: 2,
      ...options,
      signDisplay: signed ? 'exceptZero' : 'auto',
    };
    try {
      return new Intl.NumberFormat(locale, all).format(value);
    } catch {
      // A locale tag Intl does not take.
      return new Intl.NumberFormat('en', all).format(value);
    }
  };
  if (unit === '%') return format(figure / 100, { style: 'percent' });
  if (unit === 'pp') return t('indicatorUnit_pp', format(figure));
  if (unit === 'persons') return t('indicatorUnit_persons', format(figure));
  if (unit === 'index') return format(figure);
  if (/^[A-Z]{3}$/.test(unit)) {
    return format(figure, {
      style: 'currency',
      currency: unit,
      notation: 'compact',
      minimumFractionDigits: 0,
    });
  }
  return `${format(figure)} ${unit}`;
}

function message(key: string): string | null {
  const text = t(key as MessageKey);
  return text && text !== key ? text : null;
}
