import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { runTurns } from './support/run-turns';
import { BIRTH, ctx, onboarded, replyKeys, say, tap } from './support/day-three';

/**
 * A walk found «jeg vil sjekke inn» answered «Det forsto jeg ikke helt»: a mother awake before her
 * check-in time can take the day's check-in when she asks for it, and is not asked it again that day.
 */
const ASKS: Record<Locale, { checkIn: string; pause: string }> = {
  nb: { checkIn: 'jeg vil sjekke inn', pause: 'stopp' },
  nn: { checkIn: 'eg vil sjekke inn no', pause: 'stopp' },
  en: { checkIn: 'I want to check in', pause: 'stop' },
};
const at = (locale: Locale, now: string) => ({ ...ctx(locale), now });
const talk = (doc: MotherDocument, locale: Locale, now: string, ...messages: string[]) => runTurns(doc, messages.map(say), at(locale, now));
const onboardedAt = (locale: Locale, now: string): MotherDocument =>
  runTurns(undefined, [tap({ action: 'onboard', birthAt: BIRTH, feedingMode: 'both', checkInTime: '09:00', timezone: 'Europe/Oslo', consent: true })], at(locale, now)).doc!;
const conversationOf = (doc: MotherDocument | undefined) => doc?.machine?.value.conversation;

describe.each<Locale>(['nb', 'nn', 'en'])('the check-in when she asks for it (%s)', (locale) => {
  const asks = ASKS[locale];
  const afternoon = ctx(locale).now; // 14:00 in Oslo on day 3

  it.each(['sjekk inn', 'dagens sjekk', 'kan eg sjekka inn no?', 'ta innsjekken', 'check-in now'])('«%s» opens it too', (asked) => {
    expect(conversationOf(talk(onboarded(locale), locale, afternoon, asked).doc)).toEqual({ onboarded: { checkin: 'feeds' } });
  });

  it('opens now, with its card and its first question, and her answers are kept', () => {
    const opened = talk(onboarded(locale), locale, afternoon, asks.checkIn);
    expect(replyKeys(opened.last)).toEqual(expect.arrayContaining(['card', 'checkin:question.feeds']));
    expect(conversationOf(opened.doc)).toEqual({ onboarded: { checkin: 'feeds' } });
    const answered = talk(opened.doc!, locale, afternoon, '8');
    expect(answered.doc!.draft?.checkin?.values).toMatchObject({ feeds: 8 });
    expect(conversationOf(answered.doc)).not.toEqual({ onboarded: { checkin: 'feeds' } });
  });

  it('at 07:00, the check-in due at 09:00 that day is not sent again: the next is tomorrow at 09:00', () => {
    const early = '2026-11-26T06:00:00.000Z';
    const doc = onboardedAt(locale, early);
    expect(doc.nextCheckInAt).toBe('2026-11-26T08:00:00.000Z');
    const opened = talk(doc, locale, early, asks.checkIn);
    expect(opened.doc!.nextCheckInAt).toBe('2026-11-27T08:00:00.000Z');
  });

  it('in the middle of a check-in, asks the open question again and keeps what she answered', () => {
    const midway = talk(onboarded(locale), locale, afternoon, asks.checkIn, '8');
    const again = talk(midway.doc!, locale, afternoon, asks.checkIn);
    expect(replyKeys(again.last)).not.toContain('card');
    expect(conversationOf(again.doc)).toEqual(conversationOf(midway.doc));
    expect(again.doc!.draft?.checkin?.values).toMatchObject({ feeds: 8 });
  });

  it('while the check-ins are paused, opens it and keeps them paused', () => {
    const paused = talk(onboarded(locale), locale, afternoon, asks.pause);
    const opened = talk(paused.doc!, locale, afternoon, asks.checkIn);
    expect(conversationOf(opened.doc)).toEqual({ onboarded: { checkin: 'feeds' } });
    expect(opened.doc!.checkInsPaused).toBe(true);
    expect(opened.doc!.nextCheckInAt).toBeNull();
  });

  it('after her week, says the check-ins are over and opens none', () => {
    const later = '2026-12-03T13:00:00.000Z';
    const over = talk(onboarded(locale), locale, later, asks.checkIn);
    expect(replyKeys(over.last)).toContain('dialog:checkins.weekOver');
    expect(replyKeys(over.last)).not.toContain('card');
    expect(over.doc?.draft?.checkin).toBeUndefined();
  });
});
