import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n, type TOptions } from 'i18next';
import { LOCALES, type Locale } from './mother/profile';

/** locales/<lng>/<namespace>.json: every sentence the bot says. */
export const LOCALES_DIR = path.resolve(__dirname, '..', fs.existsSync(path.resolve(__dirname, '..', 'locales')) ? '' : '..', 'locales');

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

let instance: i18n | undefined;

/** One synchronous i18next instance for the process; namespaces are the file names. */
export function i18n(): i18n {
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
export function t(locale: Locale, key: string, options: TOptions = {}): string {
  return i18n().getFixedT(locale)(key, options) as string;
}

export function hasKey(locale: Locale, key: string): boolean {
  return i18n().exists(key, { lng: locale });
}
