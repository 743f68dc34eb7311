import { itTellsEach } from './support/answers-per-language';

/**
 * The birth in her words: «med en gang hun er kommet ut», nynorsk «er kome ut» (the perfect as well as «er ute»),
 * giving birth as a verb («skal føde snart»), the first hour's hormones by their everyday name, and «that's why»,
 * an explanation she passes on rather than a «why» she asks.
 */
describe('the birth in her words', () => {
  itTellsEach({
    nb: [
      ['hva gjør vi med en gang hun er kommet ut', 'first-hour'],
      ['skal føde snart, hva bør vi gjøre den første timen', 'first-hour'],
    ],
    nn: [
      ['kva gjer me med ein gong ho er kome ut', 'first-hour'],
      ['kva gjer hormona rett etter fødselen', 'first-hour'],
    ],
    en: [
      ['I read hormones peak just after the birth, thats why they do skin to skin?', 'first-hour'],
      ['why should I learn hand expression', 'hand-expression.why'],
    ],
  });
});
