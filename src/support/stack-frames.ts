/** Only the "at ..." frames of an error's stack: a message may span lines, and a message may quote what she wrote. */
export function stackFramesOf(error: unknown): string {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  return stack.split(/\r?\n/).filter((line) => /^\s+at /.test(line)).slice(0, 7).join('\n');
}
