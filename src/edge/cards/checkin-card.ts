import type { CheckinQuestion } from '../../mother/checkin-questions';
import { MAX_DAILY_COUNT } from '../../mother/limits';
import type { Locale } from '../../mother/profile';
import { t } from '../../support/i18n';
import { adaptiveCard, heading, paragraph, submit, type AdaptiveCard, type CardElement } from './adaptive-card';

export function checkinCard(locale: Locale, questions: CheckinQuestion[]): AdaptiveCard {
  const tr = (key: string) => t(locale, `cards:checkin.${key}`);
  const inputs: CardElement[] = questions.map((q) =>
    q === 'pumpMl'
      ? { type: 'Input.Text', id: 'pumpMl', label: tr('pumpMl'), placeholder: tr('pumpMlPlaceholder') }
      : { type: 'Input.Number', id: q, label: tr(q), min: 0, max: MAX_DAILY_COUNT },
  );
  return adaptiveCard([heading(tr('title')), paragraph(tr('intro')), ...inputs], [submit(tr('submit'), { action: 'checkin' })]);
}
