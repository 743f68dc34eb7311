import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n as I18n } from 'i18next';
import { LOCALES, type Locale } from '../mother/profile';
import { PROJECT_ROOT } from './project-root';

/** locales/<lng>/<namespace>.json: every sentence the bot says. */
export const LOCALES_DIR = path.join(PROJECT_ROOT, 'locales');

export type Resources = Record<Locale, Record<string, Record<string, unknown>>>;

export function loadResources(dir = LOCALES_DIR): Resources {
  const resources = {} as Resources;
  for (const lng of LOCALES) {
    resources[lng] = {};
    const lngDir = path.join(dir, lng);
    for (const file of fs.readdirSync(lngDir).filter((f) => f.endsWith('.json')).sort()) {
      resources[lng][path.basename(file, '.json')] = JSON.parse(fs.readFileSync(path.join(lngDir, file), 'utf8'));
    }
  }
  return resources;
}

let instance: I18n | undefined;

/** One synchronous i18next instance for the process; namespaces are the file names. */
export function translator(): I18n {
  if (instance) return instance;
  const resources = loadResources();
  const created = i18next.createInstance();
  void created.init({
    initAsync: false,
    resources,
    lng: 'nb',
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    ns: Object.keys(resources.nb),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instance = created;
  return created;
}

/** What a sentence may be given: plain values, and `count` to choose its plural form. */
export type SentenceParams = Record<string, unknown>;

const pluralRules = new Map<Locale, Intl.PluralRules>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** The sentence stored under `ns:dotted.key` in her locale, as i18next holds it; undefined when there is none. */
function sentenceAt(locale: Locale, key: string): string | undefined {
  const colon = key.indexOf(':');
  const found = translator().getResource(locale, colon < 0 ? 'common' : key.slice(0, colon), colon < 0 ? key : key.slice(colon + 1)) as unknown;
  return typeof found === 'string' ? found : undefined;
}

/** `key_one`, `key_other`… by her language's plural rules for `count`, as i18next names plural forms. */
function pluralKey(locale: Locale, key: string, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return `${key}_${rules.select(count)}`;
}

/** A value as her language writes it: a fraction with her decimal sign («12,5» in Norwegian) wherever it stands, a whole number as it is. */
function formatted(locale: Locale, value: unknown, format: string | undefined): string {
  if (typeof value !== 'number' || (format !== 'number' && Number.isInteger(value))) return String(value);
  let numbers = numberFormats.get(locale);
  if (!numbers) numberFormats.set(locale, (numbers = new Intl.NumberFormat(locale)));
  return numbers.format(value);
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g;

/**
 * Translates `ns:key` for her locale, from the resources i18next loaded, with the two things our
 * texts ask of it: the plural form for `count`, and `{{name}}` or `{{name, number}}` filled in (a
 * fraction always with her decimal sign: «12,5 ml», where i18next wrote «12.5» unless asked). It
 * reads the resource itself rather than through i18next's `t()`, which resolves fallbacks, nesting,
 * contexts and post-processors on every call: some 12 µs a sentence against about 3 µs, and a turn
 * says several (bench/README.md, stop 35). tests/i18n checks that it says what i18next says for
 * every key. A missing key is a bug caught by tests; as with i18next, the key (without its namespace) is returned.
 */
export function t(locale: Locale, key: string, params?: SentenceParams): string {
  const count = params?.count;
  const text = (typeof count === 'number' ? sentenceAt(locale, pluralKey(locale, key, count)) : undefined) ?? sentenceAt(locale, key);
  if (text === undefined) return key.slice(key.indexOf(':') + 1);
  if (!text.includes('{{')) return text;
  return filledIn(text, locale, params);
}

/**
 * Each placeholder with its value; a value not given leaves its placeholder as it stands, as i18next
 * does: a test then sees it. A loop rather than replace() with a callback: a callback made anew on
 * every call loses its optimized code at each full garbage collection and is compiled again.
 */
function filledIn(text: string, locale: Locale, params: SentenceParams | undefined): string {
  let filled = '';
  let from = 0;
  PLACEHOLDER.lastIndex = 0;
  for (let match = PLACEHOLDER.exec(text); match; match = PLACEHOLDER.exec(text)) {
    const [placeholder, name, format] = match;
    const value = params?.[name!];
    filled += text.slice(from, match.index) + (value === undefined ? placeholder : formatted(locale, value, format));
    from = match.index + placeholder.length;
  }
  return filled + text.slice(from);
}

export function hasKey(locale: Locale, key: string): boolean {
  return translator().exists(key, { lng: locale });
}
