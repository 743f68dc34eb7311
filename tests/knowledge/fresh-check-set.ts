import type { Locale } from '../../src/mother/profile';
import type { ExpectedTopic, NearScopeSubject } from './evaluation-set';

/**
 * A second, small held-out set, written after the retrieval was tuned on evaluation-set.ts and never
 * tuned on: it tells how much of the tuning carries over to questions the tuning never saw.
 * bench/knowledge.ts reports it apart; no test asserts it, so that nobody tunes on it.
 */
export interface FreshQuestion {
  locale: Locale;
  text: string;
  /** The topic that answers it first, or the subject it must be declined as (null: declined plainly). */
  expected: { topic: ExpectedTopic; offer?: ExpectedTopic } | { outside: NearScopeSubject | null };
}

export const FRESH_CHECK: FreshQuestion[] = [
  { locale: 'nb', text: 'hvorfor får jeg sår på brystvortene', expected: { topic: 'sore-nipples' } },
  { locale: 'nb', text: 'kan jeg bruke noe på sprukne vorter', expected: { topic: 'sore-nipples' } },
  { locale: 'nb', text: 'det er blod i melken fra den sprukne brystvorten', expected: { topic: 'sore-nipples' } },
  { locale: 'nb', text: 'brystene er stappfulle og verker', expected: { topic: 'engorgement' } },
  { locale: 'nb', text: 'brystene spenner og er glovarme', expected: { topic: 'engorgement' } },
  { locale: 'nb', text: 'varme eller kulde mot brystspreng', expected: { topic: 'engorgement' } },
  { locale: 'nb', text: 'hvordan legger jeg babyen til så hun får med seg mer av brystet', expected: { topic: 'latch' } },
  { locale: 'nb', text: 'hun åpner ikke munnen stort nok når hun skal die', expected: { topic: 'latch' } },
  { locale: 'nb', text: 'er 8 prosent vekttap normalt', expected: { topic: 'baby-weight' } },
  { locale: 'nb', text: 'hun har ikke tatt igjen fødselsvekten etter en uke', expected: { topic: 'baby-weight' } },
  { locale: 'nb', text: 'hvor mye vekt mister nyfødte', expected: { topic: 'baby-weight' } },
  { locale: 'nb', text: 'hvor lenge holder tint morsmelk', expected: { topic: 'milk-storage' } },
  { locale: 'nb', text: 'kan jeg gi råmelken med en liten kopp', expected: { topic: 'hand-expression.giving' } },
  { locale: 'nb', text: 'er gul bæsj på dag 4 bra', expected: { topic: 'diapers' } },
  { locale: 'nn', text: 'brystvortene mine har sprekker', expected: { topic: 'sore-nipples' } },
  { locale: 'nn', text: 'brysta er steinharde', expected: { topic: 'engorgement' } },
  { locale: 'nn', text: 'kva er godt sugetak', expected: { topic: 'latch' } },
  { locale: 'nn', text: 'ho har gått ned 250 gram', expected: { topic: 'baby-weight' } },
  { locale: 'en', text: 'my nipples are raw and cracked', expected: { topic: 'sore-nipples' } },
  { locale: 'en', text: 'my breasts feel swollen and hard', expected: { topic: 'engorgement' } },
  { locale: 'en', text: 'is her latch ok', expected: { topic: 'latch' } },
  { locale: 'en', text: 'how many grams is normal to lose', expected: { topic: 'baby-weight' } },
  { locale: 'nb', text: 'skal jeg få tungebåndet klipt', expected: { outside: 'tongue-tie' } },
  { locale: 'nb', text: 'hva gjør legen med mastitt', expected: { outside: 'mastitis' } },
  { locale: 'nb', text: 'kan jeg ta allergimedisin og amme', expected: { outside: 'medicines' } },
  { locale: 'nb', text: 'hvor mange flasker erstatning i døgnet', expected: { outside: 'formula' } },
  { locale: 'nb', text: 'når sover nyfødte gjennom natta', expected: { outside: 'sleep' } },
  { locale: 'nb', text: 'får hun vaksine på helsestasjonen', expected: { outside: 'vaccines' } },
  { locale: 'nn', text: 'kan eg ta ibux', expected: { outside: 'medicines' } },
  { locale: 'en', text: 'can i drink coffee while breastfeeding', expected: { outside: null } },
  { locale: 'nb', text: 'brystene er sprengfulle, og når blir bæsjen gul', expected: { topic: 'engorgement', offer: 'diapers' } },
  { locale: 'en', text: 'sore nipples and what is colostrum', expected: { topic: 'sore-nipples', offer: 'colostrum' } },
  { locale: 'nn', text: 'korleis får ho godt sugetak, og kva er barnebek', expected: { topic: 'latch', offer: 'diapers' } },
];
