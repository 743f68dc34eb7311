import { LOCALES } from '../../src/mother/profile';
import { loadResources, t, translator } from '../../src/support/i18n';

type Tree = Record<string, unknown>;

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([name, value]) => (value && typeof value === 'object' ? keysOf(value as Tree, `${prefix}${name}.`) : [`${prefix}${name}`]));
}

const NUMBER_FORMAT = ' (number)';
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every key as the code asks for it (a plural form's key without its suffix), with the placeholders its texts name. */
function askedKeys(): Map<string, Set<string>> {
  const asked = new Map<string, Set<string>>();
  const resources = loadResources();
  for (const locale of LOCALES) {
    for (const [ns, tree] of Object.entries(resources[locale])) {
      for (const key of keysOf(tree as Tree)) {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Tree)[part], tree);
        const names = asked.get(`${ns}:${key.replace(PLURAL_SUFFIX, '')}`) ?? new Set<string>();
        for (const [, name, format] of String(text).matchAll(/\{\{\s*(\w+)\s*(,\s*number)?/g)) names.add(format ? `${name!}${NUMBER_FORMAT}` : name!);
        asked.set(`${ns}:${key.replace(PLURAL_SUFFIX, '')}`, names);
      }
    }
  }
  return asked;
}

describe('a sentence in her language', () => {
  const i18next = translator();
  const asked = askedKeys();

  it.each(LOCALES)('in %s is what i18next says for every key, count and value', (locale) => {
    const differences: string[] = [];
    for (const [key, names] of asked) {
      for (const count of [0, 1, 2, 5, 21]) {
        // Whole numbers and text: a fraction is written her way (below), where i18next writes it the English way.
        for (const value of [21, 3, 'tekst']) {
          const params: Record<string, unknown> = { count };
          // A number format is only ever given a number.
          for (const name of names) if (name !== 'count') params[name.replace(NUMBER_FORMAT, '')] = name.endsWith(NUMBER_FORMAT) ? 7.5 : value;
          const ours = t(locale, key, params);
          const theirs = i18next.t(key, { ...params, lng: locale }) as string;
          if (ours !== theirs) differences.push(`${key} ${JSON.stringify(params)}: «${ours}» ≠ «${theirs}»`);
        }
      }
      const plain = t(locale, key);
      if (plain !== i18next.t(key, { lng: locale })) differences.push(`${key} without values: «${plain}»`);
    }
    expect(differences).toEqual([]);
  });

  it('writes a fraction with her decimal sign wherever it stands: «12,5 ml» in Norwegian, «12.5 ml» in English', () => {
    const when = 'kl. 03.40';
    expect(t('nb', 'common:logged.pump', { when, ml: 12.5 })).toBe('Pumping kl. 03.40: 12,5 ml ført.');
    expect(t('nn', 'common:logged.pump', { when, ml: 12.5 })).toContain(' 12,5 ml ');
    expect(t('en', 'common:logged.pump', { when: 'at 03:40', ml: 12.5 })).toContain(' 12.5 ml');
    expect(t('nb', 'common:logged.pump', { when, ml: 2026 })).toContain(' 2026 ml ');
  });

  it('formats a number the way her language writes it, and chooses the plural form by the count', () => {
    expect(t('nb', 'findings:colostrum.day1-in-range', { ml: 12.5 })).toContain('12,5 ml');
    expect(t('en', 'findings:colostrum.day1-in-range', { ml: 12.5 })).toContain('12.5 ml');
    const one = t('nb', 'checkin:noted.wetDiapers', { count: 1 });
    const two = t('nb', 'checkin:noted.wetDiapers', { count: 2 });
    expect([one, two]).toEqual(['Notert: 1 våt bleie.', 'Notert: 2 våte bleier.']);
  });

  it('gives a key that no locale has back without its namespace, as i18next does', () => {
    expect(t('nb', 'common:no.such.key')).toBe('no.such.key');
  });
});
