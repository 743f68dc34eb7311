import { understand, type Intent } from '../src/language';
import { detectLocale, norwegianVariant } from '../src/language/detect-locale';
import { plainCharacters } from '../src/language/plain-characters';
import { redFlagIn } from '../src/language/red-flags';
import type { Locale } from '../src/mother/profile';
import { hoursSinceBirth } from '../src/mother/time';
import type { MotherDocument } from '../src/store/mother-document';
import type { MotherMachineEvent } from './machine-context';
import { languageOpen, variantOpen } from './onboarding';
import type { TurnContextInfo, TurnInput } from './turn';

/**
 * No mother types more than this in one message; the red-flag and question matchers grow faster than
 * linearly with length (a pasted 100 KB took them close to a minute), so the rest of a paste is not read.
 */
export const MAX_MESSAGE_CHARS = 4000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The language she asks for ("norsk", "can you speak english?"), else the one her words are clearly in, else undefined. */
function languageOfFirstWords(message: string, guessed: Locale, meaning: () => Intent): Locale | undefined {
  if (!message.trim()) return undefined;
  const intent = meaning();
  if (intent.kind === 'set-language') return intent.locale;
  return detectLocale(message, guessed === 'nn' ? 'nn' : 'nb');
}

/**
 * What reached the bot, as the one event her machine takes: a red flag before anything else, a
 * card, or her words with what the language layer read in them. `askedForBirth`: the open question
 * is her birth time, so "01.11" is a date there, not 01:11.
 */
export function turnEvent(doc: MotherDocument | undefined, received: TurnInput, ctx: TurnContextInfo, askedForBirth: boolean): MotherMachineEvent {
  const now = ctx.now;
  if (received.kind === 'installed') return { type: 'INSTALLED', now };
  // Her words as every reader takes them (red flags, commands, logs, answers, questions): no invisible
  // format characters, every decimal digit 0-9, so "1\u200d7 ml" is 17 ml wherever it is read.
  const message = typeof received.text === 'string' ? plainCharacters(received.text.slice(0, MAX_MESSAGE_CHARS)) : '';
  const guessed: Locale = doc?.locale ?? ctx.channelLocale ?? ctx.defaultLocale;
  // A new mother's first clear words choose her language over the channel's guess (the Teams
  // Playground says en-US whatever she writes); once chosen, only asking for another changes it.
  const timezone = doc?.profile?.timezone ?? ctx.defaultTimezone;
  let intent: Intent | undefined;
  const meaning = (): Intent => (intent ??= understand(message, { now, timezone, locale: guessed, ...(askedForBirth ? { expecting: 'birth' as const } : {}) }));
  const heardLocale = !doc || languageOpen(doc) ? languageOfFirstWords(message, guessed, meaning) : variantOpen(doc) ? norwegianVariant(message) : undefined;
  const heard = heardLocale ? { heard: heardLocale } : {};
  const hours = doc?.profile ? hoursSinceBirth(doc.profile, now) : undefined;
  const flag = message ? redFlagIn(message, hours !== undefined ? { hoursSinceBirth: hours } : {}) : null;
  if (flag) return { type: 'RED_FLAG', now, code: flag.code, signs: flag.signs, ...heard };
  if (isRecord(received.value) && typeof received.value.action === 'string') return { type: 'CARD', now, value: received.value, ...heard };
  return { type: 'MESSAGE', now, text: message, intent: meaning(), ...heard };
}
