import { itTellsEach } from './support/answers-per-language';

/**
 * What reaches the baby's tummy («havner det noe i magen», «magen blir full», «her tummy is full»), what she drinks
 * at the breast («hva hun drikker»), and whether it is enough («om det holder») ask whether the baby gets enough:
 * the tummy is no skin to skin on her tummy, and «holder» here keeps no milk.
 */
describe('what reaches her tummy', () => {
  itTellsEach({
    nb: [
      ['hvordan ser jeg at det havner noe i magen når hun dier', 'enough-milk'],
      ['er magen hennes fylt etter ammingen', 'enough-milk'],
      ['vi vet ikke hva hun drikker ved brystet', 'enough-milk'],
      ['hvordan vet jeg om det holder, det jeg har av melk', 'enough-milk'],
      ['hvor lenge holder melka seg i kjøleskapet', 'milk-storage'],
    ],
    nn: [['korleis veit eg at magen hans blir full', 'enough-milk']],
    en: [
      ['how do I know her tummy is full after a feed', 'enough-milk'],
      ['how long can milk stay in the fridge once it goes in', 'milk-storage'],
    ],
  });
});
