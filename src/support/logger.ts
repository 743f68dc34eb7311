import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Structured JSON logs. What may appear: ids (hashed mother id, request id, activity id),
 * codes, counts of things, durations, HTTP status. Never message text, names or health data:
 * call sites pass only such fields, and the redaction below is a second fence.
 */
export function createLogger(level = 'info', destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'lactation-companion' },
    redact: {
      paths: ['text', '*.text', 'value', '*.value', 'from.name', '*.from.name', 'attachments', '*.attachments', 'body', '*.body', 'authorization', '*.authorization', 'headers.authorization'],
      censor: '[redacted]',
    },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * Where the bot logic leaves what the request log line should say about a turn (ids, counts,
 * flags), so that a message costs one log line rather than two.
 */
export const TURN_LOG_FIELDS = Symbol('turn log fields');
export type TurnLogFields = Record<string, string | number | boolean | undefined>;

export type { Logger };
