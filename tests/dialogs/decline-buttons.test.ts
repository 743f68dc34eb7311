import { sentBy } from '../../dialogs/reply';
import { checkinDue } from '../../dialogs/handle-turn';
import { DECLINE_KEY } from '../../src/knowledge';
import type { Locale } from '../../src/mother/profile';
import { runTurns } from './support/run-turns';
import { ctx, NOW, onboarded, replyKeys, say } from './support/day-three';

const buttons = (out: ReturnType<typeof runTurns>, locale: Locale) => {
  const reply = out.last.replies.find((r) => r.kind === 'text' && r.key === DECLINE_KEY);
  return reply?.kind === 'text' ? (reply.suggestions ?? []).map((s) => sentBy(s, locale)) : undefined;
};

describe.each<[Locale, string, string[], string]>([
  ['nb', 'er det normalt at hun hikker så mye?', ['ammet nå', 'status', 'hjelp'], 'pumpet'],
  ['nn', 'er det vanleg at ho hikstar så mykje?', ['amma no', 'status', 'hjelp'], 'pumpa'],
  ['en', 'is it normal that she hiccups so much?', ['fed now', 'status', 'help'], 'pumped'],
])('a question declined (%s «%s»; found in a walk: declined without any buttons; «er det normalt å få så lite?» is answered now, tests/knowledge/so-little)', (locale, asked, tryThese, pumped) => {
  it('comes with the three buttons of a miss: never a dead end', () => {
    const out = runTurns(onboarded(locale, 'both'), [say(asked)], ctx(locale));
    expect(replyKeys(out.last)).toContain(DECLINE_KEY);
    expect(buttons(out, locale)).toEqual(tryThese);
  });

  it('for a mother who only pumps, the log button is her pumping', () => {
    const out = runTurns(onboarded(locale, 'pump'), [say(asked)], ctx(locale));
    expect(buttons(out, locale)?.[0]).toBe(pumped);
  });

  it('in a check-in the question asked again brings its own button instead', () => {
    const out = runTurns(checkinDue(onboarded(locale, 'both'), NOW).doc, [say(asked)], ctx(locale));
    expect(replyKeys(out.last)).toEqual([DECLINE_KEY, 'checkin:question.feeds']);
    expect(buttons(out, locale)).toEqual([]);
  });
});
