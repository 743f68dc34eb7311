import { answerFreeQuestion, topicByTitle } from '../../dialogs/questions';
import { sentBy, text, type Reply } from '../../dialogs/reply';
import { ALSO_KEY, DECLINE_KEY, UNSURE_KEY, outsideKey, topicAnswerKey, topicTitleKey } from '../../src/knowledge';
import { t } from '../../src/support/i18n';

const keys = (replies: Reply[]): string[] => replies.map((reply) => (reply.kind === 'text' ? reply.key : reply.kind));
const buttons = (replies: Reply[]): string[] => replies.flatMap((reply) => (reply.kind === 'text' ? (reply.suggestions ?? []).map((s) => sentBy(s, 'nb')) : []));

describe('a free question in chat', () => {
  it.each([
    ['nb', 'kan jeg fryse melk, og brystvortene mine blør'],
    ['nn', 'kan eg fryse mjølk, og brystvortene mine blør'],
    ['en', 'can i freeze milk, and my nipples are bleeding'],
  ] as const)('%s: two concerns get the one that needs action first, and a button that answers the other', (locale, question) => {
    const replies = answerFreeQuestion(question, locale);
    expect(keys(replies)).toEqual([topicAnswerKey('sore-nipples'), ALSO_KEY]);
    const [offered] = buttons(replies);
    expect(offered).toBe(t(locale, topicTitleKey('milk-storage')));
    expect(topicByTitle(offered!, locale)).toBe('milk-storage');
    expect(answerFreeQuestion(offered!, locale)).toEqual([text(topicAnswerKey('milk-storage'))]);
  });

  it.each([
    ['nb', 'har hun tungebånd', 'tongue-tie'],
    ['nn', 'kan eg ta paracet når eg ammar', 'medicines'],
    ['en', 'how much formula per feed', 'formula'],
  ] as const)('%s: close to a topic but outside it, "%s" is declined by name, never answered by a topic', (locale, question, subject) => {
    const replies = answerFreeQuestion(question, locale);
    expect(keys(replies)).toEqual([outsideKey(subject)]);
    expect(t(locale, outsideKey(subject))).toMatch(/jordmor|helsestasjon|fastlege/i);
  });

  it('offers the in-scope concern of a message after the decline of the other', () => {
    const replies = answerFreeQuestion('har hun tungebånd? og hvordan vet jeg at hun har godt sugetak', 'nb');
    expect(keys(replies)).toEqual([outsideKey('tongue-tie'), ALSO_KEY]);
    expect(buttons(replies)).toEqual([t('nb', topicTitleKey('latch'))]);
  });

  it('still declines plainly what is outside every topic', () => {
    expect(keys(answerFreeQuestion('hvilken barnevogn er best', 'nb'))).toEqual([DECLINE_KEY]);
    expect(keys(answerFreeQuestion('hvordan blir været i morgen', 'nb'))).toEqual([DECLINE_KEY]);
  });

  it('declines a question it is unsure of, and offers the topics that hold part of her words, one tap from their answer', () => {
    const replies = answerFreeQuestion('hvordan vet jeg at pumpa er riktig innstilt', 'nb');
    expect(keys(replies)).toEqual([UNSURE_KEY]);
    expect(t('nb', UNSURE_KEY)).toMatch(/jordmor/);
    const offered = buttons(replies);
    expect(offered).toHaveLength(2);
    expect(offered).toContain(t('nb', topicTitleKey('pumping-frequency')));
    expect(answerFreeQuestion(t('nb', topicTitleKey('pumping-frequency')), 'nb')).toEqual([text(topicAnswerKey('pumping-frequency'))]);
  });
});
