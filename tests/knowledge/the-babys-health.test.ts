import { answerQuestion } from '../../src/knowledge/answer-question';

/**
 * The baby's health outside every topic (jaundice and yellow skin, colic, spitting up, the cord stump, a rash,
 * hiccups, bathing), her own diet and getting her partner to help more: declined honestly, never answered with
 * the nearest topic, whose words («gul», «etter ammingen», «melk», «hjelp») they share.
 */
describe("the baby's health, her diet and her partner's help, outside every topic", () => {
  it.each([
    ['nb', 'huden og øynene hennes er gule, er det gulsott'],
    ['nn', 'han er så gul i huden og augo på dag tre'],
    ['en', 'his skin looks yellow on day 3, is that jaundice'],
    ['nb', 'hun gulper mye etter hver amming, er det normalt'],
    ['en', 'she spits up milk after every feed'],
    ['en', 'he cries every evening for hours, is it colic'],
    ['nb', 'navlestumpen har ikke falt av ennå'],
    ['nn', 'ho har fått utslett i andletet etter amminga'],
    ['en', 'baby keeps hiccuping after feeds'],
    ['nb', 'når kan jeg bade henne første gang'],
    ['nb', 'hva bør jeg spise for å få mer melk'],
    ['nn', 'kva bør eg ete når eg ammar'],
    ['nb', 'hvordan bader jeg en nyfødt'],
    ['en', 'how do i get my husband to help more with night feeds'],
    ['nn', 'korleis kan eg få sambuaren min til å gjere meir'],
  ] as const)('%s: "%s" is declined', (locale, text) => {
    expect(answerQuestion(text, locale)).toMatchObject({ topic: null });
  });

  it('leaves yellow stools, gulping at the breast and «både» to their topics', () => {
    expect(answerQuestion('bæsjen er gul og grynete, er det normalt').topic).toBe('diapers');
    expect(answerQuestion('er det lurt å bruke både hånd og pumpe').topic).toBe('hand-expression.vs-pump');
    expect(answerQuestion('i can hear her gulping and swallowing at the breast, is that a good latch').topic).toBe('latch');
    // How much she eats: read by the example questions as how often she feeds (0.83, over the rules' whether she gets enough).
    expect(answerQuestion('hvor mye skal hun spise')).toMatchObject({ topic: 'feeding-frequency', outside: null });
    expect(answerQuestion('oh no, please help, how often should i pump').topic).toBe('pumping-frequency');
    expect(answerQuestion('kan pappa gi råmelken med sprøyte').topic).toBe('hand-expression.giving');
  });
});
