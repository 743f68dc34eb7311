/* `npm run --silent ask -- "<question>" [--locale nb|nn|en]`: one JSON line with the topic, its score and any red flag. */
import { LOCALES, type Locale } from '../mother/profile';
import { answerQuestion } from './answer-question';

const USAGE = 'usage: npm run --silent ask -- "<question>" [--locale nb|nn|en]';

interface Arguments {
  question?: string;
  locale: Locale;
}

function parseArguments(args: string[]): Arguments | undefined {
  const parsed: Arguments = { locale: 'nb' };
  const words: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--locale') {
      const value = args[i + 1] ?? '';
      if (!(LOCALES as readonly string[]).includes(value)) return undefined;
      parsed.locale = value as Locale;
      i += 1;
    } else if (arg.startsWith('--locale=')) {
      const value = arg.slice('--locale='.length);
      if (!(LOCALES as readonly string[]).includes(value)) return undefined;
      parsed.locale = value as Locale;
    } else {
      words.push(arg);
    }
  }
  const question = words.join(' ').trim();
  if (question) parsed.question = question;
  return parsed;
}

function main(): number {
  const parsed = parseArguments(process.argv.slice(2));
  if (!parsed?.question) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { topic, score, urgent } = answerQuestion(parsed.question, parsed.locale);
  process.stdout.write(`${JSON.stringify({ topic, score, urgent })}\n`);
  return 0;
}

process.exitCode = main();
