import fs from 'node:fs';
import path from 'node:path';
import nspell from 'nspell';
import { localeStrings, type LocaleString } from './locale-strings';

/**
 * Every nynorsk string is real nynorsk: each word is in the Norwegian Nynorsk hunspell dictionary
 * (dictionary-nn, from the spell-norwegian project) or on the reasoned allow-list below. A bokmål form
 * ("ikke", "jeg", "melk", "råmelk", "håndmelking", "helsesykepleier") is not in that dictionary, so it
 * fails here; the few bokmål forms that are also nynorsk words of another kind ("kommer", "bryste",
 * "die") are caught by tests/i18n/glossary.test.ts.
 *
 * dictionary-nn is read from its files (index.aff, index.dic) rather than imported: newer majors are
 * ESM-only, and the files are the dictionary itself. nspell is MIT; dictionary-nn is GPL-2.0, used
 * here as a development tool only (never bundled or shipped with the bot).
 */
const DICTIONARY_DIR = path.resolve(__dirname, '../../node_modules/dictionary-nn');

/**
 * Words the dictionary lacks but our nynorsk texts rightly use, lower-cased, each with its reason.
 * The dictionary (spell-norwegian 2.2) knows few compounds, so most entries are compounds of the
 * glossary's own terms (GLOSSARY.md), spelled as Språkrådet's nynorsk dictionary spells them.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  // Names, brands and formats.
  ammehjelpen: 'Ammehjelpen, the volunteer breastfeeding helpers: a name (GLOSSARY.md)',
  json: 'the file format of her data export ("ei JSON-fil")',
  pdf: 'the file format of the summary for jordmor ("samandraget som PDF")',
  c: 'the C-shaped grip of thumb and finger in the hand-expression steps',
  // Glossary terms and their inflections (GLOSSARY.md, nynorsk column).
  handmjølking: 'GLOSSARY.md: handmjølking (hand expression)',
  handmjølkinga: 'handmjølking, definite form',
  dobbeltpumping: 'GLOSSARY.md: dobbeltpumping (both breasts at once)',
  pumpeprogram: 'GLOSSARY.md: pumpeprogram',
  igangsetjingsprogram: 'the initiation pump program (GLOSSARY.md: pumpeprogram), nynorsk igangsetjing + program',
  barnebek: 'GLOSSARY.md: barnebek (meconium)',
  mekonium: 'GLOSSARY.md: mekonium, given in brackets beside barnebek',
  kolostrum: 'GLOSSARY.md: "also kolostrum in health texts", given in brackets beside råmjølk',
  overgangsmjølk: 'GLOSSARY.md: overgangsmjølk (transitional milk)',
  brystpumpe: 'GLOSSARY.md: brystpumpe',
  brystpumpa: 'brystpumpe, definite form',
  helsesjukepleiar: 'GLOSSARY.md: helsesjukepleiar (public health nurse)',
  ammehjelparar: 'the volunteers of Ammehjelpen: ammehjelpar, plural (GLOSSARY.md)',
  // Compounds the week's texts are made of.
  bæsjebleie: 'a diaper with poo in it: bæsj + bleie (GLOSSARY.md), the check-in asks for them',
  bæsjebleier: 'bæsjebleie, plural',
  pumpeøkter: 'pumping sessions: pumpe + økt, plural',
  ammingar: 'amming, plural (nynorsk -ar)',
  utmjølka: 'expressed (of milk): the participle of mjølke ut, as in "utmjølka mjølk"',
  mjølkegangane: 'the milk ducts: mjølkegang, definite plural (TOPICS.md breast-changes)',
  laktocyttar: 'lactocytes, the milk-making cells (seed, TOPICS.md breast-changes), nynorsk plural',
  oksytocin: 'the hormone oxytocin (seed, TOPICS.md first-hour), explained where it is named',
  vorteringen: 'the areola: vortering, definite form ("ved kanten av vorteringen")',
  naudsituasjon: 'emergency: naud + situasjon (nynorsk naud, not bokmål nød)',
  sugetak: 'GLOSSARY.md: sugetak (latch)',
  sugetaket: 'sugetak, definite form',
  brystspreng: 'GLOSSARY.md: brystspreng (engorgement)',
  brystbetennelse: 'GLOSSARY.md: brystbetennelse (mastitis)',
  ammingane: 'amming, definite plural (nynorsk -ane)',
  fødselsvekta: 'birth weight: fødsel + vekt, definite form (TOPICS.md baby-weight)',
  // Standard nynorsk words the dictionary lacks.
  amm: 'imperative of amme ("Amm kvar 2.–3. time")',
  éi: 'the numeral ei with its accent, "éi økt", as nynorsk writes the stressed numeral',
  skjemaet: 'skjema (form), definite singular: the cards are forms',
  datoen: 'dato, definite singular',
  dataa: 'data, definite plural, in the command «slett dataa mine» the bot understands',
};

const spell = nspell(fs.readFileSync(path.join(DICTIONARY_DIR, 'index.aff')), fs.readFileSync(path.join(DICTIONARY_DIR, 'index.dic')));

/**
 * The words of a string, without {{params}}, URLs and web addresses, markdown, numbers and emoji.
 * Hyphenated words are checked part by part ("JSON-fil").
 */
function wordsOf(text: string): string[] {
  const plain = text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:no|com|org|net)\b/giu, ' ')
    .replace(/[*_`#>[\]()]/g, ' ');
  return plain.split(/[^\p{L}]+/u).filter((word) => word.length > 0);
}

function known(word: string): boolean {
  return spell.correct(word) || spell.correct(word.toLowerCase());
}

/** Each word neither in the dictionary nor on the allow-list, with the key it was found in. */
function unknownWords(strings: readonly LocaleString[]): string[] {
  return strings.flatMap(({ locale, key, text }) =>
    wordsOf(text)
      .filter((word) => !known(word) && !(word.toLowerCase() in ALLOWED))
      .map((word) => `${locale} ${key}: ${word}`),
  );
}

const NYNORSK = localeStrings('nn');

describe('nynorsk is real nynorsk', () => {
  it('has every word of every nn string in the nynorsk dictionary or on the allow-list', () => {
    expect(unknownWords(NYNORSK)).toEqual([]);
  });

  it('the dictionary rejects bokmål forms and knows their nynorsk forms (the check itself works)', () => {
    for (const bokmal of ['ikke', 'jeg', 'melk', 'råmelk', 'hvis', 'noe', 'hvordan', 'uken', 'melken', 'helsesykepleier', 'håndmelking']) {
      expect({ bokmal, known: known(bokmal) }).toEqual({ bokmal, known: false });
    }
    for (const nynorsk of ['ikkje', 'eg', 'mjølk', 'kjem', 'noko', 'korleis', 'veka', 'mjølka', 'handmjølka', 'gonger']) {
      expect({ nynorsk, known: known(nynorsk) }).toEqual({ nynorsk, known: true });
    }
    expect(unknownWords([{ locale: 'nn', key: 'planted:a', text: 'Eg har ikke fått noko melk, {{count}} gonger (ammehjelpen.no).' }])).toEqual([
      'nn planted:a: ikke',
      'nn planted:a: melk',
    ]);
  });

  it('keeps the allow-list honest: each entry is still used, and still unknown to the dictionary', () => {
    const used = new Set(NYNORSK.flatMap(({ text }) => wordsOf(text).map((w) => w.toLowerCase())));
    expect(Object.keys(ALLOWED).filter((word) => !used.has(word))).toEqual([]);
    expect(Object.keys(ALLOWED).filter((word) => known(word))).toEqual([]);
  });

  it('strips params, addresses, markdown and numbers before checking', () => {
    expect(wordsOf('**Eg** ser {{count}} dropar på ammehjelpen.no og https://helsenorge.no/x – 2.–3. time, 116 117 💛 JSON-fil')).toEqual([
      'Eg', 'ser', 'dropar', 'på', 'og', 'time', 'JSON', 'fil',
    ]);
  });
});
