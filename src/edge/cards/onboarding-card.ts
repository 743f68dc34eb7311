import type { Locale } from '../../mother/profile';
import { t } from '../../support/i18n';
import { adaptiveCard, choices, heading, paragraph, submit, type AdaptiveCard } from './adaptive-card';

/** One card for the whole onboarding: consent, time of birth, feeding mode, check-in time, first hour. */
export function onboardingCard(locale: Locale, timezone: string): AdaptiveCard {
  const tr = (key: string) => t(locale, `cards:onboarding.${key}`);
  return adaptiveCard(
    [
      heading(tr('title')),
      paragraph(tr('privacy')),
      { type: 'Input.Toggle', id: 'consent', label: tr('consentLabel'), title: tr('consent'), valueOn: 'true', valueOff: 'false', value: 'false', isRequired: true, errorMessage: tr('consentRequired') },
      { type: 'Input.Date', id: 'birthDate', label: tr('birthDate'), isRequired: true, errorMessage: tr('birthDateRequired') },
      { type: 'Input.Time', id: 'birthTime', label: tr('birthTime'), isRequired: true, errorMessage: tr('birthTimeRequired') },
      {
        type: 'Input.ChoiceSet', id: 'feedingMode', label: tr('feedingMode'), style: 'expanded', isRequired: true, errorMessage: tr('feedingModeRequired'),
        choices: choices([['breast', tr('mode.breast')], ['pump', tr('mode.pump')], ['both', tr('mode.both')]]),
      },
      { type: 'Input.ChoiceSet', id: 'firstHour', label: tr('firstHour'), style: 'expanded', choices: choices([['yes', tr('yes')], ['no', tr('no')]]) },
      { type: 'Input.Time', id: 'checkInTime', label: tr('checkInTime'), value: '09:00' },
    ],
    [submit(tr('submit'), { action: 'onboard', timezone })],
  );
}
