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
  times: (n: number) => string;
  mlEachTime: (ml: number) => string;
}

export type ButtonWord = keyof ButtonWords;

/** The words a button sends in her language. */
export function buttonWords(word: ButtonWord, locale: Locale, n = 0): string {
  const words = BUTTON_WORDS[locale][word];
  return typeof words === 'function' ? words(n) : words;
}

const BUTTON_WORDS: Readonly<Record<Locale, ButtonWords>> = {
  nb: {
    yes: 'ja', no: 'nei', skip: 'hopp over', feedNow: 'ammet nå', pumped: 'pumpet', help: 'hjelp', week: 'uken min',
    breastfeeds: 'ammer', pumps: 'pumper', both: 'begge', meconium: 'svart', transitional: 'grønnbrun', yellow: 'gul', noStool: 'ingen',
    times: (n) => `${n} ganger`, mlEachTime: (ml) => `${ml} ml hver gang`,
  },
  nn: {
    yes: 'ja', no: 'nei', skip: 'hopp over', feedNow: 'amma no', pumped: 'pumpa', help: 'hjelp', week: 'veka mi',
    breastfeeds: 'ammar', pumps: 'pumpar', both: 'begge', meconium: 'svart', transitional: 'grønbrun', yellow: 'gul', noStool: 'ingen',
    times: (n) => `${n} gonger`, mlEachTime: (ml) => `${ml} ml kvar gong`,
  },
  en: {
    yes: 'yes', no: 'no', skip: 'skip', feedNow: 'fed now', pumped: 'pumped', help: 'help', week: 'my week',
    breastfeeds: 'breastfeeding', pumps: 'pumping', both: 'both', meconium: 'black', transitional: 'brown-green', yellow: 'yellow', noStool: 'none',
    times: (n) => `${n} times`, mlEachTime: (ml) => `${ml} ml each time`,
  },
};
