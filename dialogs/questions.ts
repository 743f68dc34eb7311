import { findTopic, ALSO_KEY, DECLINE_KEY, DID_YOU_MEAN_KEY, UNSURE_KEY, TOPIC_IDS, outsideKey, topicAnswerKey, topicTitleKey, type TopicId } from '../src/knowledge';
import { besideRedFlags } from '../src/language/red-flags';
import { struggleIn } from '../src/language/struggling';
import type { Locale } from '../src/mother/profile';
import { t } from '../src/support/i18n';
import { text, type Reply, type Suggestion } from './reply';

/**
 * A free question: the topic's answer, both close candidates to choose from, or an honest "I can't
 * answer that" (by the subject's name when it is close to a topic but outside them; with the topics
 * that hold part of her words as buttons when there are such). Her second
 * concern in the same message is offered as a button after the answer or the decline.
 */
const BREAST_REFUSAL_KEY = 'topics:ui.breastRefusal';
const YELLOW_SKIN_KEY = 'topics:ui.yellowSkin';
export const STRUGGLING_KEY = 'topics:ui.struggling';
const HARM_KEY = 'topics:ui.harm';

export function answerFreeQuestion(question: string, locale: Locale): Reply[] {
  const chosen = topicByTitle(question, locale);
  if (chosen) return [text(topicAnswerKey(chosen))];
  // Thoughts of not living or of harming: help now (legevakt, 113), before any topic.
  if (struggleIn(question) === 'harm') return [text(HARM_KEY)];
  // A baby who will not take the breast at this feed: the latch's first steps, and when it is more than that.
  const beside = besideRedFlags(question);
  if (beside.refusesTheBreast) return [text(BREAST_REFUSAL_KEY, undefined, [topicButton('latch', locale)])];
  // Yellow skin past the first 36 hours and without sleepiness (those were red flags before this): outside
  // the topics, and never the diapers' yellow stools.
  if (beside.yellowSkin) return [text(YELLOW_SKIN_KEY)];
  // No word at all («3», «20?», «😭😭»): no topic answers it (a bare «3» once drew the three pumpings of 20 ml).
  if (!/\p{L}/u.test(question)) return [text(struggleIn(question) ? STRUGGLING_KEY : DECLINE_KEY)];
  // Her message has already been checked for red flags, with her baby's age, before it got here.
  const answer = findTopic(question);
  const offer = answer.offer ? [text(ALSO_KEY, undefined, [topicButton(answer.offer, locale)])] : [];
  if (answer.outside) return [text(outsideKey(answer.outside)), ...offer];
  // Unsure: declined, and the topics that hold part of her words are offered, never answered unasked.
  if (!answer.topic) {
    if (answer.guesses.length) return [text(UNSURE_KEY, undefined, answer.guesses.map((id) => topicButton(id, locale)))];
    // «jeg orker ikke mer», «😭😭»: a kind line and whom to talk to, not «I can't answer that».
    return [text(struggleIn(question) ? STRUGGLING_KEY : DECLINE_KEY)];
  }
  if (answer.alternatives.length) {
    const candidates = [answer.topic, ...answer.alternatives];
    return [text(DID_YOU_MEAN_KEY, undefined, candidates.map((id) => topicButton(id, locale)))];
  }
  return [text(topicAnswerKey(answer.topic)), ...offer];
}

/** A button that sends the topic's title back as her message; topicByTitle then knows which one she chose. */
function topicButton(topic: TopicId, locale: Locale): Suggestion {
  return { titleKey: topicTitleKey(topic), value: t(locale, topicTitleKey(topic)) };
}

/** The topic whose button title she sent back, if that is what she did. */
export function topicByTitle(message: string, locale: Locale): TopicId | undefined {
  return topicsByTitle(locale).get(message.trim().toLowerCase());
}

const titleMaps = new Map<Locale, Map<string, TopicId>>();

function topicsByTitle(locale: Locale): Map<string, TopicId> {
  let byTitle = titleMaps.get(locale);
  if (!byTitle) {
    byTitle = new Map();
    // The first topic with a title wins, as a search in topic order would.
    for (const id of [...TOPIC_IDS].reverse()) byTitle.set(t(locale, topicTitleKey(id)).trim().toLowerCase(), id);
    titleMaps.set(locale, byTitle);
  }
  return byTitle;
}
