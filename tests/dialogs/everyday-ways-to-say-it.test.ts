import type { Locale } from '../../src/mother/profile';
import { onboarded, replyKeys, talk } from './support/day-three';

/** Found by a helper talking to the bot as a tired mother: each got «Det forsto jeg ikke helt», a topic, or nothing stored. */
describe.each<[Locale, string, string, string[]]>([
  ['nb', 'hva kan du hjelpe meg med', 'ha det bra', ['hun dier nå', 'hun dia for en time siden venstre side', 'feeda henne kl 3']],
  ['nn', 'kva kan du hjelpe meg med', 'ha det', ['ho dier no']],
  ['en', 'what can you help me with', 'bye', ['nursed her just now']],
])('everyday ways to say it (%s)', (locale, whatCanYouDo, goodbye, feeds) => {
  it(`«${whatCanYouDo}» shows the help`, () => {
    expect(replyKeys(talk(onboarded(locale), locale, whatCanYouDo).last)).toEqual(['common:help.intro']);
  });

  it(`«${goodbye}» gets the kind line a greeting gets`, () => {
    expect(replyKeys(talk(onboarded(locale), locale, goodbye).last)).toEqual(['dialog:greeted']);
  });

  it(`«${goodbye}» to a mother who only pumps shows her a pumping log, not a feed`, () => {
    expect(replyKeys(talk(onboarded(locale, 'pump'), locale, goodbye).last)).toEqual(['dialog:greetedPump']);
  });

  it.each(feeds)('«%s» is a feed', (message) => {
    expect(talk(onboarded(locale), locale, message).doc!.events).toMatchObject([{ type: 'feed' }]);
  });
});

describe('the language asked for with «we»', () => {
  it('«can we do norwegian» writes bokmål from then on', () => {
    const out = talk(onboarded('en'), 'en', 'can we do norwegian');
    expect(replyKeys(out.last)).toEqual(['dialog:language.changed']);
    expect(out.doc!.locale).toBe('nb');
  });
});

/** A helper found «oops delete that» answered «I didn't quite understand that»: a slip noticed before the undo is still the undo. */
describe.each<[Locale, string, string]>([
  ['nb', 'ammet nå', 'oi, slett den'],
  ['nn', 'amma no', 'oj, angre'],
  ['en', 'fed now', 'oops delete that'],
])('an undo after «oops» (%s)', (locale, feed, oops) => {
  it(`«${oops}» takes back the feed just logged`, () => {
    const logged = talk(onboarded(locale), locale, feed).doc!;
    expect(logged.events).toHaveLength(1);
    expect(talk(logged, locale, oops).doc!.events).toEqual([]);
  });
});
