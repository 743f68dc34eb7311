/* Writes the mother's statechart into README.md between its statechart markers, drawn from dialogs/mother-machine.ts. Run: npm run diagram */
import fs from 'node:fs';
import path from 'node:path';
import { motherMachine } from '../dialogs/mother-machine';
import { statechartBlock, statechartMermaid, withStatechart } from '../dialogs/statechart';

const readmePath = path.resolve(__dirname, '..', 'README.md');
const readme = fs.readFileSync(readmePath, 'utf8');
const updated = withStatechart(readme, statechartBlock(statechartMermaid(motherMachine)));
if (updated === readme) {
  console.log('README.md: the statechart is up to date');
} else {
  fs.writeFileSync(readmePath, updated);
  console.log('README.md: statechart written');
}
