import { itTellsEach } from './support/answers-per-language';

/**
 * The drops she has pressed out, whatever she says of them, into the baby's mouth: giving them (TOPICS.md: collect,
 * then give by syringe, cup or spoon), not how much comes.
 */
describe('the drops, into her mouth', () => {
  itTellsEach({
    nb: [['hvordan får jeg dråpene jeg har klemt ut inn i munnen hennes', 'hand-expression.giving']],
    nn: [['korleis får eg dropane eg har samla opp i munnen hans', 'hand-expression.giving']],
    en: [['what is the best way to get the tiny drops i collected into his mouth', 'hand-expression.giving']],
  });
});
