import { detectRedFlag } from '../../src/language/red-flags';

/**
 * TOPICS.md engorgement: hard, painful breasts are a topic, but with her fever (or a red painful
 * area and fever) they are the red-flag rule's, answered before any topic (RULES.md red-flag.urgent).
 */
describe('engorgement and the red-flag check', () => {
  it.each([
    'brystene er harde og vonde og jeg har feber',
    'brystspreng, og jeg har 38,2',
    'jeg har feber og brystene er hovne og stramme',
    'brystet er hardt, rødt og vondt og jeg har fått feber',
    'brysta er harde og vonde og eg har feber',
    'my breasts are engorged and i have a fever',
    'i have a temperature of 38.4 and my breasts are hard and sore',
  ])('"%s" is urgent', (text) => {
    expect(detectRedFlag(text)).toBe('red-flag.urgent');
  });

  it.each([
    'brystene er harde og vonde',
    'brystspreng, hva gjør jeg',
    'jeg har ikke feber, men brystene er harde og vonde',
    'brystene er harde og vonde, ingen feber',
    'my breasts are engorged, no fever',
    'er feber vanlig ved brystspreng?',
  ])('"%s" is not: no fever of hers is said to be there', (text) => {
    expect(detectRedFlag(text)).toBeNull();
  });
});
