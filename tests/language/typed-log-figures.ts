/**
 * Prints the figures of the held-out typed-log evaluation (issue 24):
 * `npx tsx tests/language/typed-log-figures.ts [-v]` (-v: every miss).
 */
import { scoreCheckinAnswers, scoreTypedLogs } from './typed-log-score';

const score = scoreTypedLogs();
const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;
console.log(`typed logs: ${score.exact}/${score.total} exactly right (${percent(score.exact, score.total)}), wrong-stored ${score.wrongStored}`);
for (const [kind, tally] of Object.entries(score.byClass)) console.log(`  ${kind}: ${tally.exact}/${tally.total} exactly right, ${tally.wrongStored} wrong-stored`);
const checkins = scoreCheckinAnswers();
console.log(`check-in answers: ${checkins.right}/${checkins.total} filed right`);
if (process.argv.includes('-v')) {
  for (const miss of score.misses) console.log(JSON.stringify(miss));
  for (const miss of checkins.misses) console.log(JSON.stringify(miss));
}
