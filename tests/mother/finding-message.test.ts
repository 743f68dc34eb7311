import { findingMessage } from '../../src/mother/finding-message';
import type { Finding, FindingCode } from '../../src/mother/findings';
import { FINDING_SEVERITY } from '../../src/mother/severity';

const found = (code: FindingCode, severity = FINDING_SEVERITY[code]): Finding => ({ code, severity, at: '2026-05-08T10:00:00Z' });
const codesOf = (message: ReturnType<typeof findingMessage>) => message && [message.lead.code, ...message.others.map((f) => f.code)];

describe('the findings of one turn as one message', () => {
  it('is nothing when nothing fired', () => {
    expect(findingMessage([])).toBeUndefined();
  });

  it('leads with the most severe finding, the others after it from more to less severe', () => {
    const message = findingMessage([found('feeds.frequency-low'), found('first-hour.done'), found('activation.watch-72h', 'advice'), found('pump.single')]);
    expect(codesOf(message)).toEqual(['feeds.frequency-low', 'activation.watch-72h', 'pump.single', 'first-hour.done']);
    const contact = findingMessage([found('feeds.frequency-low'), found('stools.low-day4'), found('diapers.none-after-day3')]);
    expect(codesOf(contact)).toEqual(['diapers.none-after-day3', 'stools.low-day4', 'feeds.frequency-low']);
  });

  it.each(['stools.low-day4', 'diapers.none-after-day3'] as const)('leaves praise out of a message whose lead is %s (it would soften the call)', (lead) => {
    expect(codesOf(findingMessage([found('feeds.frequency-ok'), found('activation.stools-ok'), found(lead)]))).toEqual([lead]);
  });

  it.each(['contact', 'urgent'] as const)('leaves the gentle 72 h text out of a message whose lead is %s', (severity) => {
    const lead = severity === 'contact' ? found('stools.low-day4') : found('feeds.none');
    expect(codesOf(findingMessage([found('activation.watch-72h'), lead, found('feeds.frequency-low')]))).toEqual([lead.code, 'feeds.frequency-low']);
  });

  it('leaves the missed first hour out of a message that asks her to make contact (it would read as blame there)', () => {
    expect(codesOf(findingMessage([found('first-hour.missed'), found('activation.delayed-120h')]))).toEqual(['activation.delayed-120h']);
    expect(codesOf(findingMessage([found('first-hour.missed'), found('feeds.frequency-low')]))).toEqual(['first-hour.missed', 'feeds.frequency-low']);
  });

  it('keeps the 72 h text when nothing in the message asks her to make contact', () => {
    expect(codesOf(findingMessage([found('activation.watch-72h'), found('feeds.frequency-low')]))).toEqual(['activation.watch-72h', 'feeds.frequency-low']);
  });

  it('keeps the 72 h text as a line under an advice lead', () => {
    expect(codesOf(findingMessage([found('feeds.frequency-low'), found('activation.watch-72h')]))).toEqual(['feeds.frequency-low', 'activation.watch-72h']);
  });

  it('keeps the order of findings of equal severity', () => {
    expect(codesOf(findingMessage([found('stools.low-day4'), found('diapers.wet-low', 'contact'), found('stools.meconium-day5')]))).toEqual([
      'stools.low-day4',
      'diapers.wet-low',
      'stools.meconium-day5',
    ]);
  });
});
