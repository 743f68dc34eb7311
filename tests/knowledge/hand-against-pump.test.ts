import { itTellsEach } from './support/answers-per-language';

/**
 * The pump set against her hands with «men», «but» («har pumpe men det går lettere med hendene») weighs one against
 * the other, as «eller» and «or» do: hand or pump, not how to hand express.
 */
describe('the hand set against the pump', () => {
  itTellsEach({
    nb: [['har fått låne pumpe men synes det går lettere med hendene, holder det', 'hand-expression.vs-pump']],
    nn: [['eg har fått låne pumpe men det går lettare med hendene, held det', 'hand-expression.vs-pump']],
    en: [
      ['got a pump from the hospital but my hands work better, is that ok', 'hand-expression.vs-pump'],
      ['I have a pump, how often should I use it', 'pumping-frequency'],
    ],
  });
});
