import { motherIdOf } from '../../src/store/mother-identity';

/** The birth all bench mothers share, and the bot's clock during the timed turns (day 3 of her week). */
export const BIRTH_AT = '2026-11-24T03:10:00+01:00';
export const TURN_CLOCK = '2026-11-26T12:00:00+01:00';

export interface BenchMother {
  userId: string;
  conversationId: string;
  motherId: string;
}

export function benchMother(prefix: string, index: number): BenchMother {
  const userId = `user-${prefix}-${index}`;
  return { userId, conversationId: `conv-${prefix}-${index}`, motherId: motherIdOf({ channelId: 'webchat', from: { id: userId, name: '' } }) };
}

let activityCounter = 0;

/** A Web Chat message activity from her, as the channel would post it (a card submit when content is an object). */
export function activityFrom(mother: BenchMother, serviceUrl: string, content: string | Record<string, unknown>): Record<string, unknown> {
  activityCounter += 1;
  return {
    type: 'message',
    id: `bench-${process.pid}-${activityCounter}`,
    channelId: 'webchat',
    serviceUrl,
    from: { id: mother.userId, name: 'Bench' },
    recipient: { id: 'bot', name: 'bot' },
    conversation: { id: mother.conversationId, conversationType: 'personal' },
    locale: 'nb-NO',
    timestamp: new Date().toISOString(),
    ...(typeof content === 'string' ? { text: content } : { text: '', value: content }),
  };
}

export const onboarding = (feedingMode: 'breast' | 'pump' | 'both' = 'both'): Record<string, unknown> => ({
  action: 'onboard',
  birthAt: BIRTH_AT,
  feedingMode,
  checkInTime: '09:00',
  timezone: 'Europe/Oslo',
  consent: true,
});

/** What a mother sends in her first days, in equal shares: card logs, typed logs, check-in answers, a free question. */
export const TURN_MIX: ReadonlyArray<{ kind: string; content: string | Record<string, unknown> }> = [
  { kind: 'card feed', content: { action: 'log', type: 'feed', side: 'left' } },
  { kind: 'card diaper', content: { action: 'log', type: 'diaper', wet: true, stool: 'transitional' } },
  { kind: 'card pump', content: { action: 'log', type: 'pump', ml: 25, double: true } },
  { kind: 'typed feed', content: 'ammet nå' },
  { kind: 'typed pump', content: 'pumpet 25 ml' },
  { kind: 'typed diaper', content: 'våt bleie' },
  { kind: 'check-in answer', content: { action: 'checkin', feeds: 9, wetDiapers: 5, yellowStools: 3, pumpMl: [22, 25, 30] } },
  { kind: 'free question', content: 'hvordan melker jeg ut for hånd' },
];

/** `count` turns spread over the mothers, each mother in turn, the kinds rotating so every mother gets every kind. */
export function timedTurns(mothers: readonly BenchMother[], serviceUrl: string, count: number, offset: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => {
    const mother = mothers[i % mothers.length]!;
    const kind = TURN_MIX[(i + offset + Math.floor(i / mothers.length)) % TURN_MIX.length]!;
    return activityFrom(mother, serviceUrl, kind.content);
  });
}
