export interface Row {
  target: string;
  measured: string;
  /** undefined: not measured. */
  pass: boolean | undefined;
}

const verdict = (pass: boolean | undefined): string => (pass === undefined ? 'n/a' : pass ? 'pass' : 'FAIL');

export function printTable(rows: readonly Row[]): void {
  const width = (pick: (row: Row) => string, title: string): number => Math.max(title.length, ...rows.map((row) => pick(row).length));
  const targetWidth = width((r) => r.target, 'target');
  const measuredWidth = width((r) => r.measured, 'measured');
  const line = (a: string, b: string, c: string): string => `${a.padEnd(targetWidth)}  ${b.padEnd(measuredWidth)}  ${c}`;
  console.log(line('target', 'measured', 'result'));
  console.log(line('-'.repeat(targetWidth), '-'.repeat(measuredWidth), '------'));
  for (const row of rows) console.log(line(row.target, row.measured, verdict(row.pass)));
}
