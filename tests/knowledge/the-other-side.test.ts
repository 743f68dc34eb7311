import { itTellsEach } from './support/answers-per-language';

/**
 * A part that opens with «eller», «or» («…, eller kan de veie henne først») weighs the other side of the question
 * before it: one concern, answered by the question it belongs to, not a second concern answered first.
 */
describe('the other side of her question', () => {
  itTellsEach({
    nb: [
      ['skal hun ligge hud mot hud med en gang, eller kan de veie henne først', 'first-hour'],
      ['skal jeg vekke henne for å amme, eller la henne sove', 'feeding-frequency'],
    ],
    nn: [['skal ho liggje hud mot hud med ein gong, eller kan dei vege ho først', 'first-hour']],
    en: [['should she go skin to skin straight after the birth, or can they weigh her first', 'first-hour']],
  });
});
