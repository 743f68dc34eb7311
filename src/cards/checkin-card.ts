import type { FeedingMode } from '../mother/events';
import type { Locale } from '../mother/profile';
import { t } from '../i18n';
import { adaptiveCard, heading, paragraph, submit, type AdaptiveCard, type CardElement } from './adaptive-card';

export type CheckinQuestion = 'feeds' | 'wetDiapers' | 'yellowStools' | 'pumpMl';

/** The questions that fit her mode and day: feeds for breastfeeding, pumped volumes for pumping, stools from day 3. */
export function checkinQuestions(mode: FeedingMode, dayNumber: number): CheckinQuestion[] {
  const qs: CheckinQuestion[] = [];
  if (mode !== 'pump') qs.push('feeds');
  if (mode !== 'breast') qs.push('pumpMl');
  qs.push('wetDiapers');
  if (dayNumber >= 3) qs.push('yellowStools');
  return qs;
}

export function checkinCard(locale: Locale, questions: CheckinQuestion[]): AdaptiveCard {
  const tr = (key: string) => t(locale, `cards:checkin.${key}`);
  const inputs: CardElement[] = questions.map((q) =>
    q === 'pumpMl'
      ? { type: 'Input.Text', id: 'pumpMl', label: tr('pumpMl'), placeholder: tr('pumpMlPlaceholder') }
      : { type: 'Input.Number', id: q, label: tr(q), min: 0, max: 30 },
  );
  return adaptiveCard([heading(tr('title')), paragraph(tr('intro')), ...inputs], [submit(tr('submit'), { action: 'checkin' })]);
}
