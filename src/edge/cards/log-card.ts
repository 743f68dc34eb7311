import type { FeedingMode } from '../../mother/events';
import type { Locale } from '../../mother/profile';
import { MAX_SESSION_ML } from '../../mother/limits';
import { t } from '../../support/i18n';
import { adaptiveCard, choices, heading, submit, type AdaptiveCard, type CardElement } from './adaptive-card';

const showCard = (title: string, body: CardElement[], action: CardElement): CardElement => ({
  type: 'Action.ShowCard',
  title,
  card: { type: 'AdaptiveCard', body, actions: [action] },
});

/** Quick logging: a feed in one tap; a diaper, a pumping or hand expression in a small form each. */
export function logCard(locale: Locale, mode: FeedingMode): AdaptiveCard {
  const tr = (key: string) => t(locale, `cards:log.${key}`);
  const actions: CardElement[] = [];
  if (mode !== 'pump') actions.push(submit(tr('feed'), { action: 'log', type: 'feed' }));
  actions.push(
    showCard(tr('diaper'), [
      { type: 'Input.Toggle', id: 'wet', title: tr('wet'), valueOn: 'true', valueOff: 'false', value: 'true' },
      { type: 'Input.ChoiceSet', id: 'stool', label: tr('stool'), value: 'none', choices: choices([['none', tr('stoolKind.none')], ['meconium', tr('stoolKind.meconium')], ['transitional', tr('stoolKind.transitional')], ['yellow', tr('stoolKind.yellow')]]) },
    ], submit(tr('save'), { action: 'log', type: 'diaper' })),
  );
  if (mode !== 'breast') {
    actions.push(
      showCard(tr('pump'), [
        { type: 'Input.Number', id: 'pumpMl', label: tr('ml'), min: 0, max: MAX_SESSION_ML, isRequired: true, errorMessage: tr('mlRange') },
        { type: 'Input.Toggle', id: 'double', title: tr('double'), valueOn: 'true', valueOff: 'false', value: 'true' },
      ], submit(tr('save'), { action: 'log', type: 'pump' })),
    );
  }
  actions.push(
    showCard(tr('expression'), [{ type: 'Input.Number', id: 'expressionMl', label: tr('ml'), min: 0, max: MAX_SESSION_ML, isRequired: true, errorMessage: tr('mlRange') }], submit(tr('save'), { action: 'log', type: 'expression' })),
    submit(tr('milkIn'), { action: 'log', type: 'milk-in' }),
  );
  return adaptiveCard([heading(tr('title'))], actions);
}
