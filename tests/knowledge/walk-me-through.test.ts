import { itTellsEach } from './support/answers-per-language';

/** «Walk me through», «ta meg gjennom» ask for the steps, how; «med enkle ord» asks nothing more. */
describe('walked through the steps', () =>
  itTellsEach({
    nb: [['ta meg gjennom håndmelking', 'hand-expression.how']],
    nn: [['kan du ta meg gjennom handmjølking', 'hand-expression.how'], ['kan du forklare handmjølking med enkle ord', 'hand-expression.how']],
    en: [['can you walk me through expressing by hand', 'hand-expression.how']],
  }));
