import { t } from '../../src/support/i18n';
import { render } from '../../src/edge/render';
import { text, type Reply } from '../../dialogs/reply';
import type { Finding } from '../../src/mother/findings';

const finding = (code: Finding['code'], severity: Finding['severity']): Reply => ({ kind: 'findings', lead: { code, severity, at: '2026-11-26T11:00:00.000Z', data: { count: 5 } }, others: [] });

describe('what one turn sends', () => {
  it('sends texts that follow each other as one message, a paragraph each, in the order given', () => {
    const replies = [finding('pump.frequency-low', 'advice'), finding('feeds.frequency-ok', 'info'), text('common:logged.feed')];
    const activities = render(replies, 'nb');

    expect(activities).toHaveLength(1);
    expect(activities[0]?.text).toBe(replies.map((reply) => render([reply], 'nb')[0]?.text).join('\n\n'));
    expect(activities[0]).toMatchObject({ type: 'message', locale: 'nb', textFormat: 'markdown' });
  });

  it('gives a finding that asks her to contact someone a message of its own, so its preview is what she sees', () => {
    const contact = finding('stools.low-day4', 'contact');
    const activities = render([text('common:logged.feed'), contact, text('common:logged.feed')], 'nb');

    expect(activities).toHaveLength(3);
    expect(activities[0]?.text).toBe(t('nb', 'common:logged.feed'));
    // Nothing is added to it either: the next text (a day's greeting, a thanks) starts a message after it.
    expect(activities[1]?.text).toBe(render([contact], 'nb')[0]?.text);
    expect(activities[2]?.text).toBe(t('nb', 'common:logged.feed'));
  });

  it('keeps her export (a text with a file) as a message of its own', () => {
    const exported = { kind: 'export', data: {} } as unknown as Reply;
    const activities = render([text('common:logged.feed'), exported, text('common:logged.feed')], 'nb');

    expect(activities.map((a) => (a.attachments ? 'file' : 'text'))).toEqual(['text', 'file', 'text']);
  });

  it('keeps a card as a message of its own, after the text before it', () => {
    const activities = render([text('common:welcome.hello'), { kind: 'card', card: 'log', params: { feedingMode: 'both' } }, text('common:logged.feed')], 'nn');

    expect(activities.map((a) => (a.attachments ? 'card' : 'text'))).toEqual(['text', 'card', 'text']);
    expect(activities[0]?.text).toBe(t('nn', 'common:welcome.hello'));
  });

  it('puts the turn\'s quick-reply buttons on its last message, so a message after them does not hide them', () => {
    const buttons = [{ titleKey: 'common:yes', value: 'ja' }];
    const activities = render([text('common:logged.feed'), text('common:help.intro', undefined, buttons), text('common:logged.feed')], 'en');

    expect(activities).toHaveLength(1);
    expect(activities[0]?.text).toBe(`${t('en', 'common:logged.feed')}\n\n${t('en', 'common:help.intro')}\n\n${t('en', 'common:logged.feed')}`);
    expect(activities[0]?.suggestedActions?.actions.map((a) => a.value)).toEqual(['ja']);
  });

  it('keeps the buttons of every reply of the turn, each once, under the last message (a card or a finding too)', () => {
    const topics = [{ titleKey: 'common:yes', value: 'ja' }, { titleKey: 'common:no', value: 'nei' }];
    const skip = [{ titleKey: 'common:answer.skip', value: 'hopp over' }, { titleKey: 'common:yes', value: 'ja' }];
    const lead: Finding = { code: 'activation.delayed-120h', severity: 'contact', at: '2026-11-26T11:00:00.000Z' };
    const activities = render([text('common:help.intro', undefined, topics), { kind: 'card', card: 'log', params: { feedingMode: 'breast' } }, text('common:logged.feed', undefined, skip), { kind: 'findings', lead, others: [] }], 'nb');

    expect(activities).toHaveLength(4);
    expect(activities.slice(0, 3).map((activity) => activity.suggestedActions)).toEqual([undefined, undefined, undefined]);
    expect(activities[3]?.suggestedActions?.actions.map((a) => a.value)).toEqual(['ja', 'nei', 'hopp over']);
  });
});

describe('the findings of one turn', () => {
  it('are one message: the lead whole, then each other finding as a short list line', () => {
    const lead: Finding = { code: 'stools.low-day4', severity: 'contact', at: '2026-11-26T11:00:00.000Z', data: { count: 1 } };
    const other: Finding = { code: 'feeds.frequency-low', severity: 'advice', at: '2026-11-26T11:00:00.000Z', data: { count: 5 } };
    const activities = render([{ kind: 'findings', lead, others: [other] }], 'nb');

    expect(activities).toHaveLength(1);
    expect(activities[0]?.text).toBe(`${t('nb', 'findings:stools.low-day4', { count: 1 })}\n\n- ${t('nb', 'findings:short.feeds.frequency-low', { count: 5 })}`);
  });
});
