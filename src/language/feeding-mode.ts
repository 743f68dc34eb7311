import type { FeedingMode } from '../mother/events';

const MODE_NUMBERS: Record<string, FeedingMode> = { '1': 'breast', '2': 'pump', '3': 'both' };
const BOTH = /\b(begge|both|både og|baade og)\b/;
const PUMP = /\bpump\w*/;
const BREAST = /\b(amm\w*|breast\w*|pupp\w*)/;
/** "pumper fordi amming ikke går": a feed word said not to work is no breastfeeding. */
const NOT = /\b(ikke|ikkje|not|cannot|cant|uten|utan|without)\b/;

/** How she feeds, in her words: «ammer», «pumper bare», «begge», or 1-3 for the buttons' order. */
export function readMode(message: string): FeedingMode | undefined {
  const folded = message.toLowerCase().trim();
  const pump = PUMP.test(folded);
  const breast = BREAST.test(folded);
  if (BOTH.test(folded) || (pump && breast && !NOT.test(folded))) return 'both';
  if (pump) return 'pump';
  // «ammer ikke», «not breastfeeding»: not how she feeds, and no other way named: asked again
  if (breast) return NOT.test(folded) ? undefined : 'breast';
  return MODE_NUMBERS[folded];
}

/** «endre til bare pumping», «jeg pumper bare nå», «i've switched to exclusively pumping»: how she feeds has changed. */
const CHANGED = /\b(endre|endra|bytt|byt|bytte|skift|skifte|switch|switched|change|changed|går over til|gått over til|gått over|over til|mente|meinte|meant)\b/;
const ONLY = /\b(bare|kun|berre|only|exclusively|just)\b/;
/** «jeg pumper bare nå», not «hun vil bare amme» (the baby, feeding often): an «only» counts when she says it of herself. */
const HERSELF = /\b(jeg|eg|vi|me|i|we|im|i m|ive|i ve)\b/;

/** A change of how she feeds, said once onboarded; undefined when her words log something or say no change. */
export function readModeChange(message: string): FeedingMode | undefined {
  const folded = message.toLowerCase().trim();
  if (/\d/.test(folded) || !(CHANGED.test(folded) || (ONLY.test(folded) && HERSELF.test(folded.replace(/[’']/g, ' '))))) return undefined;
  // «pumpet bare litt»: a log in the past; a change is said in the present («pumper», «ammar») or named («pumping»)
  if (/\b(pumpet|pumpa|ammet|amma|pumped|fed|breastfed)\b/.test(folded) && !CHANGED.test(folded)) return undefined;
  return readMode(folded);
}
