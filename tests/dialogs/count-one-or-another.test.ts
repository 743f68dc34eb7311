import { checkinDue } from '../../dialogs/handle-turn';
import { sentBy } from '../../dialogs/reply';
import type { Locale } from '../../src/mother/profile';
import { NOW, onboarded, replyKeys, talk } from './support/day-three';

/**
 * «fire eller fem» to «how many feeds?» got the question again with only «hopp over» to tap: she had
 * to type one of her own two numbers. The question comes again with a button for each.
 */
describe.each<[Locale, string, string]>([
  ['nb', 'fire eller fem', '4 eller 5 tror jeg'],
  ['nn', 'fire eller fem', '4 eller 5 trur eg'],
  ['en', 'four or five', '4 or 5 i think'],
])('a count of one or another in the check-in (%s)', (locale, words, digits) => {
  const open = () => checkinDue(onboarded(locale), NOW).doc;

  it.each([words, digits])('«%s» asks again with 4 and 5 to tap, and the one tapped is kept', (said) => {
    const asked = talk(open(), locale, said);
    expect(asked.doc!.draft?.checkin?.values.feeds).toBeUndefined();
    const reply = asked.last.replies.at(-1)!;
    expect(reply).toMatchObject({ kind: 'text', key: 'checkin:again.feeds' });
    const buttons = reply.kind === 'text' ? (reply.suggestions ?? []).map((button) => sentBy(button, locale)) : [];
    expect(buttons.slice(0, 2)).toEqual(['4', '5']);
    expect(buttons).toHaveLength(3);
    const tapped = talk(asked.doc, locale, buttons[0]!);
    expect(tapped.doc!.draft?.checkin?.values).toMatchObject({ feeds: 4 });
    expect(tapped.doc!.events).toEqual([]);
    expect(replyKeys(tapped.last)).toContain('checkin:question.pumpMl');
  });

  it('between two amounts of pumping, no count is offered to tap', () => {
    const atPumping = talk(open(), locale, '8').doc;
    const asked = talk(atPumping, locale, locale === 'en' ? '10 or 15' : '10 eller 15');
    const reply = asked.last.replies.at(-1)!;
    expect(reply).toMatchObject({ kind: 'text', key: 'checkin:again.pumpMl' });
    expect(reply.kind === 'text' ? reply.suggestions : undefined).toHaveLength(1);
  });
});
