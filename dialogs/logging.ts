import type { CheckinAnswer, LoggedEvent, MotherEvent } from '../src/mother/events';
import type { Finding } from '../src/mother/findings';
import { findingMessage } from '../src/mother/finding-message';
import { pumpEventsFromCheckin } from '../src/mother/checkin-events';
import { dayNumber, storedTime } from '../src/mother/time';
import { isMoreSevere } from '../src/mother/severity';
import type { ConversationDraft, MotherDocument } from '../src/store/mother-document';
import { text, type Reply } from './reply';
import { storedSummary } from './stored-summary';
import { withDraft, withoutDraft } from './draft';
import type { TurnContextInfo, TurnOutcome } from './turn';
import { holdRules, type Trigger } from './hold-rules';
import { weekOffer } from './week-picture';

/** The findings of one turn, as one message (none when nothing fired). */
export function findingReplies(fired: readonly Finding[]): Reply[] {
  const message = findingMessage(fired);
  return message ? [{ kind: 'findings', ...message }] : [];
}

/** The replies send her for help now (urgent or emergency): nothing that can wait comes after them. */
export const sendsForHelpNow = (replies: ReadonlyArray<Reply | { kind: 'stage' }>): boolean =>
  replies.some((reply) => reply.kind === 'findings' && isMoreSevere(reply.lead.severity, 'contact'));

/** Adds events as one entry, evaluates the rules and answers with the new findings or a thanks. */
export function logEvents(doc: MotherDocument, events: MotherEvent[], ctx: TurnContextInfo, trigger: Trigger, checkin?: CheckinAnswer): TurnOutcome {
  const entry = ctx.newId();
  // Stored in the one spelling every stored time has, which the rules read without a parser.
  const logged: LoggedEvent[] = events.map((e) => ({ ...e, at: storedTime(e.at), id: ctx.newId(), entry, loggedAt: ctx.now }));
  // A log after a finished check-in is what «angre» takes back then, never that check-in's last answer.
  const base = checkin ? doc : withoutDraft(doc, 'finishedCheckin', 'weekOffered');
  const withEvents: MotherDocument = { ...base, events: [...base.events, ...logged], checkins: checkin ? [...base.checkins, { ...checkin, entry }] : base.checkins };
  const { doc: progressed, fired, judged } = holdRules(withEvents, ctx.now, trigger, entry);
  const findings = findingReplies(fired);
  // A check-in's thanks gives way to what her answers showed. A log says first what was stored, plainly
  // when advice follows, so that the advice is what she reads last.
  if (checkin && findings.length) return { doc: progressed, locale: doc.locale, replies: findings };
  const [lead] = findings;
  const calm = lead?.kind === 'findings' && lead.lead.severity !== 'info';
  const milkInPraised = fired.some((finding) => finding.code === 'activation.self-reported');
  return { doc: progressed, locale: doc.locale, replies: [...acknowledge(progressed, logged, checkin, judged, ctx, calm, milkInPraised), ...findings] };
}

/** The reply when no finding fired: the thanks of a check-in, or what was stored, with her local time. */
function acknowledge(doc: MotherDocument, events: readonly MotherEvent[], checkin: CheckinAnswer | undefined, judged: boolean, ctx: TurnContextInfo, calm: boolean, milkInPraised: boolean): Reply[] {
  if (checkin) {
    const answered = [checkin.feeds, checkin.wetDiapers, checkin.yellowStools, checkin.pumpMl].some((value) => value !== undefined);
    if (!answered) return [text('common:checkin.thanksSkipped')];
    // "All seems well" only when the rules held her answers and no advice she was given is still holding.
    const worryOpen = Object.values(doc.ruleState?.open ?? {}).some((severity) => severity !== undefined && severity !== 'info');
    return [text(judged && !worryOpen ? 'common:checkin.thanks' : 'common:checkin.thanksPlain')];
  }
  return storedSummary(events, { timezone: doc.profile?.timezone ?? ctx.defaultTimezone, now: ctx.now, calm, milkInPraised });
}

/** Her check-in answers; for pumpMl the sessions she had not logged: [] means "none", undefined means she skipped the question. */
export type CheckinValues = NonNullable<ConversationDraft['checkin']>['values'];

/** A check-in answer: counts for the last 24 h; pump volumes become pump events just before it. */
export function answerCheckin(doc: MotherDocument, values: CheckinValues, ctx: TurnContextInfo): TurnOutcome {
  const answer: CheckinAnswer = { at: ctx.now };
  if (values.feeds !== undefined) answer.feeds = values.feeds;
  if (values.wetDiapers !== undefined) answer.wetDiapers = values.wetDiapers;
  if (values.yellowStools !== undefined) answer.yellowStools = values.yellowStools;
  if (values.pumpMl) answer.pumpMl = values.pumpMl;
  const outcome = logEvents(withoutDraft(doc, 'checkin'), pumpEventsFromCheckin(answer), ctx, 'checkin', answer);
  // From day 2 there is a week to look at; never beside a finding that asks her to contact someone.
  const asksContact = outcome.replies.some((reply) => reply.kind === 'findings' && !isMoreSevere('contact', reply.lead.severity));
  if (!doc.profile || dayNumber(doc.profile, ctx.now) < 2 || asksContact) return outcome;
  return { ...outcome, doc: outcome.doc && withDraft(outcome.doc, 'weekOffered', true), replies: [...outcome.replies, weekOffer()] };
}
