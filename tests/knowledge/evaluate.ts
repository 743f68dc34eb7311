import { answerQuestion, type QuestionAnswer } from '../../src/knowledge/answer-question';
import { detectRedFlag } from '../../src/language/red-flags';
import type { Locale } from '../../src/mother/profile';
import { LOCALES } from '../../src/mother/profile';
import {
  ENGORGEMENT_RED_FLAGS,
  NEAR_SCOPE,
  NO_KEYWORD,
  OUT_OF_SCOPE,
  RED_FLAGS,
  SHORT_REWRITES,
  TOPIC_QUESTIONS,
  TWO_CONCERNS,
  type ExpectedTopic,
  type RedFlagPhrase,
} from './evaluation-set';
import type { FreshQuestion } from './fresh-check-set';

export interface Miss {
  set: string;
  text: string;
  expected: string | null;
  got: string | null;
}

/** The topics issue 24 added; their questions are reported apart from the older topics'. */
export const NEW_TOPICS: readonly ExpectedTopic[] = ['sore-nipples', 'engorgement', 'latch', 'baby-weight'];

/** The kinds of in-scope questions, each reported on its own. */
export const IN_SCOPE_SETS = ['topics', 'new-topics', 'no-keyword', 'short-rewrites', 'two-concerns'] as const;
export type InScopeSet = (typeof IN_SCOPE_SETS)[number];

/** A share per language, and over all three. */
export type Shares = Record<Locale | 'all', number>;

export interface Evaluation {
  /** Right topic first, per language, over every in-scope question (every set in IN_SCOPE_SETS). */
  top1: Record<Locale, number>;
  /** The same without the questions that name no word of their topic (the target is held on these). */
  top1Named: Record<Locale, number>;
  /** Right topic first, per set. */
  bySet: Record<InScopeSet, Shares>;
  /** Two concerns: the second one offered beside the answer to the first. */
  secondOffered: number;
  /** Outside every topic (TOPICS.md): declined. */
  declined: number;
  /** Close to a topic but about something else: declined. */
  nearScopeDeclined: number;
  /** Close to a topic: declined, naming what it cannot answer about. */
  nearScopeNamed: number;
  redFlagRecall: number;
  /** Engorgement with fever, or with a red painful area and fever: the red-flag advice. */
  engorgementRedFlagRecall: number;
  /** Share of ordinary questions (every in-scope and out-of-scope one) that raised a red flag. */
  falseAlarms: number;
  misses: Miss[];
}

/**
 * Issue 24's targets: right topic first per language >= 97 % (held on the questions that name their
 * topic: the topic questions, short rewrites and two concerns), out of scope and near scope each
 * declined >= 95 %. Questions that name no word of their topic are far from it: they have a floor
 * against going back (before issue 24: 12.5 %), and are reported apart.
 */
export const TARGETS = {
  top1: 0.97,
  noKeyword: 0.5,
  declined: 0.95,
  nearScopeDeclined: 0.95,
  nearScopeNamed: 0.95,
  secondOffered: 0.9,
  redFlagRecall: 1,
  falseAlarms: 0.02,
} as const;

interface Case {
  set: InScopeSet;
  locale: Locale;
  text: string;
  topic: ExpectedTopic;
}

function inScopeCases(): Case[] {
  const fromTopics = TOPIC_QUESTIONS.flatMap(({ topic, ...byLocale }) =>
    LOCALES.flatMap((locale) => byLocale[locale].map((text) => ({ set: NEW_TOPICS.includes(topic) ? ('new-topics' as const) : ('topics' as const), locale, text, topic }))),
  );
  return [
    ...fromTopics,
    ...NO_KEYWORD.map((q) => ({ set: 'no-keyword' as const, ...q })),
    ...SHORT_REWRITES.map((q) => ({ set: 'short-rewrites' as const, ...q })),
    ...TWO_CONCERNS.map(({ locale, text, first }) => ({ set: 'two-concerns' as const, locale, text, topic: first })),
  ];
}

/** The concern offered after the answer, if the answer says which (read loosely: older answers had none). */
const offeredOf = (answer: QuestionAnswer): string | null => (answer as { offer?: string | null }).offer ?? null;
/** What a decline says it cannot answer about, if it says. */
const outsideOf = (answer: QuestionAnswer): string | null => (answer as { outside?: string | null }).outside ?? null;

function share(hits: number, total: number): number {
  return total === 0 ? 1 : hits / total;
}

function redFlagRecall(phrases: readonly RedFlagPhrase[], set: string, misses: Miss[]): number {
  let flagged = 0;
  for (const { text, expected } of phrases) {
    const got = detectRedFlag(text);
    if (got === expected) flagged += 1;
    else misses.push({ set, text, expected, got });
  }
  return share(flagged, phrases.length);
}

/** Runs the held-out sets through the same entry point the `ask` command and the bot use. */
export function evaluate(): Evaluation {
  const misses: Miss[] = [];
  const cases = inScopeCases();
  const right = cases.map((c) => {
    const got = answerQuestion(c.text, c.locale).topic;
    if (got !== c.topic) misses.push({ set: c.set, text: c.text, expected: c.topic, got });
    return got === c.topic;
  });
  const shareOf = (pick: (c: Case) => boolean): number => {
    const picked = cases.map((c, i) => [c, right[i]] as const).filter(([c]) => pick(c));
    return share(picked.filter(([, ok]) => ok).length, picked.length);
  };
  const top1 = Object.fromEntries(LOCALES.map((locale) => [locale, shareOf((c) => c.locale === locale)])) as Record<Locale, number>;
  const top1Named = Object.fromEntries(LOCALES.map((locale) => [locale, shareOf((c) => c.locale === locale && c.set !== 'no-keyword')])) as Record<Locale, number>;
  const bySet = Object.fromEntries(
    IN_SCOPE_SETS.map((set) => [set, { all: shareOf((c) => c.set === set), ...Object.fromEntries(LOCALES.map((locale) => [locale, shareOf((c) => c.set === set && c.locale === locale)])) }]),
  ) as Record<InScopeSet, Shares>;

  let offered = 0;
  for (const { text, locale, offered: expected } of TWO_CONCERNS) {
    const got = offeredOf(answerQuestion(text, locale));
    if (got === expected) offered += 1;
    else misses.push({ set: 'two-concerns (offered)', text, expected, got });
  }

  let declined = 0;
  for (const { text, locale } of OUT_OF_SCOPE) {
    const got = answerQuestion(text, locale).topic;
    if (got === null) declined += 1;
    else misses.push({ set: 'out-of-scope', text, expected: null, got });
  }

  let nearDeclined = 0;
  let nearNamed = 0;
  for (const { text, locale, subject } of NEAR_SCOPE) {
    const answer = answerQuestion(text, locale);
    if (answer.topic === null) nearDeclined += 1;
    if (answer.topic === null && outsideOf(answer) === subject) nearNamed += 1;
    else misses.push({ set: 'near-scope', text, expected: `declined: ${subject}`, got: answer.topic ?? `declined: ${outsideOf(answer) ?? 'no subject'}` });
  }

  const ordinary = [...cases.map((c) => c.text), ...OUT_OF_SCOPE.map((q) => q.text), ...NEAR_SCOPE.map((q) => q.text)];
  const alarms = ordinary.filter((text) => detectRedFlag(text) !== null);
  for (const text of alarms) misses.push({ set: 'false alarm', text, expected: null, got: detectRedFlag(text) });

  return {
    top1,
    top1Named,
    bySet,
    secondOffered: share(offered, TWO_CONCERNS.length),
    declined: share(declined, OUT_OF_SCOPE.length),
    nearScopeDeclined: share(nearDeclined, NEAR_SCOPE.length),
    nearScopeNamed: share(nearNamed, NEAR_SCOPE.length),
    redFlagRecall: redFlagRecall(RED_FLAGS, 'red flags', misses),
    engorgementRedFlagRecall: redFlagRecall(ENGORGEMENT_RED_FLAGS, 'engorgement red flags', misses),
    falseAlarms: share(alarms.length, ordinary.length),
    misses,
  };
}

/** A small set of questions scored alone (situation-set.ts): right topic first per language, declines apart. */
export interface SmallSetScore {
  inScope: Shares;
  inScopeRight: number;
  inScopeTotal: number;
  /** To be declined: declined at all. */
  declined: number;
  /** To be declined: declined, naming the subject expected (or none). */
  declinedNamed: number;
  /** In scope, not answered first, but her topic was among the buttons (did you mean, or the guesses after a decline). */
  inScopeOffered: number;
  /** To be declined, and declined with topics offered as buttons. */
  declinedWithOffers: number;
  misses: Miss[];
}

export function scoreSmallSet(questions: readonly FreshQuestion[], set: string): SmallSetScore {
  const misses: Miss[] = [];
  const inScope = questions.filter((q) => 'topic' in q.expected);
  const outside = questions.filter((q) => 'outside' in q.expected);
  const right = new Set<FreshQuestion>();
  let offered = 0;
  for (const q of inScope) {
    const answer = answerQuestion(q.text, q.locale);
    const got = answer.topic;
    const expected = (q.expected as { topic: ExpectedTopic }).topic;
    if (got === expected) right.add(q);
    else {
      if ([...answer.alternatives, ...answer.guesses].some((id) => id === expected)) offered += 1;
      misses.push({ set, text: q.text, expected, got });
    }
  }
  let declined = 0;
  let named = 0;
  let withOffers = 0;
  for (const q of outside) {
    const answer = answerQuestion(q.text, q.locale);
    const subject = (q.expected as { outside: string | null }).outside;
    if (answer.topic === null) declined += 1;
    if (answer.topic === null && answer.guesses.length) withOffers += 1;
    if (answer.topic === null && (answer.outside ?? null) === subject) named += 1;
    else misses.push({ set: `${set} (declined)`, text: q.text, expected: `declined: ${subject}`, got: answer.topic ?? `declined: ${answer.outside ?? 'no subject'}` });
  }
  const shareIn = (pick: (q: FreshQuestion) => boolean): number => share(inScope.filter((q) => pick(q) && right.has(q)).length, inScope.filter(pick).length);
  return {
    inScope: { all: shareIn(() => true), ...(Object.fromEntries(LOCALES.map((lng) => [lng, shareIn((q) => q.locale === lng)])) as Record<Locale, number>) },
    inScopeRight: right.size,
    inScopeTotal: inScope.length,
    declined: share(declined, outside.length),
    declinedNamed: share(named, outside.length),
    inScopeOffered: offered,
    declinedWithOffers: withOffers,
    misses,
  };
}
