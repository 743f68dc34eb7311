import { normalize } from './normalize';

const YES = new Set([
  'ja', 'jo', 'jepp', 'japp', 'jada', 'jaa', 'jaaa', 'ja takk', 'ja gjerne', 'gjerne', 'ok', 'ok takk', 'okei', 'okay', 'oki', 'greit', 'det er greit',
  'ja det', 'ja da', 'ja visst', 'javisst', 'absolutt', 'selvfølgelig', 'sjølvsagt', 'stemmer', 'det stemmer', 'riktig', 'korrekt', 'ja, takk',
  'yes', 'yeah', 'yep', 'yup', 'ya', 'sure', 'yes please', 'ok thanks', 'of course', 'correct', 'right', 'that is right', 'y', 'ja ja',
]);
const NO = new Set([
  'nei', 'nei takk', 'neitakk', 'nope', 'nah', 'no', 'niks', 'nei da', 'neida', 'ikke nå', 'ikkje nå', 'ikkje no', 'ikke na',
  'ikke', 'ikkje', 'ikke ennå', 'ikkje enno', 'ikke enda', 'aldri', 'nei ikke', 'nei, takk', 'helst ikke', 'helst ikkje', 'nei ikkje',
  'no thanks', 'no thank you', 'not now', 'not yet', 'not really', 'n', 'no no', 'nei nei',
]);

/** "yes" or "no" when the whole message is a yes or a no in nb, nn or en, else undefined. */
export function parseYesNo(text: string): 'yes' | 'no' | undefined {
  const words = normalize(text).replace(/[.,!?]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (words.length > 40) return undefined;
  if (YES.has(words)) return 'yes';
  if (NO.has(words)) return 'no';
  return undefined;
}
