import type { Locale } from '../mother/profile';
import type { Intent } from './intent';

type Command = Extract<Intent, { kind: 'status' | 'undo' | 'help' | 'export' | 'last-side' | 'week' | 'summary' | 'delete' | 'pause' | 'resume' | 'skip' | 'checkin-now' | 'privacy' }>;

/** Whole-message commands, written as normalized text (folded words, no punctuation). */
const COMMANDS: ReadonlyArray<readonly [Command['kind'], readonly string[]]> = [
  ['delete', [
    'slett mine data', 'slett dataene mine', 'slett dataa mine', 'slett data', 'slett alle data', 'slett alle mine data', 'slett alt',
    'slett alt om meg', 'slett meg', 'slett kontoen min', 'slett all data', 'delete my data', 'delete all my data', 'delete data',
    'delete everything', 'delete me', 'erase my data', 'slett mine opplysninger', 'slett alle dataa mine',
    'delete my account', 'delete account', 'remove my data', 'remove all my data', 'erase all my data', 'slett min konto', 'slett kontoen',
    'slett profilen min', 'fjern mine data', 'fjern dataene mine', 'fjern dataa mine',
    'jeg vil slette alt', 'jeg vil slette alt om meg', 'jeg vil slette dataene mine', 'slett alt du har om meg', 'eg vil slette alt', 'eg vil slette alt om meg',
    'eg vil slette dataa mine', 'slett alt du har om meg', 'hvordan sletter jeg dataene mine', 'korleis slettar eg dataa mine', 'how do i delete my data',
    'delete everything you have on me', 'delete everything about me', 'i want to delete my data', 'i want to delete everything',
  ]],
  ['undo', [
    'angre', 'angra', 'angre siste', 'angra siste', 'slett siste', 'slett den siste', 'fjern siste', 'slett forrige', 'det var feil',
    'undo', 'undo last', 'delete last', 'remove last', 'delete the last one', 'angre det', 'angre forrige', 'feil angre',
  ]],
  ['status', [
    'status', 'hvordan går det', 'korleis går det', 'hvordan ligger jeg an', 'korleis ligg eg an', 'oversikt',
    'how am i doing', 'how is it going', 'how are we doing', 'overview', 'vis status', 'show status',
    'hvordan går det med oss', 'korleis går det med oss', 'hvordan gjør jeg det', 'status takk', 'min status',
    'vis meg oversikten', 'vis oversikten', 'vis oversikt', 'vis meg status', 'vis meg statusen', 'vis status takk', 'syn meg oversikta', 'vis meg oversikta',
    'show me the overview', 'show me my status', 'show overview', 'show me my numbers', 'my numbers',
  ]],
  ['help', [
    'hjelp', 'help', 'meny', 'menu', 'hva kan du', 'kva kan du', 'hva kan du gjøre', 'kva kan du gjere', 'what can you do',
    'hva kan du hjelpe meg med', 'hva kan du hjelpe med', 'kva kan du hjelpe meg med', 'kva kan du hjelpe med', 'hva kan du brukes til', 'kva kan du brukast til',
    'what can you help me with', 'what can you help with', 'what do you do', 'how can you help', 'how can you help me',
    'kommandoer', 'kommandoar', 'commands', 'hjelp meg', 'help me', 'hjelp takk', '?', 'info',
  ]],
  ['export', [
    'eksporter', 'eksporter data', 'eksporter mine data', 'eksporter dataene mine', 'eksporter dataa mine', 'export', 'export my data',
    'export data', 'last ned data', 'last ned mine data', 'download my data', 'gi meg dataene mine',
    'kan jeg få en kopi av dataene mine', 'få en kopi av dataene mine', 'kopi av dataene mine', 'kopi av mine data', 'send meg dataene mine', 'last ned alt',
    'kan eg få ein kopi av dataa mine', 'få ein kopi av dataa mine', 'kopi av dataa mine', 'send meg dataa mine',
    'can i get a copy of my data', 'can i have a copy of my data', 'a copy of my data', 'copy of my data', 'send me my data',
  ]],
  ['week', [
    'uka mi', 'uken min', 'uka', 'uken', 'min uke', 'mi uke', 'vis uka mi', 'vis uken min', 'se uka mi', 'se uken min', 'uka i bilde', 'uken i et bilde',
    'veka mi', 'veka', 'vis veka mi', 'sjå veka mi', 'veka i eit bilete', 'my week', 'show my week', 'see my week', 'week', 'this week',
    'vis meg uka', 'vis meg uken', 'vis meg uka mi', 'vis meg uken min', 'kan jeg se uka', 'kan jeg se uka mi', 'kan jeg få se uka i et bilde', 'kan jeg se en graf',
    'vis meg veka', 'vis meg veka mi', 'kan eg sjå veka mi', 'kan eg sjå veka', 'show me my week', 'show me the week', 'can i see my week', 'can i see a chart of the week',
    'can i see a chart', 'a chart of my week',
    'my week so far', 'week chart', 'chart',
  ]],
  ['privacy', [
    'hva lagrer du', 'hva lagrer dere', 'hva lagrer dere egentlig', 'hva lagrer du om meg', 'hva skjer med dataene', 'hva skjer med dataene mine', 'hva skjer med dataa',
    'ja men hva skjer med dataene', 'hvem ser dataene mine', 'hvem kan se dataene mine', 'hvem ser svarene mine', 'er dataene mine trygge',
    'kva lagrar du', 'kva lagrar de', 'kva skjer med dataa mine', 'kva skjer med dataa', 'kven ser dataa mine', 'kven kan sjå dataa mine',
    'what do you store', 'what do you save', 'what data do you store', 'what happens to my data', 'who can see my data', 'who sees my data', 'is my data safe',
  ]],
  ['summary', [
    'oppsummering', 'oppsummeringen', 'sammendrag', 'samandrag', 'samandraget', 'oppsummering til jordmor', 'oppsummering til helsestasjonen',
    'oppsummering til helsesykepleier', 'samandrag til jordmor', 'samandrag til helsestasjonen', 'summary', 'summary for the midwife',
    'summary for my midwife', 'summary for the health visitor', 'rapport', 'rapport til jordmor', 'report', 'report for the midwife',
    'jeg vil ha en oppsummering', 'lag en oppsummering', 'lag en oppsummering til jordmor', 'lag en oppsummering til jordmora', 'oppsummering til jordmora',
    'en oppsummering til jordmora', 'lag noe jeg kan vise helsesøster', 'lag noe jeg kan vise jordmor', 'noe jeg kan vise jordmor', 'eg vil ha eit samandrag', 'lag eit samandrag',
    'i want a summary', 'make a summary', 'make a summary for my midwife', 'something to show my midwife',
  ]],
  ['last-side', [
    'hvilken side sist', 'hvilken side', 'hvilken side ammet jeg sist', 'hvilken side var sist', 'hvilket bryst sist', 'hvilket bryst',
    'hvilket bryst ammet jeg sist', 'siste side', 'side sist', 'sist side', 'kva side sist', 'kva for side sist', 'kva side', 'kva side amma eg sist',
    'kva bryst sist', 'kva for eit bryst sist', 'last side', 'which side last', 'which side', 'which side did i feed on last',
    'which breast last', 'which breast', 'what side last', 'side last time',
  ]],
  ['pause', [
    'stopp', 'stop', 'pause', 'stopp påminnelse', 'stopp innsjekk', 'stopp varsler', 'stop reminders', 'stop checkins',
    'stop check ins', 'pause påminnelse', 'ikke send flere påminnelse', 'stopp meldinger', 'stop messages', 'unsubscribe',
    'slutte å sende meg meldinger en stund', 'slutt å sende meg meldinger', 'pause sjekkene', 'pause sjekken', 'stopp sjekkene', 'stopp sjekken', 'pause sjekkane',
    'stopp sjekkane', 'pause the check ins', 'pause the checkins', 'stop the check ins', 'stop sending me messages', 'stop messaging me for a while',
  ]],
  ['resume', [
    'start', 'start igjen', 'start att', 'begynn igjen', 'fortsett', 'resume', 'start påminnelse', 'start innsjekk',
    'start reminders', 'restart', 'continue', 'start again', 'subscribe',
  ]],
  ['checkin-now', [
    'sjekk inn', 'sjekke inn', 'sjekk inn nå', 'sjekk inn no', 'sjekke inn nå', 'sjekke inn no', 'jeg vil sjekke inn', 'jeg vil sjekke inn nå',
    'eg vil sjekke inn', 'eg vil sjekke inn no', 'vil sjekke inn', 'innsjekk', 'innsjekk nå', 'innsjekk no', 'dagens sjekk', 'dagens sjekk nå',
    'dagens sjekk no', 'ta dagens sjekk', 'ta dagens sjekk nå', 'ta dagens sjekk no', 'ta sjekken', 'ta sjekken nå', 'ta sjekken no',
    'kan jeg ta sjekken nå', 'kan eg ta sjekken no', 'kan vi ta sjekken nå', 'kan me ta sjekken no', 'kan jeg ta dagens sjekk nå',
    'kan vi ta dagens sjekk nå', 'daglig sjekk', 'dagleg sjekk', 'start sjekken', 'start dagens sjekk', 'svare på sjekken', 'jeg vil svare på sjekken',
    'sjekka inn', 'sjekka inn no', 'eg vil sjekka inn', 'eg vil sjekka inn no', 'kan eg sjekke inn', 'kan eg sjekke inn no', 'kan eg sjekka inn no',
    'eg vil ta sjekken', 'eg vil ta sjekken no', 'eg vil ta dagens sjekk', 'kan eg ta dagens sjekk no', 'kan me ta dagens sjekk no',
    'kan vi ta sjekken no', 'kan vi ta dagens sjekk no', 'eg vil svare på sjekken', 'dagens innsjekk', 'ta innsjekk',
    'check in', 'check in now', 'checkin', 'checkin now', 'i want to check in', 'i want to check in now', 'daily check', 'daily check in',
    'daily checkin', 'today s check', 'today s check in', 'todays check', 'do the check in', 'do the check in now', 'do my check in',
    'do my check in now', 'start the check in', 'start check in',
  ]],
  ['skip', [
    'hopp over', 'hopp', 'skip', 'skip it', 'skip this', 'vet ikke', 'veit ikke', 'veit ikkje', 'vet ikkje', 'husker ikke',
    'hugsar ikkje', 'hugser ikkje', 'ikke sikker', 'ikkje sikker', 'don t know', 'dont know', 'i don t know', 'i dont know',
    'idk', 'not sure', 'neste', 'next', 'pass', 'jeg vet ikke', 'eg veit ikkje', 'aner ikke', 'no idea', 'hopp over denne',
  ]],
];
const LOOKUP = new Map<string, Command['kind']>(COMMANDS.flatMap(([kind, phrases]) => phrases.map((phrase) => [phrase, kind] as const)));

const POLITE = /^(?:(?:kan du|vil du|can you|please|pls|vennligst)\s+)?(.*?)(?:\s+(?:takk|please|pls|thanks|thank you))?$/;

/** The command a whole message is, or undefined. `words` is normalized text without punctuation (a lone "?" kept). */
export function matchCommand(words: string): Command | undefined {
  if (words.length > 60) return undefined;
  const direct = LOOKUP.get(words);
  if (direct) return { kind: direct };
  const polite = POLITE.exec(words)?.[1];
  const kind = polite === undefined ? undefined : LOOKUP.get(polite);
  return kind ? { kind } : undefined;
}

const LANGUAGES: Readonly<Record<string, Locale>> = {
  bokmål: 'nb', norsk: 'nb', 'norsk bokmål': 'nb', norwegian: 'nb', 'norwegian bokmål': 'nb',
  nynorsk: 'nn', 'norsk nynorsk': 'nn', 'norwegian nynorsk': 'nn',
  english: 'en', engelsk: 'en', 'in english': 'en',
};
/** Words that ask for a language ("snakk", "kan du skrive", "speak"): one of them, "på"/"in" or a please makes a request. */
const LANGUAGE_REQUEST = new Set([
  'språk', 'språket', 'language', 'bytt', 'byt', 'switch', 'change', 'endre', 'skift', 'snakk', 'snakke', 'snakker', 'snakka', 'prat',
  'prate', 'prater', 'skriv', 'skrive', 'skriver', 'svar', 'svare', 'svarer', 'bruk', 'bruke', 'speak', 'talk', 'write', 'answer',
  'reply', 'use', 'få', 'get', 'vil', 'want', 'helst', 'heller', 'rather', 'instead', 'på', 'in', 'takk', 'please',
]);
/** Words that may stand around a language's name in such a request and change nothing. */
const LANGUAGE_FILLER = new Set([
  ...LANGUAGE_REQUEST, 'til', 'to', 'kan', 'kunne', 'du', 'vi', 'me', 'meg', 'med', 'ha', 'jeg', 'eg', 'i', 'set', 'sett', 'gjerne',
  'can', 'could', 'you', 'we', 'us', 'do', 'does', 'with', 'would', 'like', 'pls', 'vennligst', 'tusen', 'thanks',
  // «norsk igjen takk», «back to norwegian please»
  'igjen', 'att', 'again', 'back', 'tilbake',
]);

/**
 * `{ kind: 'set-language' }` for "bokmål", "nynorsk", "english", "språk engelsk", "bytt til nynorsk",
 * and for asking: "kan du snakke norsk?", "snakker du norsk", "på norsk takk", "can you speak english?"
 * ("norsk" alone is bokmål). Every other word must be one of the request's own ("kan", "du", "snakke",
 * "please"), so "jeg snakker ikke norsk" or a question about Norwegian milk is not a request.
 */
export function matchLanguage(words: string): Extract<Intent, { kind: 'set-language' }> | undefined {
  if (words.length > 60) return undefined;
  const whole = LANGUAGES[words];
  if (whole) return { kind: 'set-language', locale: whole };
  const tokens = words.split(' ');
  const named: Locale[] = [];
  const others: string[] = [];
  for (const token of tokens) {
    const locale = LANGUAGES[token];
    if (locale !== undefined) named.push(locale);
    else if (token !== 'norsk') others.push(token);
  }
  if (named.length !== 1 && !(named.length === 2 && tokens.includes('norsk'))) return undefined;
  const locale = named.find((l) => l !== 'nb') ?? named[0];
  if (!locale || !others.every((token) => LANGUAGE_FILLER.has(token))) return undefined;
  // "kan du norsk?", "do you speak english": a question to her helper about the language is a request too.
  // «can we do norwegian», «kan vi ta det på norsk»: the two of them in it
  const asks = (tokens[0] === 'kan' || tokens[0] === 'can' || tokens[0] === 'do') && ['du', 'you', 'vi', 'we', 'me'].includes(tokens[1] ?? '');
  if (tokens.length > 1 && !asks && !tokens.some((token) => LANGUAGE_REQUEST.has(token))) return undefined;
  return { kind: 'set-language', locale };
}
