import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { checkinDue } from '../../dialogs/handle-turn';
import { runTurns } from './support/run-turns';
import { ctx, NOW, onboarded, replyKeys, say } from './support/day-three';

/**
 * A walk found «hvor mange ganger har jeg ammet i dag» answered with the topic's «Amm hver 2.–3. time»
 * and «vis meg oversikten» not understood: a question about what she has logged gets her numbers.
 * One about what it ought to be («hvor mange ganger skal jeg amme») is still a topic's question.
 */
const ASKS: Record<Locale, { hers: string[]; ought: string }> = {
  nb: { hers: ['hvor mange ganger har jeg ammet i dag?', 'hvor mye har jeg pumpet til nå', 'vis meg oversikten'], ought: 'hvor mange ganger skal jeg amme?' },
  nn: { hers: ['kor mange gonger har eg amma i dag?', 'kor mange bleier har ho hatt i dag', 'vis meg oversikta'], ought: 'kor mange gonger skal eg amme?' },
  en: { hers: ['how many feeds has she had today?', 'how much have i pumped so far', 'show me the overview'], ought: 'how many times should i feed?' },
};
const talk = (doc: MotherDocument | undefined, locale: Locale, ...messages: string[]) => runTurns(doc, messages.map(say), ctx(locale));
const isStatus = (key: string) => key.startsWith('dialog:status.');

describe.each<Locale>(['nb', 'nn', 'en'])('a question about what she has logged (%s)', (locale) => {
  const asks = ASKS[locale];

  it.each(asks.hers)('«%s» gets her numbers', (asked) => {
    const out = talk(onboarded(locale), locale, 'ammet nå', asked);
    expect(replyKeys(out.last).some(isStatus)).toBe(true);
  });

  it('one about what it ought to be gets the topic, not her numbers', () => {
    const out = talk(onboarded(locale), locale, asks.ought);
    expect(replyKeys(out.last).some(isStatus)).toBe(false);
  });

  it('in a check-in, her numbers and then the same question again', () => {
    const out = talk(checkinDue(onboarded(locale), NOW).doc, locale, asks.hers[0]!);
    expect(replyKeys(out.last).some(isStatus)).toBe(true);
    expect(replyKeys(out.last).at(-1)).toBe('checkin:question.feeds');
  });
});
