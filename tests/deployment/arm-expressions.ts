/** Just enough of ARM template expressions to check a template's references offline. */

export interface Call {
  args: string[];
}

/** Every call of `fn(...)` in an expression, with its top-level arguments (quotes and nesting respected). */
export function callsOf(expression: string, fn: string): Call[] {
  const calls: Call[] = [];
  const pattern = new RegExp(`(?<![A-Za-z0-9_.])${fn}\\(`, 'g');
  for (let match = pattern.exec(expression); match; match = pattern.exec(expression)) {
    const args: string[] = [];
    let depth = 0;
    let quoted = false;
    let current = '';
    for (let i = match.index + match[0].length; i < expression.length; i++) {
      const c = expression[i];
      if (quoted) {
        current += c;
        if (c === "'") quoted = false;
        continue;
      }
      if (c === "'") quoted = true;
      if (c === '(') depth++;
      if (c === ')') {
        if (depth === 0) break;
        depth--;
      }
      if (c === ',' && depth === 0) {
        args.push(current.trim());
        current = '';
        continue;
      }
      current += c;
    }
    if (current.trim() !== '') args.push(current.trim());
    calls.push({ args });
  }
  return calls;
}

export function literal(arg: string | undefined): string | undefined {
  const match = /^'([^']*)'$/.exec(arg ?? '');
  return match?.[1];
}

/** Every string in a JSON value, object keys included. */
export function allStrings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(allStrings);
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([key, value]) => [key, ...allStrings(value)]);
  return [];
}

export function isBalanced(expression: string): boolean {
  let depth = 0;
  let quoted = false;
  for (const c of expression) {
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')' && --depth < 0) return false;
  }
  return depth === 0 && !quoted;
}
