import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { ctx, onboarded, replyKeys, say } from './support/day-three';

/**
 * A walk found «😭😭» answered «Det forsto jeg ikke helt. Prøv gjerne en av disse:» with buttons to log
 * a feed. When she says she is struggling herself, she gets a kind line and whom to talk to.
 */
describe.each<[Locale, string, string, string]>([
  ['nb', 'jeg orker ikke mer', 'hun er så sliten', 'jeg vil ikke leve mer, ammingen går ikke'],
  ['nn', 'eg er så sliten og lei', 'ho er så sliten', 'eg vil ikkje leve lenger, amminga går ikkje'],
  ['en', "i can't cope anymore", 'she is so tired', "i want to die, breastfeeding isn't working"],
])('she says she is struggling (%s)', (locale, struggling, babyTired, harm) => {
  it('thoughts of not living get help now (legevakt, 113) before any topic her message names', () => {
    expect(replyKeys(runTurns(onboarded(locale), [say(harm)], ctx(locale)).last)).toEqual(['topics:ui.harm']);
  });

  it.each([struggling, '😭😭'])('"%s" gets the kind line with whom to talk to', (message) => {
    expect(replyKeys(runTurns(onboarded(locale), [say(message)], ctx(locale)).last)).toEqual(['topics:ui.struggling']);
  });

  it('a tired baby is not her', () => {
    expect(replyKeys(runTurns(onboarded(locale), [say(babyTired)], ctx(locale)).last)).not.toContain('topics:ui.struggling');
  });
});

/**
 * The Playground helper found «orker ikke leve lenger» and «i dont want to be here anymore» answered «Det
 * forsto jeg ikke helt»: chat drops the «jeg», and such thoughts come in many words. And where they were
 * heard, the reply said «i dag eller i morgen»: it now says to call legevakt now, or 113.
 */
describe.each<[Locale, string[], string[]]>([
  ['nb', ['orker ikke leve lenger', 'vil bare forsvinne', 'alle har det bedre uten meg', 'har ikke noe å leve for'], ['føler meg helt alene', 'jeg er så nedfor']],
  ['nn', ['orkar ikkje leve meir', 'eg vil berre forsvinne', 'dei har det betre utan meg'], ['kjenner meg heilt åleine']],
  ['en', ['i dont want to be here anymore', 'everyone would be better off without me', 'i just want to disappear'], ['i feel so alone']],
])('how she may say it (%s)', (locale, harms, struggles) => {
  it.each(harms)('«%s» gets help now', (message) => {
    expect(replyKeys(runTurns(onboarded(locale), [say(message)], ctx(locale)).last)).toEqual(['topics:ui.harm']);
  });

  it.each(struggles)('«%s» gets the kind line with whom to talk to', (message) => {
    expect(replyKeys(runTurns(onboarded(locale), [say(message)], ctx(locale)).last)).toEqual(['topics:ui.struggling']);
  });

  it('a baby sleeping alone, or a question about harming the nipples, is neither', () => {
    for (const message of ['hun sover alene i senga', 'kan pumping skade brystvortene']) {
      expect(replyKeys(runTurns(onboarded(locale), [say(message)], ctx(locale)).last)).not.toEqual(expect.arrayContaining([expect.stringMatching(/ui\.(harm|struggling)/)]));
    }
  });
});

/**
 * «i feel so low and cant stop crying» got the yellow-poo topic («low»): how she is, told without asking,
 * gets the kind line before a topic a word of it names; with a question beside it, the question's topic.
 */
describe.each<[Locale, string, string]>([
  ['nb', 'jeg er så lei meg og gråter hele tiden', 'jeg er så sliten, hvor ofte skal jeg amme'],
  ['nn', 'eg er så lei meg og gret heile tida', 'eg er så sliten, kor ofte skal eg amme'],
  ['en', 'i feel so low and cant stop crying', 'i am so tired, how often should i feed'],
])('how she is, told (%s)', (locale, told, asked) => {
  it(`«${told}» gets the kind line`, () => {
    expect(replyKeys(runTurns(onboarded(locale), [say(told)], ctx(locale)).last)).toEqual(['topics:ui.struggling']);
  });

  it(`«${asked}» gets the answer to its question`, () => {
    expect(replyKeys(runTurns(onboarded(locale), [say(asked)], ctx(locale)).last)).toEqual(['topics:feeding-frequency']);
  });
});
