import { handleTurn } from '../../../dialogs/handle-turn';
import type { TurnContextInfo, TurnInput, TurnOutcome } from '../../../dialogs/turn';
import type { MotherDocument } from '../../../src/store/mother-document';

/** Runs inputs as the turn pipeline stores them: `doc: null` deletes her, `undefined` keeps what was. */
export function runTurns(doc: MotherDocument | undefined, inputs: TurnInput[], ctx: TurnContextInfo): { doc: MotherDocument | undefined; last: TurnOutcome } {
  let current = doc;
  let last: TurnOutcome | undefined;
  for (const input of inputs) {
    last = handleTurn(current, input, ctx);
    if (last.doc === null) current = undefined;
    else if (last.doc) current = last.doc;
  }
  return { doc: current, last: last! };
}
