import { ActivityTypes, CardFactory, type Activity, type CardAction } from 'botbuilder';
import { sentBy, type PhraseParam, type Reply } from '../../dialogs/reply';
import type { Locale } from '../mother/profile';
import { t } from '../support/i18n';
import { onboardingCard } from './cards/onboarding-card';
import { logCard } from './cards/log-card';
import { checkinCard } from './cards/checkin-card';
import type { CheckinQuestion } from '../mother/checkin-questions';
import type { FeedingMode } from '../mother/events';
import { findingLineKey, findingTextKey, findingTextParams } from '../mother/finding-text';
import { isMoreSevere } from '../mother/severity';
import { fileSlot } from './files/file-slot';
import { weekChartPng } from './picture/week-chart';
import { weekChartText } from './picture/week-chart-text';
import { weekCard } from './picture/week-card';
import { summaryCard } from './summary/summary-card';
import { summaryView } from './summary/summary-view';

/**
 * Turns the domain's replies into Bot Framework activities in her language. Texts that follow each
 * other go out as one message, a paragraph each: one notification on her phone instead of three,
 * and fewer sends against Teams' limit of 7 messages a second per conversation. A finding that asks
 * her to contact someone is a message of its own (its preview is what she sees first, and no
 * greeting or thanks after it dilutes it); a card or a
 * file stays a message of its own; the turn's quick-reply buttons ride on its last message.
 */
export function render(replies: Reply[], locale: Locale): Partial<Activity>[] {
  const activities: Partial<Activity>[] = [];
  const buttons: CardAction[] = [];
  let previousAsksContact = false;
  for (const reply of replies) {
    const { suggestedActions, ...activity } = renderOne(reply, locale);
    if (suggestedActions) buttons.push(...suggestedActions.actions);
    const previous = activities[activities.length - 1];
    const asksContact = reply.kind === 'findings' && !isMoreSevere('contact', reply.lead.severity);
    const ownMessage = asksContact || previousAsksContact;
    previousAsksContact = asksContact;
    if (previous && !ownMessage && isPlainText(previous) && isPlainText(activity)) previous.text = `${previous.text}\n\n${activity.text}`;
    else activities.push(activity);
  }
  // Teams and Web Chat show quick replies only under the newest message: the turn's buttons ride on its last one.
  const last = activities[activities.length - 1];
  if (last && buttons.length) last.suggestedActions = { to: [], actions: buttons.filter((button, at) => buttons.findIndex((other) => other.value === button.value) === at) };
  return activities;
}

/** A phrase in her language: its phrase params first (a list of them joined by commas), then the sentence. */
export function phraseText(locale: Locale, key: string, params?: Record<string, PhraseParam>): string {
  if (!params) return t(locale, key);
  const resolved: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) resolved[name] = value.map((phrase) => phraseText(locale, phrase.key, phrase.params)).join(', ');
    else resolved[name] = typeof value === 'object' ? phraseText(locale, value.key, value.params) : value;
  }
  return t(locale, key, resolved);
}

const isPlainText = (activity: Partial<Activity>): boolean => typeof activity.text === 'string' && activity.text !== '' && !activity.attachments;

function renderOne(reply: Reply, locale: Locale): Partial<Activity> {
  switch (reply.kind) {
    case 'text': {
      const activity: Partial<Activity> = { type: ActivityTypes.Message, text: phraseText(locale, reply.key, reply.params), textFormat: 'markdown', locale };
      if (reply.suggestions?.length) {
        activity.suggestedActions = {
          to: [],
          actions: reply.suggestions.map((s) => ({ type: 'imBack', title: t(locale, s.titleKey, s.titleParams), value: sentBy(s, locale) })),
        };
      }
      return activity;
    }
    case 'findings': {
      const lines = reply.others.map((f) => `- ${t(locale, findingLineKey(f), findingTextParams(f))}`);
      const lead = t(locale, findingTextKey(reply.lead), findingTextParams(reply.lead));
      return { type: ActivityTypes.Message, text: lines.length ? `${lead}\n\n${lines.join('\n')}` : lead, textFormat: 'markdown', locale };
    }
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
    case 'week':
      return { type: ActivityTypes.Message, locale, attachments: [CardFactory.adaptiveCard(weekCard(weekChartPng(reply.table, locale), weekChartText(reply.table, locale)))] };
    case 'summary':
      // The PDF is made by the edge when the turn's messages go out (files/with-files.ts): in Teams only on her consent.
      return { type: ActivityTypes.Message, locale, attachments: [CardFactory.adaptiveCard(summaryCard(summaryView(reply.summary, locale, reply.now))), fileSlot('summary')] };
  }
}
