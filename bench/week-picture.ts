/* The picture of her week and the summary PDF: render time (median, p99) and size, on a whole first week. Run: npx tsx bench/week-picture.ts */
import { performance } from 'node:perf_hooks';
import { weekChartPng } from '../src/edge/picture/week-chart';
import { summaryPdf } from '../src/edge/summary/summary-pdf';
import { summaryView } from '../src/edge/summary/summary-view';
import { midwifeSummary } from '../src/mother/midwife-summary';
import { weekTable } from '../src/mother/week-table';
import { fixtureWeek, FIXTURE_NOW } from '../tests/picture/week-fixture';
import { median, percentile, round } from './support/stats';

const WARM_UP = 5;
const RENDERS = 50;

async function timed<T>(make: () => T | Promise<T>): Promise<{ samples: number[]; last: T }> {
  for (let i = 0; i < WARM_UP; i++) await make();
  const samples: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < RENDERS; i++) {
    const start = performance.now();
    last = await make();
    samples.push(performance.now() - start);
  }
  return { samples, last: last as T };
}

async function main(): Promise<void> {
  const source = fixtureWeek('both');
  // The table is part of each render: the bot makes the picture from her document on request.
  const chart = await timed(() => weekChartPng(weekTable(source, FIXTURE_NOW), 'nb'));
  const png = chart.last;
  const pdf = await timed(() => summaryPdf(summaryView(midwifeSummary(source, FIXTURE_NOW), 'nb', FIXTURE_NOW), weekChartPng(weekTable(source, FIXTURE_NOW), 'nb'), 'nb', FIXTURE_NOW));
  const figures = {
    renders: RENDERS,
    chart: { medianMs: round(median(chart.samples)), p99Ms: round(percentile(chart.samples, 99)), pngBytes: png.length, width: png.readUInt32BE(16), height: png.readUInt32BE(20) },
    pdf: { medianMs: round(median(pdf.samples)), p99Ms: round(percentile(pdf.samples, 99)), pdfBytes: pdf.last.length, includesChart: true },
  };
  console.log(JSON.stringify(figures, null, 2));
}

void main();
