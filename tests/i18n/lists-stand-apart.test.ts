import fs from 'node:fs';
import path from 'node:path';

/**
 * A walk in the Agents Playground found the warning after the sore-nipples steps («Sprokne eller blødande
 * brystvorter …: få hjelp tidleg») drawn as part of step 3, and the steps of «how» ending in «If you get
 * stuck…»: markdown reads a line right after a list item as more of that item, and a list right after a
 * sentence as more of the sentence. Every list in an answer has a blank line before and after it.
 */
const LIST_ITEM = /^\s*(?:\d+\.|[-*•])\s/u;

function texts(value: unknown, at: string): Array<[string, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => texts(inner, at ? `${at}.${key}` : key));
  return [];
}

describe.each(['nb', 'nn', 'en'])('%s: lists in the answers stand apart from the sentences around them', (locale) => {
  const file = path.resolve(__dirname, '..', '..', 'locales', locale, 'topics.json');
  const answers = texts(JSON.parse(fs.readFileSync(file, 'utf8')), '').filter(([, text]) => text.split('\n').some((line) => LIST_ITEM.test(line)));

  it('has answers with lists to check', () => {
    expect(answers.length).toBeGreaterThanOrEqual(4);
  });

  it.each(answers.map(([key, text]) => [key, text] as const))('%s', (_key, text) => {
    const lines = text.split('\n');
    const touching = lines.slice(1).filter((line, at) => line.trim() && lines[at]!.trim() && LIST_ITEM.test(line) !== LIST_ITEM.test(lines[at]!));
    expect(touching).toEqual([]);
  });
});
