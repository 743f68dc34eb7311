import { itTellsEach } from './support/answers-per-language';

/** The hand and the pump joined by «og» and weighed against each other are one question: hand or pump. */
describe('the hand beside the pump', () =>
  itTellsEach({
    nb: [['gir håndmelking og pumping samme mengde melk', 'hand-expression.vs-pump'], ['gir hendene og pumpa like mange ml', 'hand-expression.vs-pump']],
    nn: [['gir handa og pumpa like mange ml kvar gong', 'hand-expression.vs-pump']],
  }));
