import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n as I18n, type TOptions } from 'i18next';
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

/** Translates `ns:key` for her locale. A missing key is a bug caught by tests, never shown as a key in production. */
export function t(locale: Locale, key: string, options?: TOptions): string {
  return translator().t(key, { ...options, lng: locale }) as string;
}

export function hasKey(locale: Locale, key: string): boolean {
  return translator().exists(key, { lng: locale });
}
