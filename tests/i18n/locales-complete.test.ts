import { loadResources, t } from '../../src/support/i18n';
import { LOCALES } from '../../src/mother/profile';

function keysOf(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) ? keysOf(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('locales', () => {
  const resources = loadResources();
  const all = new Set<string>();
  for (const lng of LOCALES) for (const [ns, tree] of Object.entries(resources[lng])) for (const k of keysOf(tree)) all.add(`${ns}:${k}`);

  it.each(LOCALES)('%s has every key that any locale has, and none is empty', (lng) => {
    const mine = new Set<string>();
    for (const [ns, tree] of Object.entries(resources[lng])) {
      for (const k of keysOf(tree)) {
        mine.add(`${ns}:${k}`);
        const value = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], tree);
        expect({ key: `${ns}:${k}`, empty: typeof value !== 'string' || value.trim() === '' }).toEqual({ key: `${ns}:${k}`, empty: false });
      }
    }
    expect([...all].filter((k) => !mine.has(k))).toEqual([]);
  });
});

describe('translating', () => {
  it('gives each set of parameters its own sentence, asked for again in any order', () => {
    const twenty = t('nb', 'common:logged.pump', { ml: 20 });
    const thirty = t('nb', 'common:logged.pump', { ml: 30 });
    expect(twenty).toContain('20 ml');
    expect(thirty).toContain('30 ml');
    expect(t('nb', 'common:logged.pump', { ml: 20 })).toBe(twenty);
    expect(t('en', 'common:logged.pump', { ml: 20 })).not.toBe(twenty);
    expect(t('nb', 'common:logged.pump', { ml: '20' })).toBe(twenty);
  });
});
