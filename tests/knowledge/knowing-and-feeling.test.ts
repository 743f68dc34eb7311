import { itTellsEach } from './support/answers-per-language';

/**
 * Understanding and fear fit any question: «jeg forstår ikke», «eg skjønar ikkje», «so anxious», «panicking» carry
 * no topic («forstår» had stemmed as «første», the first hour's).
 */
describe('what she understands and how she feels', () => {
  itTellsEach({
    nb: [
      ['jeg forstår ikke når melken kommer', 'milk-coming-in'],
      ['jeg skjønner ikke hvordan jeg håndmelker', 'hand-expression.how'],
    ],
    nn: [
      ['eg forstår ikkje kvar eg skal få hjelp', 'where-to-get-help'],
      ['eg skjønar ikkje kor ofte ho skal ete', 'feeding-frequency'],
    ],
    en: [
      ['so anxious about how often to pump', 'pumping-frequency'],
      ['panicking about how often to feed', 'feeding-frequency'],
    ],
  });
});
