import type { FeedingMode } from '../src/mother/events';

/**
 * Which line of numbers fits her: only pumping, no breastfeeds at 0 to read as a shortfall; only
 * breastfeeding with nothing expressed, no pumping at 0, as if she had been meant to pump.
 */
export function numbersRow(feedingMode: FeedingMode | undefined, expressed: number): 'numbersPumpOnly' | 'numbersBreastOnly' | 'numbers' {
  if (feedingMode === 'pump') return 'numbersPumpOnly';
  return feedingMode === 'breast' && expressed === 0 ? 'numbersBreastOnly' : 'numbers';
}
