import { definedTopic } from '../../src/knowledge/definition-question';

describe('definedTopic', () => {
  it.each([
    ['hva er brystspreng', 'engorgement'],
    ['kva er eit godt sugetak', 'latch'],
    ['what is colostrum exactly', 'colostrum'],
    ['whats engorgement', 'engorgement'],
    ['hva betyr råmelk', 'colostrum'],
  ])('"%s" asks what %s is', (clause, topic) => {
    expect(definedTopic(clause)).toBe(topic);
  });

  it.each(['hvorfor kommer det råmelk', 'hva er vanlig å få ut', 'what is the best way to store milk', 'hva er'])('"%s" asks no definition of a topic', (clause) => {
    expect(definedTopic(clause)).toBeUndefined();
  });
});
