import type { Locale } from '../../src/mother/profile';
import { checkinDue } from '../../dialogs/handle-turn';
import { NOW, onboarded, replyKeys, talk } from './support/day-three';

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

const WHEN_LAST: Record<Locale, { fed: string; when: string; whenDiaper: string; ought: string }> = {
  nb: { fed: 'ammet kl 12', when: 'når ammet jeg sist?', whenDiaper: 'hvor lenge er det siden siste bleie', ought: 'når skal jeg amme?' },
  nn: { fed: 'amma kl 12', when: 'kva tid amma eg sist?', whenDiaper: 'kor lenge er det sidan siste bleie', ought: 'når skal eg amme?' },
  en: { fed: 'fed at 12', when: 'when did i last feed?', whenDiaper: 'when was the last diaper', ought: 'when should i feed?' },
};

describe.each<Locale>(['nb', 'nn', 'en'])('«når ammet jeg sist?» (%s; found in a walk: answered with topics to choose from)', (locale) => {
  const asks = WHEN_LAST[locale];

  it('says when her last feed was, at the time she logged it', () => {
    const out = talk(onboarded(locale), locale, asks.fed, 'våt bleie', asks.when);
    expect(out.last.replies).toEqual([expect.objectContaining({ key: 'dialog:lastLog.feed', params: { when: expect.objectContaining({ params: expect.objectContaining({ hour: '12' }) }) } })]);
  });

  it('says so when she has logged none of that kind, and stores nothing', () => {
    const doc = onboarded(locale);
    const out = talk(doc, locale, asks.whenDiaper);
    expect(replyKeys(out.last)).toEqual(['dialog:lastLog.none.diaper']);
    expect(out.doc!.events).toEqual([]);
  });

  it('«når skal jeg amme?» is a question, not her last feed', () => {
    expect(replyKeys(talk(onboarded(locale), locale, asks.ought).last)).not.toContain('dialog:lastLog.feed');
  });
});
