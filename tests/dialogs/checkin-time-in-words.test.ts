import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { ctx, replyKeys, say } from './support/day-three';

/** Onboarded by typing, up to the check-in time question (a walk found «passer fint kl 8» not understood there). */
const UP_TO_TIME: Record<Locale, string[]> = {
  nb: ['hei', 'ja', 'i går kl 15', 'ammer', 'ja'],
  nn: ['hei, eg er ny her', 'ja', 'i går kl 15', 'ammar', 'ja'],
  en: ['hello', 'yes', 'yesterday at 3am', 'breastfeeding', 'yes'],
};
const atTimeQuestion = (locale: Locale) => runTurns(undefined, UP_TO_TIME[locale].map(say), ctx(locale)).doc!;

describe('the daily check-in time said with words around it', () => {
  it.each<[Locale, string, string]>([
    ['nb', 'passer fint kl 8', '08:00'],
    ['nb', 'kl 8 om kvelden', '20:00'],
    ['nb', 'helst halv ni', '08:30'],
    ['nn', 'kl 7 passar best', '07:00'],
    ['en', 'at 8 please', '08:00'],
    ['en', 'around 7 in the evening', '19:00'],
    ['en', '8 in the morning works', '08:00'],
    ['nb', '7 om kvelden', '19:00'],
    ['nn', '20 passar', '20:00'],
  ])('%s «%s» is %s', (locale, typed, time) => {
    const done = runTurns(atTimeQuestion(locale), [say(typed)], ctx(locale));
    expect(done.doc!.profile?.checkInTime).toBe(time);
  });

  it.each<[Locale, string]>([
    ['nb', 'kl 8 eller kl 9'],
    ['nb', 'kl 8 på 2 dager'],
    ['nb', '8 eller 9'],
    ['en', '25 in the morning'],
  ])('%s «%s» is no one time: the question comes again', (locale, typed) => {
    const again = runTurns(atTimeQuestion(locale), [say(typed)], ctx(locale));
    expect(again.doc!.profile).toBeUndefined();
    expect(replyKeys(again.last).at(-1)).toBe('dialog:onboarding.checkinTime');
  });

  it.each<[Locale, string]>([
    ['nb', 'han gråter hele tiden og vil bare være på brystet er det normalt'],
    ['nn', 'ho vil berre ligge ved brystet heile tida er det vanleg'],
    ['en', 'she wants to feed all the time is that normal'],
  ])('%s: a question asked at the end with no mark («%s») is answered, then the time is asked again', (locale, typed) => {
    const answered = runTurns(atTimeQuestion(locale), [say(typed)], ctx(locale));
    const keys = replyKeys(answered.last);
    expect(keys[0]).toBe('topics:feeding-frequency');
    expect(keys.at(-1)).toBe('dialog:onboarding.checkinTime');
  });
});
