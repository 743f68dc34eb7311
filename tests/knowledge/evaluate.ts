import { answerQuestion } from '../../src/knowledge/answer-question';
import { detectRedFlag } from '../../src/language/red-flags';
import type { Locale } from '../../src/mother/profile';
import { LOCALES } from '../../src/mother/profile';
import { OUT_OF_SCOPE, RED_FLAGS, TOPIC_QUESTIONS } from './evaluation-set';

export interface Miss {
  text: string;
  expected: string | null;
  got: string | null;
}

export interface Evaluation {
  top1: Record<Locale, number>;
  declined: number;
  redFlagRecall: number;
  /** Share of ordinary questions (topic and out of scope) that raised a red flag. */
  falseAlarms: number;
  misses: Miss[];
}

export const TARGETS = { top1: 0.95, declined: 0.9, redFlagRecall: 1, falseAlarms: 0.02 } as const;

/** Runs the held-out set through the same entry points the bot uses. */
export function evaluate(): Evaluation {
  const misses: Miss[] = [];
  const top1 = {} as Record<Locale, number>;
  for (const locale of LOCALES) {
    let hits = 0;
    let total = 0;
    for (const { topic, [locale]: questions } of TOPIC_QUESTIONS) {
      for (const text of questions) {
        total += 1;
        const got = answerQuestion(text, locale).topic;
        if (got === topic) hits += 1;
        else misses.push({ text, expected: topic, got });
      }
    }
    top1[locale] = hits / total;
  }

  let declined = 0;
  for (const { text, locale } of OUT_OF_SCOPE) {
    const got = answerQuestion(text, locale).topic;
    if (got === null) declined += 1;
    else misses.push({ text, expected: null, got });
  }

  let flagged = 0;
  for (const { text, expected } of RED_FLAGS) {
    const got = detectRedFlag(text);
    if (got === expected) flagged += 1;
    else misses.push({ text, expected, got });
  }

  const ordinary = [...TOPIC_QUESTIONS.flatMap((q) => [...q.nb, ...q.nn, ...q.en]), ...OUT_OF_SCOPE.map((q) => q.text)];
  const alarms = ordinary.filter((text) => detectRedFlag(text) !== null).length;

  return { top1, declined: declined / OUT_OF_SCOPE.length, redFlagRecall: flagged / RED_FLAGS.length, falseAlarms: alarms / ordinary.length, misses };
}
