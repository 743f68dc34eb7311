import type { Locale } from '../../mother/profile';

/** Her language's way of writing a number ("2,5" in Norwegian, "2.5" in English); at most one decimal. */
export function formatNumber(value: number, locale: Locale): string {
  return NUMBER_FORMATS[locale].format(value);
}

// Nynorsk writes numbers as bokmål does; 'nb-NO' is in every ICU build, 'nn-NO' is not always.
const NUMBER_FORMATS: Record<Locale, Intl.NumberFormat> = {
  nb: new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1, useGrouping: false }),
  nn: new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1, useGrouping: false }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, useGrouping: false }),
};
