import { checkinDue, handleTurn } from '../../dialogs/handle-turn';
import { MAX_MESSAGE_CHARS } from '../../dialogs/turn-event';
import { atState, openDialog } from './support/open-dialog';
import type { TurnContextInfo, TurnInput } from '../../dialogs/turn';
import { render } from '../../src/edge/render';
import { understand } from '../../src/language';
import type { Locale } from '../../src/mother/profile';
import type { MotherDocument } from '../../src/store/mother-document';
import { prng } from '../support/prng';


const NOW = '2026-11-26T09:00:00.000Z';
const BIRTH = '2026-11-24T02:10:00.000Z';
let ids = 0;
const ctx = (locale: Locale, now = NOW): TurnContextInfo => ({ motherId: 'fuzz', now, channelLocale: locale, defaultLocale: 'nb', defaultTimezone: 'Europe/Oslo', newId: () => `id-${ids++}` });
const message = (text: string, value?: unknown): TurnInput => ({ kind: 'message', text, ...(value !== undefined ? { value } : {}) });

/** Runs typed messages from `doc`, as the pipeline would store the outcomes. */
function after(doc: MotherDocument | undefined, inputs: Array<string | Record<string, unknown>>, locale: Locale, now = NOW): MotherDocument | undefined {
  let current = doc;
  for (const input of inputs) {
    const out = handleTurn(current, typeof input === 'string' ? message(input) : message('', input), ctx(locale, now));
    if (out.doc === null) current = undefined;
    else if (out.doc) current = out.doc;
  }
  return current;
}

const onboardValue = (mode: string) => ({ action: 'onboard', birthAt: BIRTH, feedingMode: mode, checkInTime: '09:00', timezone: 'Europe/Oslo', consent: true });

/** Every dialog state a message can meet, in every language. */
function states(locale: Locale): Array<[string, MotherDocument | undefined]> {
  const yes = locale === 'en' ? 'yes' : 'ja';
  const onboardingSteps: Array<[string, string[]]> = [
    ['onboarding: consent', ['hei']],
    ['onboarding: birth', ['hei', yes]],
    ['onboarding: mode', ['hei', yes, '25.11 kl 03.10']],
    ['onboarding: first hour', ['hei', yes, '25.11 kl 03.10', 'begge']],
    ['onboarding: check-in time', ['hei', yes, '25.11 kl 03.10', 'begge', yes]],
  ];
  const onboarded = (mode: string) => after(undefined, [onboardValue(mode)], locale, '2026-11-24T06:00:00.000Z')!;
  const inCheckin = (mode: string, step: string): MotherDocument => {
    const { doc } = checkinDue(onboarded(mode), NOW);
    return atState(doc, { onboarded: { checkin: step } });
  };
  const both = onboarded('both');
  const withLogs = after(both, [{ action: 'log', type: 'feed' }, { action: 'log', type: 'pump', ml: 20 }], locale)!;
  return [
    ['no document', undefined],
    ...onboardingSteps.map(([name, inputs]) => [name, after(undefined, inputs, locale)] as [string, MotherDocument | undefined]),
    ['consent refused', after(undefined, ['hei', locale === 'en' ? 'no' : 'nei'], locale)],
    ['onboarded, breast', onboarded('breast')],
    ['onboarded, pump, with logs', after(onboarded('pump'), [{ action: 'log', type: 'pump', ml: 20 }], locale)],
    ['onboarded, both, with logs', withLogs],
    ...['feeds', 'pumpMl', 'wetDiapers', 'yellowStools'].map((step) => [`check-in: ${step}`, inCheckin('both', step)] as [string, MotherDocument]),
    ['confirm-delete', atState(withLogs, 'confirmDelete')],
    ['confirm-log', atState(withLogs, { onboarded: 'confirmLog' }, { yesterday: [{ type: 'feed', at: '2026-11-25T20:00:00.000Z' }] })],
    ['pending-log: ml', after(withLogs, ['pumpet'], locale)],
    ['pending-log: stool', after(withLogs, ['tre bæsjebleier i dag'], locale)],
  ];
}

const PIECES = [
  'ammet', 'pumpet', 'pumpa', 'amma', 'fed', 'pumped', 'ml', 'dl', 'kl', 'at', 'i dag', 'i går', 'nå', 'no', 'ja', 'nei', 'yes',
  'hopp over', 'skip', 'angre', 'status', 'stopp', 'start', 'slett', 'eksporter', 'bleie', 'gul', 'bæsj', 'våt', 'melken', 'født',
  'tre', 'ganger', '9', '0', '-5', '600', '14.30', '25:99', '1e9', '3,5', '½', '?', '!', ',', '+', 'common:help.intro', '{{count}}',
  '$t(dialog:thanks)', '<script>alert(1)</script>', '<b>', '**', '`rm -rf /`', "'; DROP TABLE mothers;--", '${process.exit()}',
  '🍼', '👶🏽', '💛', '🤱', '\u200b', '\u202e', '\u0000', '\ud800', 'ﬃ', 'ÆØÅ', 'æøå', '\n', '\t', '   ',
];
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzæøåABCÆØÅ0123456789 .,:;-+!?"\'()[]{}<>/\\@#%&*=_~|^€ä';

function randomText(rand: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const kind = rand();
  if (kind < 0.05) return '';
  if (kind < 0.08) return pick(['   ', '\n\n', '\u200b', '\t']);
  if (kind < 0.5) return Array.from({ length: 1 + Math.floor(rand() * 6) }, () => pick(PIECES)).join(pick([' ', '', ' ', ', ']));
  return Array.from({ length: 1 + Math.floor(rand() * 60) }, () => pick([...ALPHABET])).join('');
}

const HUGE = [
  'a'.repeat(100 * 1024),
  'ammet kl 14.30 pumpet 25 ml '.repeat(4000),
  '9 '.repeat(50 * 1024),
  'ammet, pumpet 20 ml, våt bleie, '.repeat(2000),
];

function randomValue(rand: () => number): unknown {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const junk = (): unknown =>
    pick<unknown>([
      undefined, null, '', 'x', 'NaN', Number.NaN, Infinity, -Infinity, 1e308, -1e308, 2 ** 53 + 1, -5, 0, 22, 600, 3.7, '22', '0,5', 'true', true, false,
      [], [1, 2], ['a', null], [Number.NaN], Array.from({ length: 40 }, (_, i) => i), {}, { nested: { deeper: [1] } }, { action: 'log' },
      '2026-11-26T08:00:00Z', '2099-01-01T00:00:00Z', '2020-01-01T00:00:00Z', 'not a date', '25:99', 'breast', 'pump', 'both', 'yellow', 'left', 'Mars/Olympus',
    ]);
  const action = pick<unknown>(['onboard', 'log', 'checkin', 'log', 'checkin', 'unknown', '', 7, null, ['log'], { a: 1 }]);
  const type = pick<unknown>(['feed', 'diaper', 'pump', 'expression', 'milk-in', 'symptom', 'poison', '', 3, null, undefined]);
  const fields = ['at', 'side', 'wet', 'stool', 'ml', 'double', 'feeds', 'wetDiapers', 'yellowStools', 'pumpMl', 'birthAt', 'birthDate', 'birthTime', 'feedingMode', 'checkInTime', 'timezone', 'consent', 'firstHour', 'minutes', '__proto__', 'constructor'];
  const value: Record<string, unknown> = { action, type };
  for (const field of fields) if (rand() < 0.4) value[field] = junk();
  if (rand() < 0.05) return pick<unknown>([[value], 'log', 42, null, true]);
  return value;
}

/** i18next answers a missing key with the key itself: no text may show a raw "ns:key". */
const RAW_KEY = /\b(?:common|dialog|checkin|cards|findings|topics|ui|errors?):[A-Za-z0-9_.-]+/;

function renderedTexts(replies: ReturnType<typeof handleTurn>['replies'], locale: Locale): string[] {
  return render(replies, locale).flatMap((activity) => [
    ...(activity.attachments?.length ? [] : [activity.text ?? '']),
    ...(activity.suggestedActions?.actions ?? []).map((a) => String(a.title)),
    ...(activity.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => JSON.stringify(a.content)),
  ]);
}

const loggedEvents = (doc: MotherDocument | undefined) => (doc?.events ?? []).filter((e) => e.type !== 'symptom');

function hasNonFiniteNumber(value: unknown, depth = 0): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (depth > 20 || typeof value !== 'object' || value === null) return false;
  return Object.values(value).some((v) => hasNonFiniteNumber(v, depth + 1));
}

/** Whatever she sent, every stored event is one the contract allows. */
function invalidStoredEvent(doc: MotherDocument, now: string): string | undefined {
  const birth = doc.profile ? Date.parse(doc.profile.birthAt) : undefined;
  for (const e of doc.events) {
    if (Number.isNaN(Date.parse(e.at))) return `bad time ${e.at}`;
    if (Date.parse(e.at) > Date.parse(now) + 60_000) return `future ${e.at}`;
    if (birth !== undefined && Date.parse(e.at) < birth) return `before birth ${e.at}`;
    if ((e.type === 'pump' || e.type === 'expression') && !(e.ml >= 0 && e.ml <= 500)) return `ml ${e.ml}`;
  }
  // CONTRACT.md: never more than 30 of one kind within 24 hours (written out here, not taken from the code under test)
  for (const e of doc.events) {
    const sameDay = doc.events.filter((o) => o.type === e.type && o.type !== 'symptom' && Date.parse(o.at) <= Date.parse(e.at) && Date.parse(e.at) - Date.parse(o.at) < 24 * 3_600_000);
    if (sameDay.length > 30) return `${sameDay.length} of ${e.type} within 24 hours`;
  }
  for (const c of doc.checkins) {
    for (const n of [c.feeds, c.wetDiapers, c.yellowStools]) if (n !== undefined && !(Number.isInteger(n) && n >= 0 && n <= 30)) return `count ${n}`;
  }
  return undefined;
}

/** States in which a bare number, yes or a colour answers an open question and may store events. */
const ASKS_FOR_VALUE = new Set(['checkin', 'pending-log', 'confirm-log']);

describe.each<Locale>(['nb', 'nn', 'en'])('handleTurn never breaks on garbage (%s)', (locale) => {
  const all = states(locale);

  it('has built every state it claims to test', () => {
    const dialogs = all.map(([name, doc]) => `${name} -> ${doc ? (openDialog(doc) ? `${openDialog(doc)!.name}:${openDialog(doc)!.step}` : doc.consent) : 'none'}`);
    expect(dialogs).toEqual([
      'no document -> none',
      'onboarding: consent -> onboarding:consent',
      'onboarding: birth -> onboarding:birth',
      'onboarding: mode -> onboarding:mode',
      'onboarding: first hour -> onboarding:firstHour',
      'onboarding: check-in time -> onboarding:checkinTime',
      'consent refused -> refused',
      'onboarded, breast -> given',
      'onboarded, pump, with logs -> given',
      'onboarded, both, with logs -> given',
      'check-in: feeds -> checkin:feeds',
      'check-in: pumpMl -> checkin:pumpMl',
      'check-in: wetDiapers -> checkin:wetDiapers',
      'check-in: yellowStools -> checkin:yellowStools',
      'confirm-delete -> confirm-delete:confirm',
      'confirm-log -> confirm-log:yesterday',
      'pending-log: ml -> pending-log:ml',
      'pending-log: stool -> pending-log:stool',
    ]);
  });

  it.each(all.map(([name, doc]) => [name, doc] as const))('in state "%s": always an answer, in her language, nothing stored from garbage', (_name, doc) => {
    const rand = prng(0x5eed + locale.charCodeAt(0) * 31 + _name.length * 7 + _name.charCodeAt(_name.length - 1));
    const inputs: TurnInput[] = [
      ...Array.from({ length: 45 }, () => message(randomText(rand))),
      ...HUGE.map((text) => message(text)),
      ...Array.from({ length: 40 }, () => message(rand() < 0.5 ? '' : randomText(rand), randomValue(rand))),
    ];
    const problems: string[] = [];
    for (const input of inputs) {
      const shown = input.kind === 'message' ? JSON.stringify({ text: input.text.slice(0, 80), value: input.value }) : input.kind;
      let outcome: ReturnType<typeof handleTurn>;
      try {
        outcome = handleTurn(doc, input, ctx(locale));
      } catch (error) {
        problems.push(`threw ${(error as Error).message} on ${shown}`);
        continue;
      }
      if (outcome.replies.length === 0) problems.push(`no reply to ${shown}`);
      const texts = renderedTexts(outcome.replies, outcome.locale);
      if (texts.some((t) => t.trim() === '')) problems.push(`an empty text for ${shown}`);
      const raw = texts.find((t) => RAW_KEY.test(t));
      if (raw) problems.push(`raw key "${RAW_KEY.exec(raw)![0]}" for ${shown}`);
      const next = outcome.doc;
      const isCard = input.kind === 'message' && typeof input.value === 'object' && input.value !== null && !Array.isArray(input.value) && typeof (input.value as { action?: unknown }).action === 'string';
      if (next === null && isCard) problems.push(`a card deleted her data: ${shown}`);
      if (!next) continue;
      if (hasNonFiniteNumber(next)) problems.push(`NaN or Infinity stored from ${shown}`);
      const invalid = invalidStoredEvent(next, NOW);
      if (invalid) problems.push(`stored ${invalid} from ${shown}`);
      const added = loggedEvents(next).length - loggedEvents(doc).length;
      if (added <= 0 || input.kind !== 'message') continue;
      if (isCard) continue;
      // CONTRACT.md: one typed message logs at most 10 events (a check-in may list up to 30 pump sessions)
      if (added > 10 && openDialog(doc)?.name !== 'checkin') problems.push(`${added} events from one message ${shown}`); // a card value that passed every check is a valid log; validity is held above
      const intent = understand(input.text.slice(0, MAX_MESSAGE_CHARS), { now: NOW, timezone: 'Europe/Oslo', locale: doc?.locale ?? locale });
      if (intent.kind !== 'log' && !ASKS_FOR_VALUE.has(openDialog(doc)?.name ?? '')) problems.push(`events from a non-log (${intent.kind}) ${shown}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
