import { adaptiveCard, paragraph, type AdaptiveCard } from '../cards/adaptive-card';
import type { WeekChartText } from './week-chart-text';

/**
 * Her week as a card: the sentence, then the picture inline (a data URI) with its alt text. A card
 * carries the alt text to a screen reader in Teams and Web Chat alike, where a bare image attachment
 * has only a file name.
 */
export function weekCard(png: Buffer, words: WeekChartText): AdaptiveCard {
  return adaptiveCard([paragraph(words.sentence), { type: 'Image', url: `data:image/png;base64,${png.toString('base64')}`, altText: words.alt, size: 'Stretch' }]);
}
