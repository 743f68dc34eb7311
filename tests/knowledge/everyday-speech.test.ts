import { answerQuestion } from '../../src/knowledge/answer-question';

/** Words of speech that no topic needs, and turns of phrase that carry a topic's meaning in other words. */
describe('a question told in everyday speech', () => {
  it.each([
    // little words of chat count neither for nor against a topic
    ['en', 'omg my boobs hardly changed at all while pregnant lol', 'breast-changes'],
    ['en', 'is it worthwhile learning to express with my own hands', 'hand-expression.why'],
    ['nb', 'er det verdt å lære å melke ut for hånd', 'hand-expression.why'],
    ['nb', 'fikk 3 ml til sammen med håndmelking, er det normalt', 'hand-expression.how-much'],
    ['nb', 'hvor ofte må jeg koble meg til pumpa', 'pumping-frequency'],
    ['en', 'how often do i have to hook up to the pump overnight', 'pumping-frequency'],
    // milk made over time is milk, and a sign is any topic's
    ['en', 'what are the signs my supply has come in', 'milk-coming-in'],
    ['nb', 'hvilke tegn viser at melkeproduksjonen har kommet i gang', 'milk-coming-in'],
    // the colour of colostrum said as gold
    ['en', 'is the golden sticky stuff i get out the first milk', 'colostrum'],
  ] as const)('%s: "%s" is %s', (locale, text, topic) => {
    expect(answerQuestion(text, locale).topic).toBe(topic);
  });

  it.each([
    // who told her is not whom she asks for help
    ['en', 'the health visitor told me to learn hand expressing but why', 'hand-expression.why'],
    ['nb', 'jordmora sa jeg må håndmelke, men hvorfor det', 'hand-expression.why'],
    // lying at the breast, being on: feeding
    ['nb', 'hun vil ligge på brystet hele tiden, hvor ofte er normalt', 'feeding-frequency'],
    ['en', 'shes on every hour, how often should a newborn feed', 'feeding-frequency'],
    // going hungry is whether she gets enough, not a sign that she wants a feed
    ['en', 'how can i tell he isnt going hungry on breastmilk alone', 'enough-milk'],
    ['nn', 'korleis veit eg at ho ikkje går svolten', 'enough-milk'],
    // a birth minutes ago is the first hour
    ['en', 'he was born ten minutes ago, should he be naked on me', 'first-hour'],
    ['nb', 'hun ble født for en halvtime siden, skal hun ligge naken på meg', 'first-hour'],
    // put to the breast is the latch
    ['nb', 'hvordan ser jeg at hun er lagt godt til', 'latch'],
    // a stinging pain, in English (the Norwegian «sting» are stitches)
    ['en', 'my nipple stings every time he feeds', 'sore-nipples'],
    // whom she may ask
    ['nn', 'kven kan eg spørje når amminga er vanskeleg', 'where-to-get-help'],
    ['en', 'who should i ask about breastfeeding', 'where-to-get-help'],
    // nynorsk little words, and halves
    ['nn', 'eg fekk berre nokre dropar når eg mjølka ut, er det normalt', 'hand-expression.how-much'],
    ['en', 'only got half a ml when i expressed, is that normal', 'hand-expression.how-much'],
    // torn skin is cracked
    ['nb', 'brystvorta har revnet helt', 'sore-nipples'],
    // a position at the breast and a good grip are the latch; soft breasts on day 3 are no engorgement
    ['nb', 'hvilken stilling er best for at han skal få godt tak', 'latch'],
    ['en', 'is my milk in yet, how can i tell', 'milk-coming-in'],
    ['en', 'there is a clicking sound every time she feeds', 'latch'],
    // a drop in weight is no drop of milk
    ['en', 'how much weight is it normal for them to drop', 'baby-weight'],
    // skin to skin, said by where the baby lies
    ['en', 'why put her on my belly straight after birth', 'first-hour'],
  ] as const)('%s: "%s" is %s', (locale, text, topic) => {
    expect(answerQuestion(text, locale).topic).toBe(topic);
  });
});
