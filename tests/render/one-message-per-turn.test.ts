import { t } from '../../src/i18n';
import { render } from '../../src/render';
import { text, type Reply } from '../../dialogs/reply';
import type { Finding } from '../../src/mother/findings';

const finding = (code: Finding['code'], severity: Finding['severity']): Reply => ({ kind: 'finding', finding: { code, severity, at: '2026-11-26T11:00:00.000Z', data: { count: 5 } } });

describe('what one turn sends', () => {
  it('sends texts that follow each other as one message, a paragraph each, in the order given', () => {
    const activities = render([finding('pump.frequency-low', 'advice'), finding('feeds.frequency-ok', 'info'), text('common:logged.feed')], 'nb');

    expect(activities).toHaveLength(1);
    const paragraphs = (activities[0]?.text ?? '').split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(paragraphs.at(-1)).toBe(t('nb', 'common:logged.feed'));
    expect(activities[0]).toMatchObject({ type: 'message', locale: 'nb', textFormat: 'markdown' });
  });

  it('keeps a card as a message of its own, after the text before it', () => {
    const activities = render([text('common:welcome.hello'), { kind: 'card', card: 'log', params: { feedingMode: 'both' } }, text('common:logged.feed')], 'nn');

    expect(activities.map((a) => (a.attachments ? 'card' : 'text'))).toEqual(['text', 'card', 'text']);
    expect(activities[0]?.text).toBe(t('nn', 'common:welcome.hello'));
  });

  it('puts quick-reply buttons on the message they close, and starts a new message after them', () => {
    const buttons = [{ titleKey: 'common:yes', value: 'ja' }];
    const activities = render([text('common:logged.feed'), text('common:help.intro', undefined, buttons), text('common:logged.feed')], 'en');

    expect(activities).toHaveLength(2);
    expect(activities[0]?.text).toBe(`${t('en', 'common:logged.feed')}\n\n${t('en', 'common:help.intro')}`);
    expect(activities[0]?.suggestedActions?.actions.map((a) => a.value)).toEqual(['ja']);
    expect(activities[1]?.suggestedActions).toBeUndefined();
  });
});
