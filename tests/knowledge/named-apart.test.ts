import { itTellsEach } from './support/answers-per-language';

/**
 * Subjects outside our topics named with the compound written apart or in her own words: an inflammation or
 * infection in the breast is mastitis («betennelse i brystet», «breast infection»), the baby in her own bed is
 * sleep («our bed», «dobbeltsengen»). Each is declined by its name, never answered with engorgement or pumping.
 */
describe('subjects named apart', () => {
  itTellsEach({
    nb: [
      ['kan jeg amme med betennelse i brystet', { declined: 'mastitis' }],
      ['hun ligger i dobbeltsengen hos oss hele natta, går det an', { declined: 'sleep' }],
      ['brystene er harde og varme, hva gjør jeg', 'engorgement'],
    ],
    nn: [['eg har betennelse i brystet, kva gjer eg', { declined: 'mastitis' }]],
    en: [
      ['I think I have a breast infection, can I keep feeding', { declined: 'mastitis' }],
      ['she ends up in our bed every night, is that ok', { declined: 'sleep' }],
      ['how often should I feed at night', 'feeding-frequency'],
    ],
  });
});
