import { checkinDue, handleTurn } from '../../dialogs/handle-turn';
import type { Locale } from '../../src/mother/profile';
import { render } from '../../src/edge/render';
import type { MotherDocument } from '../../src/store/mother-document';
import { runTurns } from './support/run-turns';
import { ctx, say, tap } from './support/turn-inputs';
import { openDialog } from './support/open-dialog';

/** "hvilken side sist?": the side of her last breastfeed logged with a side, from her own log, in her clock. */

const BIRTH = '2026-11-24T02:10:00.000Z';
/** 15:00 in Oslo on day 3. */
const NOW = '2026-11-26T14:00:00.000Z';

function onboarded(locale: Locale): MotherDocument {
  const onboard = tap({ action: 'onboard', birthAt: BIRTH, feedingMode: 'both', checkInTime: '09:00', timezone: 'Europe/Oslo', consent: true, firstHour: 'yes', locale });
  const doc = runTurns(undefined, [onboard], ctx(BIRTH, locale)).doc!;
  return { ...doc, locale };
}

function logFeed(doc: MotherDocument, at: string, side?: string): MotherDocument {
  return runTurns(doc, [tap({ action: 'log', type: 'feed', at, ...(side ? { side } : {}) })], ctx(at, doc.locale)).doc!;
}

function ask(doc: MotherDocument, words: string): { text: string; after: MotherDocument } {
  const outcome = handleTurn(doc, say(words), ctx(NOW, doc.locale));
  return { text: render(outcome.replies, outcome.locale).map((a) => a.text).join('\n\n'), after: (outcome.doc ?? doc) as MotherDocument };
}

const CASES: Array<{ locale: Locale; ask: string[]; left: RegExp; right: RegExp; withoutSide: RegExp; none: RegExp }> = [
  { locale: 'nb', ask: ['hvilken side sist?', 'Hvilket bryst sist', 'siste side'], left: /venstre bryst \(kl\. 11\.30\)/, right: /høyre bryst \(i går kl\. 23\.05\)/, withoutSide: /Ammingen kl\. 13\.00 er ført uten side/, none: /ingen amming med side/ },
  { locale: 'nn', ask: ['kva side sist?', 'kva side'], left: /venstre bryst \(kl\. 11\.30\)/, right: /høgre bryst \(i går kl\. 23\.05\)/, withoutSide: /Amminga kl\. 13\.00 er ført utan side/, none: /inga amming med side/ },
  { locale: 'en', ask: ['last side?', 'which side last', 'Which breast?'], left: /left breast \(at 11:30\)/, right: /right breast \(yesterday at 23:05\)/, withoutSide: /feed at 13:00 was logged without a side/, none: /no breastfeed with a side/ },
];

describe.each(CASES)('last side ($locale)', ({ locale, ask: phrasings, left, right, withoutSide, none }) => {
  const yesterday2305 = '2026-11-25T22:05:00.000Z';
  const today1130 = '2026-11-26T10:30:00.000Z';
  const today1300 = '2026-11-26T12:00:00.000Z';

  it.each(phrasings)('"%s" names the side of the latest feed with a side, and when', (words) => {
    const doc = logFeed(logFeed(onboarded(locale), yesterday2305, 'right'), today1130, 'left');
    const { text, after } = ask(doc, words);
    expect(text).toMatch(left);
    expect(text).not.toMatch(right);
    expect(after.events).toEqual(doc.events);
  });

  it('an older side stays the answer, and a later feed logged without a side is named', () => {
    const doc = logFeed(logFeed(onboarded(locale), yesterday2305, 'right'), today1300);
    const { text } = ask(doc, phrasings[0]!);
    expect(text).toMatch(right);
    expect(text).toMatch(withoutSide);
  });

  it('with no side logged, she is told how to log one', () => {
    expect(ask(logFeed(onboarded(locale), today1300), phrasings[0]!).text).toMatch(none);
  });
});

describe('asked in the middle of the check-in', () => {
  it('is answered, and the check-in goes on at the question it had reached', () => {
    const doc = checkinDue(logFeed(onboarded('nb'), '2026-11-26T10:30:00.000Z', 'left'), NOW).doc;
    expect(openDialog(doc)?.step).toBe('feeds');
    const { text, after } = ask(doc, 'hvilken side sist');
    expect(text).toMatch(/venstre bryst \(kl\. 11\.30\)/);
    expect(text).toMatch(/Hvor mange ganger har du ammet/);
    expect(openDialog(after)).toMatchObject({ name: 'checkin', step: 'feeds' });
  });
});
