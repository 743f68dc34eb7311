import fs from 'node:fs';
import path from 'node:path';

/** The locales the bot writes, each a folder under locales/. */
export const TEXT_LOCALES = ['nb', 'nn', 'en'] as const;
export type TextLocale = (typeof TEXT_LOCALES)[number];

export const LOCALES_ROOT = path.resolve(__dirname, '../../locales');

/** One sentence the bot can say: where it lives and what it says. */
export interface LocaleString {
  locale: TextLocale;
  /** `namespace:dotted.key`, as the code asks for it. */
  key: string;
  text: string;
}

function stringsOf(tree: unknown, prefix: string): Array<{ key: string; text: string }> {
  if (typeof tree === 'string') return [{ key: prefix, text: tree }];
  if (!tree || typeof tree !== 'object') return [];
  return Object.entries(tree as Record<string, unknown>).flatMap(([name, value]) =>
    stringsOf(value, prefix.endsWith(':') ? `${prefix}${name}` : `${prefix}.${name}`),
  );
}

/**
 * Every string of every namespace of a locale, read straight from locales/<locale>/*.json (not through
 * i18next, so a text no code path asks for yet is read too).
 */
export function localeStrings(locale: TextLocale, root = LOCALES_ROOT): LocaleString[] {
  const dir = path.join(root, locale);
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const namespace = path.basename(file, '.json');
      const tree: unknown = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      return stringsOf(tree, `${namespace}:`).map(({ key, text }) => ({ locale, key, text }));
    });
}
