import { answerQuestion } from '../../src/knowledge/answer-question';

/** A subject close to a topic, described rather than named, is declined by its name, never answered with the nearest topic. */
describe('a near-scope subject described in everyday words', () => {
  it.each([
    ['en', 'there is white stuff on his tongue that will not wipe off', 'thrush'],
    ['en', 'my nipples are itchy and shiny after feeds', 'thrush'],
    ['nb', 'hun har hvitt i munnen, hva er det', 'thrush'],
    ['en', 'can i take allergy tablets when breastfeeding', 'medicines'],
    ['nb', 'kan jeg ta noe mot hodepine når jeg ammer', 'medicines'],
    ['en', 'the midwife said his frenulum is short, does it need snipping', 'tongue-tie'],
    ['nb', 'når får han sprøytene på helsestasjonen', 'vaccines'],
    ['en', 'is aptamil ok to top her up with', 'formula'],
    ['en', 'should i swaddle her for the night', 'sleep'],
  ] as const)('%s: "%s" is declined as %s', (locale, text, subject) => {
    expect(answerQuestion(text, locale)).toMatchObject({ topic: null, outside: subject });
  });

  it('leaves buying a pump to the pump, and a white nipple after a feed to the latch', () => {
    expect(answerQuestion('should i buy a pump or just use my hands').topic).toBe('hand-expression.vs-pump');
    expect(answerQuestion('hvordan gir jeg råmelken med sprøyte').topic).toBe('hand-expression.giving');
  });

  it.each([
    ['nb', 'tungespissen hans er formet som et hjerte, er det farlig', 'tongue-tie'],
    ['nb', 'hun klarer ikke å stikke ut tunga', 'tongue-tie'],
    ['nn', 'tunga hennar er så stram under at ho ikkje når ut', 'tongue-tie'],
    ['en', 'his tongue has a notch at the tip and wont lift up to the roof of his mouth', 'tongue-tie'],
    ['nb', 'kjenner en rød klump i brystet, hva gjør jeg', 'mastitis'],
    ['nn', 'eg har ein klump i brystet som er raud, korleis behandle det', 'mastitis'],
    ['en', 'there is a red lump in my left breast, what treatment do i need', 'mastitis'],
    ['nb', 'hvilke stikk skal hun ha på helsestasjonen', 'vaccines'],
    ['nn', 'kva stikk får ho ved seks veker', 'vaccines'],
    ['en', 'how much of the tinned milk do i give', 'formula'],
    ['en', 'is the ready made stuff ok for night feeds', 'formula'],
    ['en', 'he screams when i put him down in his cot after a feed', 'sleep'],
    ['nn', 'ho vaknar med ein gong eg legg ho ned i vogga', 'sleep'],
    ['en', 'my nipples burn and itch after every feed, and she has white in her mouth', 'thrush'],
    ['nn', 'han får ikkje tunga ut over tannkjøtet', 'tongue-tie'],
    ['nb', 'er det trygt å ta noe for smertene etter keisersnittet når jeg ammer', 'medicines'],
    ['en', 'can i take anything for the pain after my stitches while nursing', 'medicines'],
    ['nn', 'kva sprøyter får ho på helsestasjonen', 'vaccines'],
  ] as const)('%s: "%s", described by its signs, is declined as %s', (locale, text, subject) => {
    expect(answerQuestion(text, locale)).toMatchObject({ topic: null, outside: subject });
  });

  it('leaves the tongue alone, a lump as the milk comes in, a stabbing pain and thawing to their topics', () => {
    expect(answerQuestion('brystene er tunge og faste, og det har vart kort tid').outside).toBeNull();
    expect(answerQuestion('kjenner klumper i brystene nå som melken har kommet').topic).toBe('milk-coming-in');
    expect(answerQuestion('jeg får stikk i brystet når hun tar tak').outside).toBeNull();
    expect(answerQuestion('tin melken i kjøleskapet over natta').topic).toBe('milk-storage');
    expect(answerQuestion('hun sovner ved brystet, får hun nok da').topic).toBe('enough-milk');
    expect(answerQuestion('hvilke sprøyter er best til å gi råmelken').topic).toBe('hand-expression.giving');
  });
});
