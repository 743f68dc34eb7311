import type { Intent } from './intent';
import { eventTypeOfWord } from './log-parser';
import { longestPhraseAt, matchesAt, type Token } from './tokens';
import { phrases } from './phrases';

const HOW_MANY = phrases(['hvor mange', 'hvor mye', 'kor mange', 'kor mykje', 'how many', 'how much']);
/** Her own log, said: «har jeg», «har hun», «did I», or a span of time she logged in («i dag», «so far»). */
const HERS = phrases([
  'har jeg', 'har eg', 'har vi', 'har me', 'har hun', 'har ho', 'har han', 'jeg har', 'eg har', 'vi har', 'me har', 'hun har', 'ho har', 'han har',
  'have i', 'have we', 'did i', 'did we', 'has she', 'has he', 'i have', 'we have', 'she has', 'he has', 'i ve', 'we ve',
  'i dag', 'i natt', 'i går', 'siste døgn', 'siste døgnet', 'siste døgeret', 'hittil', 'til nå', 'til no', 'so far', 'today', 'tonight', 'last night', 'yesterday',
]);

/** «skal», «bør», «should», «normalt»: she asks what it ought to be, which a topic answers. */
const OUGHT = new Set(['skal', 'ska', 'bør', 'burde', 'må', 'should', 'must', 'need', 'ought', 'normalt', 'normal', 'vanlig', 'vanleg']);

/**
 * «hvor mange ganger har jeg ammet i dag?», «hvor mye har jeg pumpet?», «how many wet diapers today?»:
 * a question about what she has logged, answered with her numbers (status), not with a topic's advice.
 * «hvor mange ganger skal jeg amme?» and «hvor mange våte bleier skal hun ha i dag?» ask what it ought
 * to be, and stay questions.
 */
export function readOwnLogQuestion(tokens: readonly Token[]): Extract<Intent, { kind: 'status' }> | undefined {
  if (longestPhraseAt(tokens, 0, HOW_MANY) === 0 || tokens.some((token) => OUGHT.has(token.text))) return undefined;
  const hers = tokens.some((_, at) => HERS.some((phrase) => matchesAt(tokens, at, phrase)));
  const namesLog = tokens.some((_, at) => eventTypeOfWord(tokens, at) !== undefined);
  return hers && namesLog ? { kind: 'status' } : undefined;
}

const WHEN = phrases([
  'når', 'kva tid', 'hvilken tid', 'hvor lenge siden', 'hvor lenge er det siden', 'kor lenge sidan', 'kor lenge er det sidan',
  'when', 'what time', 'how long ago', 'how long since', 'how long is it since', 'how long has it been since',
]);
const LAST = new Set(['sist', 'siste', 'forrige', 'førre', 'last', 'latest', 'previous']);

/**
 * «når ammet jeg sist?», «hvor lenge siden siste bleie?», «when did I last pump?»: when her last log of
 * that kind was. «når skal jeg amme?» asks what it ought to be, and stays a question.
 */
export function readLastLogQuestion(tokens: readonly Token[]): Extract<Intent, { kind: 'last-log' }> | undefined {
  if (longestPhraseAt(tokens, 0, WHEN) === 0 || tokens.some((token) => OUGHT.has(token.text)) || !tokens.some((token) => LAST.has(token.text))) return undefined;
  const named = new Set(tokens.map((_, at) => eventTypeOfWord(tokens, at)).filter((type) => type !== undefined));
  const [type] = named;
  return named.size === 1 && type ? { kind: 'last-log', type } : undefined;
}
