import type { Finding } from '../src/mother/findings';
import type { MidwifeSummary } from '../src/mother/midwife-summary';
import type { WeekTable } from '../src/mother/week-table';
import type { ExportDocument } from './export-document';

/** A sentence as a key with its params; a param may itself be a phrase, or a list of phrases, which the edge puts in her language first. */
export interface Phrase {
  key: string;
  params?: Record<string, PhraseParam>;
}
export type PhraseParam = string | number | Phrase | Phrase[];

/** A button that sends `value` back as her message (Teams and Web Chat render these as suggested actions). */
export interface Suggestion {
  titleKey: string;
  titleParams?: Record<string, string | number>;
  value: string;
}

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
