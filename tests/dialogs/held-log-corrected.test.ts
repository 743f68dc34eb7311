import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { ctx, replyKeys, say } from './support/day-three';

/** Onboarding by typing, up to the check-in time question, with a feed logged there and then corrected. */
const WORDS: Record<Locale, string[]> = {
  nb: ['hei', 'ja', 'i går kl 15', 'ammer', 'ja', 'ammet venstre kl 2', 'nei det var høyre'],
  nn: ['hei, eg er ny her', 'ja', 'i går kl 15', 'ammar', 'ja', 'amma venstre kl 2', 'nei det var høgre'],
  en: ['hello', 'yes', 'yesterday at 3am', 'breastfeeding', 'yes', 'fed left side at 2', 'no it was the right'],
};

describe('a log held while onboarding is open, corrected right after (found in a walk: «no it was the right» got «I didn\'t understand the time»)', () => {
  it.each<Locale>(['nb', 'nn', 'en'])('%s: the held feed is changed, said back, and the open question comes again; it is stored so when onboarding ends', (locale) => {
    const corrected = runTurns(undefined, WORDS[locale].map(say), ctx(locale));
    expect(replyKeys(corrected.last)).toEqual(['dialog:correct.done', 'common:logged.line.feedDetails', 'dialog:onboarding.checkinTime']);
    expect(corrected.doc!.draft?.onboarding?.held).toMatchObject([{ type: 'feed', side: 'right' }]);
    const done = runTurns(corrected.doc, [say('09:00')], ctx(locale));
    expect(done.doc!.events).toMatchObject([{ type: 'feed', side: 'right' }]);
  });
});
