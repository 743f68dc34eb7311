import type { Locale } from '../src/mother/profile';

/**
 * What a button sends back as her message: the words of her language she could have typed, which the
 * readers understand. Teams shows them as her message, so an English mother who taps «Skip» sees «skip».
 */
export interface ButtonWords {
  yes: string;
  no: string;
  skip: string;
  feedNow: string;
  pumped: string;
  help: string;
  week: string;
  breastfeeds: string;
  pumps: string;
  both: string;
  meconium: string;
  transitional: string;
  yellow: string;
  noStool: string;
  times: (arg: ButtonArg) => string;
  mlEachTime: (arg: ButtonArg) => string;
  /** A birth time she picks in onboarding: the date and the hour. */
  birthHour: (arg: ButtonArg) => string;
  /** A birth time she picks once onboarded, worded as the birth changed. */
  bornAt: (arg: ButtonArg) => string;
}

export type ButtonWord = keyof ButtonWords;

/** A date and an hour as a button writes them, two digits each. */
export interface DayAndHour {
  day: string;
  month: string;
  hour: string;
  minute: string;
}

/** What a button's words are made from: a count or an amount, or a day and an hour. */
export interface ButtonArg {
  n?: number;
  when?: DayAndHour;
}

/** The words a button sends in her language. */
export function buttonWords(word: ButtonWord, locale: Locale, arg: ButtonArg = {}): string {
  const words = BUTTON_WORDS[locale][word];
  return typeof words === 'function' ? words(arg) : words;
}

const dateAnd = (separator: string) => ({ when }: ButtonArg): string => (when ? `${when.day}.${when.month} ${separator} ${when.hour}:${when.minute}` : '');

const BUTTON_WORDS: Readonly<Record<Locale, ButtonWords>> = {
  nb: {
    yes: 'ja', no: 'nei', skip: 'hopp over', feedNow: 'ammet nå', pumped: 'pumpet', help: 'hjelp', week: 'uken min',
    breastfeeds: 'ammer', pumps: 'pumper', both: 'begge', meconium: 'svart', transitional: 'grønnbrun', yellow: 'gul', noStool: 'ingen',
    times: ({ n }) => `${n ?? 0} ganger`, mlEachTime: ({ n }) => `${n ?? 0} ml hver gang`,
    birthHour: dateAnd('kl'), bornAt: (arg) => `født ${dateAnd('kl')(arg)}`,
  },
  nn: {
    yes: 'ja', no: 'nei', skip: 'hopp over', feedNow: 'amma no', pumped: 'pumpa', help: 'hjelp', week: 'veka mi',
    breastfeeds: 'ammar', pumps: 'pumpar', both: 'begge', meconium: 'svart', transitional: 'grønbrun', yellow: 'gul', noStool: 'ingen',
    times: ({ n }) => `${n ?? 0} gonger`, mlEachTime: ({ n }) => `${n ?? 0} ml kvar gong`,
    birthHour: dateAnd('kl'), bornAt: (arg) => `fødd ${dateAnd('kl')(arg)}`,
  },
  en: {
    yes: 'yes', no: 'no', skip: 'skip', feedNow: 'fed now', pumped: 'pumped', help: 'help', week: 'my week',
    breastfeeds: 'breastfeeding', pumps: 'pumping', both: 'both', meconium: 'black', transitional: 'brown-green', yellow: 'yellow', noStool: 'none',
    times: ({ n }) => `${n ?? 0} times`, mlEachTime: ({ n }) => `${n ?? 0} ml each time`,
    birthHour: dateAnd('at'), bornAt: (arg) => `born ${dateAnd('at')(arg)}`,
  },
};
