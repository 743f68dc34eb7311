import { adaptiveCard, heading, paragraph, type AdaptiveCard, type CardElement } from '../cards/adaptive-card';
import type { SummaryView } from './summary-view';

/** The summary as an Adaptive Card in her chat: facts, a table of her days, each finding with its advice. */
export function summaryCard(view: SummaryView): AdaptiveCard {
  const body: CardElement[] = [
    heading(view.title),
    { ...paragraph(view.intro), isSubtle: true },
    { type: 'FactSet', facts: view.facts.map((fact) => ({ title: fact.title, value: fact.value })) },
    { ...heading(view.daysHeading), size: 'Default' },
    {
      type: 'Table',
      firstRowAsHeader: true,
      showGridLines: false,
      columns: (view.table[0] ?? []).map(() => ({ width: 1 })),
      rows: view.table.map((row, index) => ({
        type: 'TableRow',
        cells: row.map((value) => ({ type: 'TableCell', items: [{ type: 'TextBlock', text: value, wrap: true, ...(index === 0 ? { weight: 'Bolder' } : {}) }] })),
      })),
    },
  ];
  for (const note of [view.answeredNote, view.notToldNote]) if (note) body.push({ ...paragraph(note), isSubtle: true, size: 'Small' });
  body.push({ ...heading(view.findingsHeading), size: 'Default' });
  if (view.noFindings) body.push(paragraph(view.noFindings));
  for (const finding of view.findings) {
    body.push({ type: 'TextBlock', text: finding.heading, weight: 'Bolder', wrap: true, spacing: 'Medium' }, paragraph(finding.text));
  }
  return adaptiveCard(body);
}
