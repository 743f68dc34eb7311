import { render } from '../../src/edge/render';
import { CARD_VERSION } from '../../src/edge/cards/adaptive-card';
import { checkinQuestions } from '../../src/mother/checkin-questions';
import type { Reply } from '../../dialogs/reply';
import { parseCheckinValue, parseLogValue, parseOnboard } from '../../dialogs/card-input';
import type { Locale } from '../../src/mother/profile';

// The browser bundle parses without a DOM; the package's main entry is ESM-only in this version.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof import('adaptivecards');

type Json = Record<string, unknown>;
const LOCALES: Locale[] = ['nb', 'nn', 'en'];
const MODES = ['breast', 'pump', 'both'] as const;

/** Every card the bot sends, rendered as the channel receives it. */
function sentCards(): Array<{ name: string; card: Json }> {
  const cards: Array<{ name: string; reply: Reply; locale: Locale }> = [];
  for (const locale of LOCALES) {
    cards.push({ name: `onboarding ${locale}`, reply: { kind: 'card', card: 'onboarding', params: { timezone: 'Europe/Oslo' } }, locale });
    for (const mode of MODES) {
      cards.push({ name: `log ${mode} ${locale}`, reply: { kind: 'card', card: 'log', params: { feedingMode: mode } }, locale });
      for (let day = 1; day <= 7; day++) {
        cards.push({ name: `check-in ${mode} day ${day} ${locale}`, reply: { kind: 'card', card: 'checkin', params: { questions: checkinQuestions(mode, day) } }, locale });
      }
    }
  }
  return cards.map(({ name, reply, locale }) => {
    const [activity] = render([reply], locale);
    const attachment = activity?.attachments?.[0];
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    return { name, card: attachment!.content as Json };
  });
}

/** Parses with the Adaptive Cards SDK at 1.5: unknown elements, properties newer than 1.5 and validation failures all count. */
function sdkProblems(json: Json): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of card.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  // What the SDK does not know it drops silently: a round trip must keep every property we wrote.
  const back = card.toJSON(context) as Json;
  problems.push(...lostProperties(json, back, 'card'));
  return problems;
}

const DEFAULTS_THE_SDK_OMITS: Record<string, unknown> = { wrap: false, isRequired: false, spacing: 'Default', style: 'compact', valueOn: 'true', valueOff: 'false' };

function lostProperties(sent: unknown, parsed: unknown, path: string): string[] {
  if (Array.isArray(sent)) return sent.flatMap((item, i) => lostProperties(item, Array.isArray(parsed) ? parsed[i] : undefined, `${path}[${i}]`));
  if (typeof sent !== 'object' || sent === null) return [];
  const got = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as Json;
  return Object.entries(sent as Json).flatMap(([key, value]) => {
    if (key === '$schema' || key === 'data') return [];
    if (!(key in got)) return DEFAULTS_THE_SDK_OMITS[key] === value ? [] : [`${path}.${key} is not understood by the SDK`];
    return lostProperties(value, got[key], `${path}.${key}`);
  });
}

function walk(node: unknown, visit: (element: Json) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (typeof node === 'object' && node !== null) {
    visit(node as Json);
    Object.values(node).forEach((v) => walk(v, visit));
  }
}

const inputsOf = (card: Json): Json[] => {
  const inputs: Json[] = [];
  walk(card, (e) => typeof e.type === 'string' && e.type.startsWith('Input.') && inputs.push(e));
  return inputs;
};

/** A value as the channel would submit it for an input, so that the dialogs' parsers can be asked whether they know the id. */
function sampleFor(input: Json): unknown {
  switch (input.type) {
    case 'Input.Toggle':
      return input.id === 'consent' ? 'true' : 'false';
    case 'Input.Date':
      return '2026-11-24';
    case 'Input.Time':
      return input.id === 'checkInTime' ? '08:30' : '03:10';
    case 'Input.ChoiceSet':
      return ((input.choices as Json[] | undefined)?.[1] ?? (input.choices as Json[])[0])?.value;
    case 'Input.Number':
      return 7;
    default:
      return input.id === 'pumpMl' ? '22, 25' : 'x';
  }
}

describe('every Adaptive Card the bot sends', () => {
  const cards = sentCards();

  it('covers onboarding, the log card for each mode and the check-in for each mode and day, in nb, nn and en', () => {
    expect(cards).toHaveLength(3 * (1 + 3 * (1 + 7)));
  });

  it.each(cards.map(({ name, card }) => [name, card] as const))('%s parses as Adaptive Card 1.5 without a warning', (_name, card) => {
    expect(card.type).toBe('AdaptiveCard');
    expect(card.version).toBe(CARD_VERSION);
    expect(CARD_VERSION).toBe('1.5');
    expect(sdkProblems(card)).toEqual([]);
  });

  it.each(cards.map(({ name, card }) => [name, card] as const))('%s: unique input ids, contract actions, and ids the dialogs read', (_name, card) => {
    const ids = inputsOf(card).map((i) => i.id);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);

    const submits: Json[] = [];
    walk(card, (e) => e.type === 'Action.Submit' && submits.push(e));
    expect(submits.length).toBeGreaterThan(0);
    for (const submit of submits) {
      const data = submit.data as Json;
      expect(['onboard', 'log', 'checkin']).toContain(data.action);
      // The value a channel submits: the action's data and every input of the card (Teams sends all of them).
      const value: Json = { ...Object.fromEntries(inputsOf(card).map((i) => [i.id as string, sampleFor(i)])), ...data };
      const now = '2026-11-24T12:00:00.000Z';
      if (data.action === 'onboard') {
        const parsed = parseOnboard(value, now, 'Europe/Oslo');
        expect(parsed).toEqual({ ok: true, value: expect.objectContaining({ birthAt: '2026-11-24T02:10:00.000Z', checkInTime: '08:30' }) });
      } else if (data.action === 'log') {
        const parsed = parseLogValue(value, now, '2026-11-24T02:10:00.000Z');
        expect(parsed).toEqual({ ok: true, value: expect.objectContaining({ type: data.type }) });
        if (data.type === 'pump' || data.type === 'expression') expect(parsed).toEqual({ ok: true, value: expect.objectContaining({ ml: 7 }) });
      } else {
        const parsed = parseCheckinValue(value);
        expect(parsed.ok).toBe(true);
        // Every question of the card arrives in the answer under a contract field.
        const answered = parsed.ok ? Object.keys(parsed.value).sort() : [];
        expect(answered).toEqual(ids.map(String).sort());
      }
    }
  });
});

/**
 * A helper's day-7 check-in card with «5 ml, 8 ml» in the pumping field was refused whole («Jeg forsto ikke
 * mengden»): nothing of it was stored, and no advice given. The unit the field asks for, written beside each
 * amount, is read as the unit.
 */
describe('the check-in card\'s pumping field', () => {
  it.each([
    ['5 ml, 8 ml', [5, 8]],
    ['5ml 8ml', [5, 8]],
    ['15, 20, 22', [15, 20, 22]],
  ])('«%s» is the sessions %j', (field, sessions) => {
    expect(parseCheckinValue({ action: 'checkin', feeds: '3', pumpMl: field, wetDiapers: '2', yellowStools: '1' })).toEqual({ ok: true, value: { feeds: 3, wetDiapers: 2, yellowStools: 1, pumpMl: sessions } });
  });

  it('words that are no amount are still refused', () => {
    expect(parseCheckinValue({ action: 'checkin', pumpMl: 'litt ml' })).toEqual({ ok: false, reason: 'bad-ml' });
  });
});
