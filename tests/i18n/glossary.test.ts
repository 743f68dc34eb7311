import { localeStrings, TEXT_LOCALES, type LocaleString, type TextLocale } from './locale-strings';

/**
 * One term per concept (../shared/GLOSSARY.md), in every string of every namespace. For each concept:
 * the term(s) our texts use in each locale (each must still occur somewhere in that locale, so the list
 * stays true), and the second terms that must never appear. A second term is a whole word
 * (case-insensitive) unless written as a RegExp. `allowedIn` lists the exact phrases inside which a
 * second term is fine: in English a Norwegian name is given in brackets after the English term, so a
 * mother can recognise it ("child health clinic (helsestasjon)"), and nowhere else.
 */
interface Concept {
  concept: string;
  preferred: Partial<Record<TextLocale, readonly string[]>>;
  avoid: Partial<Record<TextLocale, ReadonlyArray<string | RegExp>>>;
  allowedIn?: Partial<Record<TextLocale, readonly string[]>>;
}

const CONCEPTS: readonly Concept[] = [
  {
    concept: 'child health clinic',
    preferred: { nb: ['helsestasjonen'], nn: ['helsestasjonen'], en: ['child health clinic (helsestasjon)'] },
    avoid: { en: ['helsestasjon', 'helsestasjonen', 'health station', 'health centre', 'health center', 'well-baby clinic'] },
    allowedIn: { en: ['child health clinic (helsestasjon)'] },
  },
  {
    concept: 'public health nurse',
    preferred: { nb: ['helsesykepleier'], nn: ['helsesjukepleiar'], en: ['public health nurse (helsesykepleier)'] },
    avoid: { nb: ['helsesøster', 'helsesjukepleiar'], nn: ['helsesøster', /sykepleier/i], en: ['health visitor', 'helsesøster'] },
    allowedIn: { en: ['public health nurse (helsesykepleier)'] },
  },
  {
    concept: 'midwife',
    preferred: { nb: ['jordmor'], nn: ['jordmor'], en: ['midwife (jordmor)'] },
    avoid: { nb: ['jordmora'], en: ['jordmor'] },
    allowedIn: { en: ['midwife (jordmor)'] },
  },
  {
    concept: 'out-of-hours doctor',
    preferred: { nb: ['legevakt', '116 117'], nn: ['legevakt', '116 117'], en: ['out-of-hours doctor (legevakt)', '116 117'] },
    avoid: { nb: ['legevakta'], en: ['legevakt', 'emergency room', 'A&E'] },
    allowedIn: { en: ['out-of-hours doctor (legevakt)'] },
  },
  {
    concept: 'GP',
    preferred: { nb: ['fastlegen'], nn: ['fastlegen'], en: ['GP (fastlege)'] },
    avoid: { en: ['fastlege', 'family doctor'] },
    allowedIn: { en: ['GP (fastlege)'] },
  },
  {
    concept: 'volunteer breastfeeding helpers',
    preferred: { nb: ['Ammehjelpen', 'ammehjelpen.no'], nn: ['Ammehjelpen', 'ammehjelpen.no'], en: ['Ammehjelpen', 'volunteer breastfeeding helpers'] },
    avoid: { nb: ['Ammehjelp', 'Ammehjelpa'], nn: ['Ammehjelp', 'Ammehjelpa', 'ammehjelpere'], en: ['breastfeeding support group', 'La Leche'] },
  },
  {
    concept: 'the milk comes in',
    preferred: { nb: ['kommet inn'], nn: ['kome inn'], en: ['come in'] },
    avoid: { nb: ['renner til', 'melken renner'], nn: ['renn til', 'renner til'], en: ['milk lets down'] },
  },
  {
    concept: 'colostrum',
    preferred: { nb: ['råmelk'], nn: ['råmjølk'], en: ['colostrum'] },
    avoid: { nb: ['råmjølk', 'råmelka'], nn: ['råmelk', 'råmelka'] },
  },
  {
    concept: 'milk (nynorsk mjølk in every word: mjølk, mjølka, mjølkeproduksjonen, handmjølking …)',
    preferred: { nb: ['melken'], nn: ['mjølka', 'mjølkeproduksjonen'], en: ['milk'] },
    avoid: { nb: [/mjølk/i], nn: [/melk/i] },
  },
  {
    concept: 'hand expression',
    preferred: { nb: ['håndmelking', 'melke ut for hånd'], nn: ['handmjølking', 'mjølke ut for hand'], en: ['hand expression'] },
    avoid: { nb: ['utpumping for hånd', 'handmelking'], nn: [/hånd/i, 'utpumping for hand'], en: ['hand pumping', 'manual expression'] },
  },
  {
    concept: 'stool colour of days 2–3',
    preferred: { nb: ['grønnbrun'], nn: ['grønbrun'], en: ['brown-green'] },
    avoid: {
      nb: ['brungrønn', 'brun-grønn', 'grønn-brun', 'grønbrun'],
      nn: ['brungrøn', 'brun-grøn', 'grøn-brun', 'grønnbrun', 'brungrønn'],
      en: ['green-brown', 'greenish-brown', 'brownish-green', 'green brown', 'brown green'],
    },
  },
  {
    concept: 'stool, poo',
    preferred: { nb: ['bæsj'], nn: ['bæsj'], en: ['poo'] },
    avoid: { nb: ['avføring'], nn: ['avføring'], en: ['stool', 'stools', 'nappy', 'nappies'] },
  },
  {
    concept: 'meconium',
    preferred: { nb: ['barnebek'], nn: ['barnebek'], en: ['meconium'] },
    avoid: { nb: ['mekoniet'], nn: ['mekoniet'] },
  },
  {
    concept: 'diaper',
    preferred: { nb: ['bleie', 'bleien'], nn: ['bleie', 'bleia'], en: ['diaper'] },
    avoid: { nb: ['bleia'], nn: ['bleien'], en: ['nappy', 'nappies'] },
  },
  {
    concept: 'double pumping, pump program',
    preferred: { nb: ['dobbeltpumping', 'pumpeprogram'], nn: ['dobbeltpumping', 'pumpeprogram'], en: ['double pumping', 'pump program'] },
    avoid: { nb: ['dobbelpumping'], nn: ['dobbelpumping'], en: ['pumping programme', 'pump programme'] },
  },
  {
    concept: 'initiation program (explained where named)',
    preferred: { nb: ['igangsettingsprogram'], nn: ['igangsetjingsprogram'], en: ['initiation program'] },
    avoid: { nb: ['igangsetjingsprogram', 'igangsettingsteknologi'], nn: ['igangsettingsprogram', 'igangsettingsteknologi'], en: ['initiation technology'] },
  },
  {
    concept: 'skin to skin',
    preferred: { nb: ['hud mot hud'], nn: ['hud mot hud'], en: ['skin to skin'] },
    avoid: { nb: ['hudkontakt'], nn: ['hudkontakt'], en: ['skin-to-skin contact', 'kangaroo care'] },
  },
  {
    concept: 'week: bokmål en-forms for feminine nouns (uken, natten, mengden, pumpen …), nynorsk veke',
    preferred: { nb: ['uken', 'natten', 'mengden'], nn: ['veka', 'natta', 'mengda'], en: ['week'] },
    avoid: {
      nb: ['uka', 'natta', 'mengda', 'melka', 'pumpa', 'brystpumpa', 'vorta', 'brystvorta', 'huda', 'roa', 'tida', 'brystkassa', 'klokka', 'legevakta'],
      nn: ['uke', 'uka', 'uken', 'ukene', 'natten', 'mengden', 'pumpen', 'brystpumpen', 'brystvorten', 'huden', 'legevakten'],
    },
  },
  {
    concept: 'nynorsk words, never their bokmål forms',
    preferred: { nn: ['ikkje', 'eg', 'kjem', 'noko', 'kva', 'korleis', 'kvar', 'frå', 'saman', 'brysta', 'gonger', 'dersom', 'òg'] },
    avoid: {
      nn: [
        // "i gang", "enn" and "begynne" are nynorsk too, so they are not here.
        'ikke', 'jeg', 'kommer', 'kommet', 'noe', 'hva', 'hvordan', 'hvor', 'hvis', 'hver', 'hvert', 'mye', 'fra', 'sammen',
        'bryste', 'brystene', 'ganger', 'dere', 'deres', 'også', 'die', 'dier', 'venter', 'finnes', 'svarer', 'uten',
        'gjøre', 'bare', 'mer', 'ennå', 'nå', 'lager', 'dråper', 'melk', 'råmelk', 'håndmelking', 'melke', 'helsesykepleier',
      ],
    },
  },
];

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole word or phrase, case-insensitive: not part of a longer word. */
function wholeWord(term: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'iu');
}

function matcher(term: string | RegExp): RegExp {
  return typeof term === 'string' ? wholeWord(term) : term;
}

/** The text with every allowed phrase cut out, so a second term inside it is not counted. */
function withoutAllowed(text: string, allowed: readonly string[]): string {
  return allowed.reduce((rest, phrase) => rest.split(phrase).join(' '), text);
}

interface Offence {
  locale: TextLocale;
  key: string;
  term: string;
  concept: string;
}

/** Every second term in the given strings, by locale and key. */
function glossaryOffences(strings: readonly LocaleString[], concepts: readonly Concept[] = CONCEPTS): Offence[] {
  const offences: Offence[] = [];
  for (const { locale, key, text } of strings) {
    for (const concept of concepts) {
      const rest = withoutAllowed(text, concept.allowedIn?.[locale] ?? []);
      for (const term of concept.avoid[locale] ?? []) {
        const found = matcher(term).exec(rest);
        if (found) offences.push({ locale, key, term: found[0], concept: concept.concept });
      }
    }
  }
  return offences;
}

const ALL = TEXT_LOCALES.flatMap((locale) => localeStrings(locale));
const inLocale = (locale: TextLocale) => ALL.filter((s) => s.locale === locale);
const describeOffence = (o: Offence) => `${o.locale} ${o.key}: "${o.term}" (${o.concept})`;

describe('glossary: one term per concept in every text', () => {
  it('reads every namespace of every locale', () => {
    for (const locale of TEXT_LOCALES) {
      const namespaces = new Set(inLocale(locale).map((s) => s.key.split(':')[0]));
      expect([...namespaces].sort()).toEqual(['cards', 'checkin', 'common', 'dialog', 'files', 'findings', 'picture', 'summary', 'topics']);
    }
  });

  it('uses no second term anywhere', () => {
    expect(glossaryOffences(ALL).map(describeOffence)).toEqual([]);
  });

  it.each(TEXT_LOCALES)('%s: every preferred term is still used somewhere', (locale) => {
    const all = inLocale(locale)
      .map((s) => s.text)
      .join('\n');
    const unused = CONCEPTS.flatMap((c) => (c.preferred[locale] ?? []).filter((term) => !all.toLowerCase().includes(term.toLowerCase())).map((term) => `${c.concept}: ${term}`));
    expect(unused).toEqual([]);
  });

  it('catches a second term put back (the check itself works)', () => {
    const planted: LocaleString[] = [
      { locale: 'en', key: 'planted:a', text: 'Ask the helsestasjon.' },
      { locale: 'en', key: 'planted:b', text: 'Ask the child health clinic (helsestasjon); the helsestasjon weighs her.' },
      { locale: 'nb', key: 'planted:c', text: 'Dag 2–3: brungrønn bæsj i den første uka.' },
      { locale: 'nn', key: 'planted:d', text: 'Eg har ikke fått noko råmelk, og bryste er fulle.' },
      { locale: 'nb', key: 'planted:e', text: 'Spør helsesøster når melken renner til.' },
    ];
    const found = glossaryOffences(planted).map((o) => `${o.key} ${o.term.toLowerCase()}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'planted:a helsestasjon',
        'planted:b helsestasjon',
        'planted:c brungrønn',
        'planted:c uka',
        'planted:d ikke',
        'planted:d råmelk',
        'planted:d bryste',
        'planted:e helsesøster',
        'planted:e renner til',
      ]),
    );
    // The bracketed name alone is the form we chose, not an offence.
    expect(glossaryOffences([{ locale: 'en', key: 'planted:f', text: 'Ask the child health clinic (helsestasjon).' }])).toEqual([]);
  });
});

describe('Norwegian names in English, and Ammehjelpen, are explained where they first appear in a text', () => {
  /** In English the Norwegian name follows the English term in brackets at its first mention in each text. */
  const BRACKETED: ReadonlyArray<[english: string, norwegian: string]> = [
    ['child health clinic', 'helsestasjon'],
    ['midwife', 'jordmor'],
    ['out-of-hours doctor', 'legevakt'],
  ];

  it('en: the first mention of each service in a text carries its Norwegian name in brackets', () => {
    const missing = inLocale('en').flatMap(({ key, text }) =>
      BRACKETED.filter(([english]) => text.includes(english))
        .filter(([english, norwegian]) => !text.slice(text.indexOf(english)).startsWith(`${english} (${norwegian})`))
        .map(([english]) => `${key}: ${english}`),
    );
    expect(missing).toEqual([]);
  });

  const EXPLAINED: Record<TextLocale, string> = { nb: 'frivillige ammehjelpere', nn: 'frivillige ammehjelparar', en: 'volunteer breastfeeding helpers' };

  it.each(TEXT_LOCALES)('%s: every text that names Ammehjelpen says who they are and where to find them, right where it first names them', (locale) => {
    const unexplained = inLocale(locale)
      .filter(({ text }) => text.includes('Ammehjelpen'))
      .filter(({ text }) => {
        const first = text.slice(text.indexOf('Ammehjelpen'), text.indexOf('Ammehjelpen') + 80);
        return !(first.includes(EXPLAINED[locale]) && first.includes('ammehjelpen.no'));
      })
      .map(({ key }) => key);
    expect(unexplained).toEqual([]);
  });
});
