import { ActivityTypes, CardFactory, type Activity } from 'botbuilder';
import type { Reply } from '../dialogs/reply';
import type { Locale } from './mother/profile';
import { t } from './i18n';
import { onboardingCard } from './cards/onboarding-card';
import { logCard } from './cards/log-card';
import { checkinCard, type CheckinQuestion } from './cards/checkin-card';
import type { FeedingMode } from './mother/events';
import { findingTextKey, findingTextParams } from './mother/finding-text';

/** Turns the domain's replies into Bot Framework activities in her language. */
export function render(replies: Reply[], locale: Locale): Partial<Activity>[] {
  return replies.map((reply) => renderOne(reply, locale));
}

function renderOne(reply: Reply, locale: Locale): Partial<Activity> {
  switch (reply.kind) {
    case 'text': {
      const activity: Partial<Activity> = { type: ActivityTypes.Message, text: t(locale, reply.key, reply.params), textFormat: 'markdown', locale };
      if (reply.suggestions?.length) {
        activity.suggestedActions = {
          to: [],
          actions: reply.suggestions.map((s) => ({ type: 'imBack', title: t(locale, s.titleKey, s.titleParams), value: s.value })),
        };
      }
      return activity;
    }
    case 'finding':
      return { type: ActivityTypes.Message, text: t(locale, findingTextKey(reply.finding), findingTextParams(reply.finding)), textFormat: 'markdown', locale };
    case 'card': {
      const p = reply.params ?? {};
      const card =
        reply.card === 'onboarding'
          ? onboardingCard(locale, String(p.timezone ?? 'Europe/Oslo'))
          : reply.card === 'log'
            ? logCard(locale, (p.feedingMode as FeedingMode | undefined) ?? 'both')
            : checkinCard(locale, (p.questions as CheckinQuestion[] | undefined) ?? ['feeds', 'wetDiapers', 'yellowStools']);
      return { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(card)], locale };
    }
    case 'export':
      return {
        type: ActivityTypes.Message,
        text: t(locale, 'common:export.ready'),
        locale,
        attachments: [{ contentType: 'application/json', name: 'mine-data.json', content: reply.data }],
      };
  }
}
