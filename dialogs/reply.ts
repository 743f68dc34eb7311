import type { Finding } from '../src/mother/findings';
import type { MidwifeSummary } from '../src/mother/midwife-summary';
import type { WeekTable } from '../src/mother/week-table';
import type { ExportDocument } from './export-document';
import { buttonWords, type ButtonArg, type ButtonWord } from './button-words';
import type { Locale } from '../src/mother/profile';

/** A sentence as a key with its params; a param may itself be a phrase, or a list of phrases, which the edge puts in her language first. */
export interface Phrase {
  key: string;
  params?: Record<string, PhraseParam>;
}
export type PhraseParam = string | number | Phrase | Phrase[];

/**
 * A button that sends back as her message either `value` as it is (a time, a topic's title) or `word`:
 * words she could have typed, which the edge puts in her language (dialogs/button-words.ts).
 * Teams and Web Chat render these as suggested actions.
 */
export type Suggestion = {
  titleKey: string;
  titleParams?: Record<string, string | number>;
} & ({ value: string } | ({ word: ButtonWord } & ButtonArg));

/** What a button sends back as her message, in her language. */
export const sentBy = (suggestion: Suggestion, locale: Locale): string => ('word' in suggestion ? buttonWords(suggestion.word, locale, suggestion) : suggestion.value);

export type CardName = 'onboarding' | 'log' | 'checkin';

/** What the bot says, as keys and values; the edge renders it in her language. */
export type Reply =
  | { kind: 'text'; key: string; params?: Record<string, PhraseParam>; suggestions?: Suggestion[] }
  /** The findings of one turn as one message: the lead whole, the others as a short line each. */
  | { kind: 'findings'; lead: Finding; others: Finding[] }
  | { kind: 'card'; card: CardName; params?: Record<string, string | number | boolean | string[]> }
  | { kind: 'export'; data: ExportDocument }
  /** Her week as a picture against the milestone lines, with its words (the edge draws it). */
  | { kind: 'week'; table: WeekTable }
  /** The one page for the jordmor or helsesykepleier, in chat; the PDF of it follows as a file. */
  | { kind: 'summary'; summary: MidwifeSummary; now: string };

export const text = (key: string, params?: Record<string, PhraseParam>, suggestions?: Suggestion[]): Reply => ({
  kind: 'text',
  key,
  ...(params ? { params } : {}),
  ...(suggestions ? { suggestions } : {}),
});
