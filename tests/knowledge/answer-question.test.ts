import { answerQuestion, findTopic, TOPIC_IDS } from '../../src/knowledge';
import { hasKey, t } from '../../src/support/i18n';
import { LOCALES } from '../../src/mother/profile';
import { ALSO_KEY, DECLINE_KEY, DID_YOU_MEAN_KEY, topicAnswerKey, topicTitleKey } from '../../src/knowledge/topic-ids';
import { OUTSIDE_SUBJECTS, outsideKey } from '../../src/knowledge/outside-subjects';
import { byNeedForAction } from '../../src/knowledge/topic-priority';

describe('answerQuestion', () => {
  it.each([
    'håndmelking, hvordan gjør jeg det',
    'hvordan melke ut for hånd',
    'hvordan håndmelke',
    'hvordan handmelke',
    'hvordan haandmelke',
    'korleis mjølke ut for hand',
  ])('understands compounds, split forms and spellings: "%s"', (text) => {
    expect(answerQuestion(text).topic).toBe('hand-expression.how');
  });

  it.each(['hva er råmelk', 'hva er kolostrum', 'kva er råmjølk', 'hva er ramelk'])('treats råmelk, kolostrum and råmjølk alike: "%s"', (text) => {
    expect(answerQuestion(text).topic).toBe('colostrum');
  });

  it.each(['kan jeg ringe helsesøster', 'kan jeg ringe helsesykepleier', 'kan jeg ringe helsestasjonen'])('treats helsesøster and helsesykepleier as the helsestasjon: "%s"', (text) => {
    expect(answerQuestion(text).topic).toBe('where-to-get-help');
  });

  it.each(['brystvortene mine er helt oppsprukket', 'brystvorta er sprukket'])('reads cracked nipples, however she spells the crack: "%s"', (text) => {
    expect(answerQuestion(text).topic).toBe('sore-nipples');
  });

  it('tolerates a typo in a long word', () => {
    expect(answerQuestion('hvor lenge holder melk i kjøleskaapet').topic).toBe('milk-storage');
    expect(answerQuestion('hvor lenge holder melk i kjøleksapet').topic).toBe('milk-storage');
  });

  it('declines honestly when no topic fits', () => {
    for (const text of ['hvilken barnevogn er best', 'når er neste fullmåne', '', '???']) {
      expect(answerQuestion(text)).toMatchObject({ topic: null, alternatives: [] });
    }
  });

  it('reports a red flag and still finds the topic', () => {
    const answer = answerQuestion('hun har 38,5 i feber, hvor ofte skal jeg amme');
    expect(answer.urgent).toBe('red-flag.urgent');
    expect(answer.topic).toBe('feeding-frequency');
  });

  it('offers a close second topic when the question fits two', () => {
    const answer = answerQuestion('pumpe');
    expect(answer.topic).not.toBeNull();
    expect(answer.alternatives.length).toBe(1);
    expect(answer.alternatives).not.toContain(answer.topic);
  });

  it('gives a score between 0 and 1, higher for a clear question', () => {
    const clear = answerQuestion('hvor lenge kan morsmelk stå i kjøleskapet');
    const vague = answerQuestion('melk');
    expect(clear.score).toBeGreaterThan(0);
    expect(clear.score).toBeLessThanOrEqual(1);
    expect(clear.score).toBeGreaterThanOrEqual(vague.score);
  });
});

describe('questions close to a topic but outside it', () => {
  it.each([
    ['kan tungebånd gjøre det vondt å amme', 'tongue-tie'],
    ['is it thrush on my nipple', 'thrush'],
    ['hva gjør jeg med brystbetennelse', 'mastitis'],
    ['hvor mye morsmelkerstatning per flaske', 'formula'],
    ['når er vaksinen', 'vaccines'],
    ['kan eg ta ibux og amme', 'medicines'],
    ['trenger jeg antibiotika for mastitt', 'mastitis'],
  ])('"%s" is declined as %s, not answered by the nearest topic', (text, subject) => {
    expect(answerQuestion(text)).toMatchObject({ topic: null, outside: subject });
  });

  it('offers a concern of its own in the same message after the decline', () => {
    expect(answerQuestion('har hun tungebånd? og hvor ofte skal jeg amme')).toMatchObject({ topic: null, outside: 'tongue-tie', offer: 'feeding-frequency' });
  });

  it('does not take «is it safe to» or the tongue alone for a subject outside our topics', () => {
    expect(answerQuestion('er det trygt å ta varme omslag på brystene').topic).toBe('engorgement');
    expect(answerQuestion('where should his tongue be when he latches')).toMatchObject({ outside: null });
    expect(findTopic('where should his tongue be when he latches').guesses).toContain('latch');
  });

  it('lets a topic answer a question that only mentions sleep on the way', () => {
    expect(answerQuestion('hun sovner ved brystet, hvor ofte skal jeg amme').topic).toBe('feeding-frequency');
    expect(answerQuestion('hvor mye skal hun sove')).toMatchObject({ topic: null, outside: 'sleep' });
  });

  it.each(['hvor mye skal han spise om dagen', 'kor mykje skal ho ete no', 'how much should my baby be eating'])(
    'how much the baby should eat, "%s", is whether she gets enough (found in a walk: declined, or sore nipples); formula amounts stay declined',
    (question) => {
      expect(answerQuestion(question).topic).toBe('enough-milk');
      expect(answerQuestion('how much formula should she have')).toMatchObject({ topic: null, outside: 'formula' });
    },
  );
});

describe('two concerns in one message', () => {
  it('answers the one that needs action first and offers the other, whichever comes first in the message', () => {
    for (const text of ['kan jeg fryse melk, og brystvortene mine blør', 'brystvortene mine blør. kan jeg fryse melk']) {
      expect(answerQuestion(text)).toMatchObject({ topic: 'sore-nipples', offer: 'milk-storage', alternatives: [] });
    }
  });

  it('is one concern when both parts are about the same topic', () => {
    expect(answerQuestion('hvor lenge holder melk i kjøleskapet og kan jeg fryse den')).toMatchObject({ topic: 'milk-storage', offer: null });
  });

  it("is one concern when the whole message's topic explains the other clause by its own words", () => {
    expect(answerQuestion('brystene vokste ikke da jeg var gravid, har det noe å si for ammingen')).toMatchObject({ topic: 'breast-changes', offer: null });
    expect(answerQuestion("my breasts didn't grow in pregnancy, can i still make milk")).toMatchObject({ topic: 'breast-changes', offer: null });
  });

  it('keeps a clause with a question word the topic does not hold as a concern of its own', () => {
    expect(answerQuestion('når kommer melken, og hvor ofte skal jeg amme')).toMatchObject({ topic: 'feeding-frequency', offer: 'milk-coming-in' });
  });

  it('leaves a fever to the red-flag check: it names no topic of its own', () => {
    expect(answerQuestion('jeg har feber')).toMatchObject({ topic: null, offer: null });
    expect(answerQuestion('hun har 38,5 i feber, hvor ofte skal jeg amme')).toMatchObject({ topic: 'feeding-frequency', offer: null });
  });

  it('orders every topic by its need for action: pain first, knowing more last', () => {
    const ordered = byNeedForAction(TOPIC_IDS);
    expect([...ordered].sort()).toEqual([...TOPIC_IDS].sort());
    expect(ordered.slice(0, 2)).toEqual(['engorgement', 'sore-nipples']);
    expect(ordered.indexOf('latch')).toBeLessThan(ordered.indexOf('colostrum'));
  });
});

describe('topic texts', () => {
  const HELP = /jordmor|helsestasjon|ammehjelpen|fastlege|legevakt|113/i;

  it.each(LOCALES)('%s has an answer and a title for every topic, each answer pointing to help', (lng) => {
    for (const topic of TOPIC_IDS) {
      expect({ topic, answer: hasKey(lng, topicAnswerKey(topic)), title: hasKey(lng, topicTitleKey(topic)) }).toEqual({ topic, answer: true, title: true });
      const answer = t(lng, topicAnswerKey(topic));
      expect({ topic, pointsToHelp: HELP.test(answer.split('\n').pop() ?? '') }).toEqual({ topic, pointsToHelp: true });
      expect(answer.length).toBeLessThan(600);
    }
    expect(t(lng, DECLINE_KEY)).toMatch(HELP);
    expect(hasKey(lng, DID_YOU_MEAN_KEY)).toBe(true);
    expect(hasKey(lng, ALSO_KEY)).toBe(true);
    for (const subject of OUTSIDE_SUBJECTS) expect({ subject, pointsToHelp: HELP.test(t(lng, outsideKey(subject))) }).toEqual({ subject, pointsToHelp: true });
  });
});

describe('decimal numbers in a message', () => {
  it.each(['she drank 2.5', 'hun drakk 2,5'])('"%s" is not split into a clause that matches a topic by itself', (text) => {
    expect(answerQuestion(text, 'en').topic).toBeNull();
  });
});

describe('collecting expressed drops, in her words', () => {
  it('finds giving colostrum from catching the drops', () => {
    expect(answerQuestion('what is best to catch the drops with').topic).toBe('hand-expression.giving');
  });
});

describe('the time of day is no word of her question', () => {
  it('finds pumping at night when she sets an alarm for it', () => {
    expect(answerQuestion('must i set an alarm for pumping at night or is the daytime fine').topic).toBe('pumping-frequency');
  });
});

describe('what she may expect', () => {
  it('is how much hand expression gives', () => {
    expect(answerQuestion('hva kan jeg forvente å få ut de første dagene når jeg håndmelker').topic).toBe('hand-expression.how-much');
  });
});

describe('a trip is no topic', () => {
  it.each(['how soon can she go on a plane', 'når kan vi lage en plan for ferien'])('declines «%s»', (text) => {
    expect(answerQuestion(text).topic).toBeNull();
  });
});

describe('found in walks: getting the baby to take the breast is the latch, and nynorsk «et» can be eating', () => {
  it.each([
    ['hvordan får jeg ham til å ta brystet ordentlig', 'latch'],
    ['korleis får eg ho til å ta brystet', 'latch'],
    ['how can I get my baby to take the breast', 'latch'],
    ['er det vanleg at han et så ofte', 'feeding-frequency'],
  ])('«%s» is %s', (text, topic) => {
    expect(answerQuestion(text).topic).toBe(topic);
  });
});
