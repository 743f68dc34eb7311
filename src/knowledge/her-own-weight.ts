import { foldWord } from '../language/fold-text';
import { wordsOf } from './analyzer';

/**
 * Her own weight and diet after the birth («lose the baby weight», «slanke meg», «kalorier»): no topic covers
 * them (TOPICS.md), and their words («vekt», «lose weight», «gå ned») are the baby's weight topic's. Such a
 * question is declined honestly, never answered with how much a newborn loses.
 */
const DIET_WORDS = ['diet', 'diets', 'dieting', 'dietting', 'slanke', 'slanker', 'slanking', 'slankekur', 'slankekurar', 'slankekurer'].map(foldWord);
const DIET_PREFIXES = ['kalori', 'calori'];

/** «lose the baby weight», «shift my pregnancy weight», «I want to lose weight», «how can I lose weight». */
const HER_WEIGHT =
  /\b(?:lose|losing|lost|shed|shedding|shift|drop|dropping|get\s+rid\s+of)\s+(?:the\s+|my\s+|this\s+|all\s+(?:the\s+|my\s+)?|that\s+)?(?:baby|pregnancy|post\s*-?\s*partum|extra)\s+(?:weight|pounds|lbs|kilos|stone)\b|\b(?:weight|kilos|pounds)\s+i\s+(?:put|gained)\s+on\b|\b(?:i\s+(?:want|need|have|would\s+like|wanna|gotta|am\s+trying|m\s+trying|'m\s+trying|try)\s+(?:to\s+)?|(?:can|could|should|do|will)\s+i\s+)lose\s+(?:some\s+|the\s+)?weight\b/iu;
/** «jeg vil gå ned i vekt», «korleis kan eg gå ned i vekt», «kiloene jeg la på meg», «eg har lagt på meg». */
const HER_WEIGHT_NB =
  /\b(?:(?:jeg|eg)\s+(?:vil|skal|må|ønsker|prøver|prøvar|kan|burde|bør|vil\s+gjerne)\s+(?:å\s+)?|(?:kan|skal|bør|må|burde)\s+(?:jeg|eg)\s+)(?:gå|komme|kome)\s+ned\s+(?:\p{L}+\s+){0,2}?(?:vekt|kilo|kiloa|kiloene|kiloane)\b|\b(?:kiloene|kiloane|kiloa|kilo|vekta|vekten)\s+(?:jeg|eg)\s+(?:la|har\s+lagt|la\s+på|gikk\s+opp|gjekk\s+opp)|\b(?:jeg|eg)\s+(?:har\s+)?(?:lagt|la)\s+på\s+meg\b/iu;

/** The question is about her own weight or diet. */
export function asksAboutHerOwnWeight(text: string): boolean {
  const words = wordsOf(text).map(foldWord);
  if (words.some((word) => DIET_WORDS.includes(word) || DIET_PREFIXES.some((prefix) => word.startsWith(prefix)))) return true;
  return HER_WEIGHT.test(text) || HER_WEIGHT_NB.test(text);
}
