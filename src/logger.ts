import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs. What may appear: ids (hashed mother id, request id, activity id),
 * codes, counts of things, durations, HTTP status. Never message text, names or health data:
 * call sites pass only such fields, and the redaction below is a second fence.
 */
export function createLogger(level = 'info'): Logger {
  return pino({
    level,
    base: { service: 'lactation-companion' },
    redact: {
      paths: ['text', '*.text', 'value', '*.value', 'from.name', '*.from.name', 'attachments', '*.attachments', 'body', '*.body', 'authorization', '*.authorization', 'headers.authorization'],
      censor: '[redacted]',
    },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

export type { Logger };
