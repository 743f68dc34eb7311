import type { TurnContext } from 'botbuilder';
import pino from 'pino';
import { createTurnErrorHandler, localeOf } from '../../src/edge/bot';
import { NO_TELEMETRY } from '../../src/telemetry/telemetry';

/** A turn context as odd as a hostile activity can make it. */
function contextWith(activity: Record<string, unknown>, sendActivity: () => Promise<unknown>, turnState = new Map<unknown, unknown>()): TurnContext {
  return { activity, turnState, sendActivity } as unknown as TurnContext;
}

describe('the turn error handler', () => {
  const logger = pino({ level: 'silent' });

  it.each([5, true, {}, [], null])('answers in the default language when the locale is %p', async (locale) => {
    const sent: Array<{ locale?: string; text?: string }> = [];
    const handler = createTurnErrorHandler(logger, 'nb', NO_TELEMETRY);
    await handler(contextWith({ locale }, async (activity?: unknown) => sent.push(activity as { locale?: string })), new Error('boom'));
    expect(sent).toEqual([expect.objectContaining({ locale: 'nb', text: expect.stringMatching(/[0-9a-f]{8}/) })]);
  });

  it('never throws: not when the apology cannot be sent, not when logging or telemetry fails, not for a thrown non-error', async () => {
    const failingTelemetry = {
      ...NO_TELEMETRY,
      turn: () => {
        throw new Error('telemetry down');
      },
    };
    const failingLogger = {
      error: () => {
        throw new Error('log down');
      },
    } as unknown as typeof logger;
    const refused = () => Promise.reject(new Error('channel down'));
    await expect(createTurnErrorHandler(logger, 'nb', NO_TELEMETRY)(contextWith({ locale: {} }, refused), new Error('boom'))).resolves.toBeUndefined();
    await expect(createTurnErrorHandler(logger, 'nb', failingTelemetry)(contextWith({}, refused), 'a string')).resolves.toBeUndefined();
    await expect(createTurnErrorHandler(failingLogger, 'nb', NO_TELEMETRY)(contextWith({}, refused), undefined)).resolves.toBeUndefined();
    await expect(createTurnErrorHandler(logger, 'nb', NO_TELEMETRY)({ activity: undefined, turnState: undefined } as unknown as TurnContext, new Error('boom'))).resolves.toBeUndefined();
  });
});

describe('localeOf', () => {
  it.each([
    ['nb-NO', 'nb'],
    ['nn', 'nn'],
    ['en-US', 'en'],
    ['de-DE', undefined],
    [5, undefined],
    [{}, undefined],
    [[], undefined],
    [null, undefined],
  ])('reads %p as %p', (raw, locale) => expect(localeOf(raw)).toBe(locale));
});
