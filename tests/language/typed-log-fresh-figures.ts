/**
 * Prints the figures of the fresh held-out typed-log set:
 * `npx tsx tests/language/typed-log-fresh-figures.ts [-v]` (-v: every miss).
 */
import { FRESH_TYPED_LOGS } from './typed-log-fresh-set';
import { scoreTypedLogs } from './typed-log-score';

const score = scoreTypedLogs(FRESH_TYPED_LOGS);
const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;
console.log(`fresh typed logs: ${score.exact}/${score.total} exactly right (${percent(score.exact, score.total)}), wrong-stored ${score.wrongStored}`);
for (const locale of ['nb', 'nn', 'en'] as const) {
  const total = FRESH_TYPED_LOGS.filter((c) => c.locale === locale).length;
  const missed = score.misses.filter((m) => m.locale === locale);
  const exact = total - missed.length;
  console.log(`  ${locale}: ${exact}/${total} exactly right (${percent(exact, total)}), ${missed.filter((m) => m.wrongStored).length} wrong-stored`);
}
for (const [kind, tally] of Object.entries(score.byClass)) console.log(`  ${kind}: ${tally.exact}/${tally.total} exactly right, ${tally.wrongStored} wrong-stored`);
if (process.argv.includes('-v')) for (const miss of score.misses) console.log(JSON.stringify(miss));
