import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n as I18n, type TFunction, type TOptions } from 'i18next';
import { LOCALES, type Locale } from './mother/profile';
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

/** Translates `ns:key` for her locale. A missing key is a bug caught by tests, never shown as a key in production. */
export function t(locale: Locale, key: string, options?: TOptions): string {
  const memoKey = sentenceKey(locale, key, options);
  if (memoKey === undefined) return fixedT(locale)(key, options ?? {}) as string;
  let sentence = sentences.get(memoKey);
  if (sentence === undefined) {
    sentence = fixedT(locale)(key, options ?? {}) as string;
    if (sentences.size >= MAX_REMEMBERED_SENTENCES) sentences.clear();
    sentences.set(memoKey, sentence);
  }
  return sentence;
}

/**
 * The resources never change while the process runs, so a sentence depends only on its locale,
 * key and plain parameters (numbers, words): each is translated once. Anything else in the
 * options (an object, a function) goes to i18next every time.
 */
function sentenceKey(locale: Locale, key: string, options: TOptions | undefined): string | undefined {
  let memoKey = `${locale}\u0000${key}`;
  for (const name in options) {
    const value: unknown = options[name];
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
    memoKey += `\u0000${name}\u0001${typeof value}\u0001${String(value)}`;
  }
  return memoKey;
}

/** Enough for every sentence with the counts and volumes a week brings; cleared (not grown) beyond that. */
const MAX_REMEMBERED_SENTENCES = 5_000;
const sentences = new Map<string, string>();
const fixedTs = new Map<Locale, TFunction>();

function fixedT(locale: Locale): TFunction {
  let translate = fixedTs.get(locale);
  if (!translate) {
    translate = translator().getFixedT(locale);
    fixedTs.set(locale, translate);
  }
  return translate;
}

export function hasKey(locale: Locale, key: string): boolean {
  return translator().exists(key, { lng: locale });
}
