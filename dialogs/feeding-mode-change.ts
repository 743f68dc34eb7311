import type { FeedingMode } from '../src/mother/events';
import type { MotherDocument } from '../src/store/mother-document';
import { holdRules } from './hold-rules';
import { findingReplies } from './logging';
import { text } from './reply';
import type { TurnContextInfo, TurnOutcome } from './turn';

/**
 * «jeg pumper bare nå», «i've switched to exclusively pumping»: how she feeds is changed in her profile, the
 * rules hold her log against it from now on, and she is told. It could not be changed in chat before.
 */
export function changeMode(doc: MotherDocument, mode: FeedingMode | undefined, ctx: TurnContextInfo): TurnOutcome {
  if (!mode || !doc.profile) return { doc: undefined, replies: [], locale: doc.locale };
  const changed: MotherDocument = { ...doc, profile: { ...doc.profile, feedingMode: mode }, updatedAt: ctx.now };
  const { doc: held, fired } = holdRules(changed, ctx.now, 'turn');
  return { doc: held, replies: [text(`dialog:mode.changed.${mode}`), ...findingReplies(fired)], locale: doc.locale };
}
