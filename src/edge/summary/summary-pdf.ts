import PDFDocument from 'pdfkit';
import type { Locale } from '../../mother/profile';
import { CHART_FONT_FILES } from '../picture/chart-font';
import type { SummaryView } from './summary-view';

const PAGE = { width: 595.28, height: 841.89 } as const;
const MARGIN = 40;
const CHART_WIDTH = 180;
const GUTTER = 16;
const LEFT_WIDTH = PAGE.width - 2 * MARGIN - CHART_WIDTH - GUTTER;
const FULL_WIDTH = PAGE.width - 2 * MARGIN;
const INK = '#1f1f1f';
const MUTED = '#5f5f5f';
/** The findings' type size is the largest of these that keeps the summary on one page. */
const FINDING_SIZES = [8.5, 7.5, 6.5] as const;
const SMALLEST_FINDING_SIZE = 6.5;
const PRODUCER = 'Første ammeuke';

/**
 * The summary as a one-page A4 PDF, with the picture of her week in it (pdfkit, with our Inter font
 * embedded). Made on request and not stored; no name. Its metadata is fixed (the creation date is
 * the moment it is made for), so the same summary gives the same bytes.
 */
export function summaryPdf(view: SummaryView, chartPng: Buffer, locale: Locale, now: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    font: CHART_FONT_FILES.regular,
    lang: locale === 'en' ? 'en-GB' : locale === 'nn' ? 'nn-NO' : 'nb-NO',
    displayTitle: true,
    info: { Title: view.title, Producer: PRODUCER, Creator: PRODUCER, CreationDate: new Date(now) },
  });
  doc.registerFont('regular', CHART_FONT_FILES.regular);
  doc.registerFont('bold', CHART_FONT_FILES.bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.fillColor(INK).font('bold').fontSize(18).text(view.title, MARGIN, MARGIN, { width: FULL_WIDTH });
  doc.moveDown(0.2).font('regular').fontSize(9).fillColor(MUTED).text(view.intro, { width: FULL_WIDTH });
  const top = doc.y + 12;

  const chartHeight = (CHART_WIDTH * chartPng.readUInt32BE(20)) / chartPng.readUInt32BE(16);
  doc.image(chartPng, MARGIN + LEFT_WIDTH + GUTTER, top, { width: CHART_WIDTH });

  let y = top;
  for (const fact of view.facts) {
    doc.fillColor(INK).font('bold').fontSize(9.5).text(fact.title, MARGIN, y, { width: LEFT_WIDTH });
    doc.font('regular').fontSize(9.5).text(fact.value, MARGIN, doc.y + 1, { width: LEFT_WIDTH });
    y = doc.y + 7;
  }
  y = dayTable(doc, view, y + 4);
  for (const note of [view.answeredNote, view.notToldNote]) {
    if (!note) continue;
    doc.font('regular').fontSize(8).fillColor(MUTED).text(note, MARGIN, y + 3, { width: LEFT_WIDTH });
    y = doc.y;
  }

  y = Math.max(y, top + chartHeight) + 14;
  doc.fillColor(INK).font('bold').fontSize(11).text(view.findingsHeading, MARGIN, y, { width: FULL_WIDTH });
  y = doc.y + 4;
  const size = findingSize(doc, view, PAGE.height - MARGIN - y);
  if (view.noFindings) doc.font('regular').fontSize(size).text(view.noFindings, MARGIN, y, { width: FULL_WIDTH });
  for (const finding of view.findings) {
    doc.fillColor(INK).font('bold').fontSize(size).text(finding.heading, MARGIN, y, { width: FULL_WIDTH });
    doc.font('regular').fontSize(size).text(finding.text, MARGIN, doc.y + 1, { width: FULL_WIDTH });
    y = doc.y + size * 0.6;
  }
  doc.end();
  return done;
}

/** Her days as a table in the left column; returns the y below it. */
function dayTable(doc: PDFKit.PDFDocument, view: SummaryView, top: number): number {
  doc.fillColor(INK).font('bold').fontSize(11).text(view.daysHeading, MARGIN, top, { width: LEFT_WIDTH });
  let y = doc.y + 4;
  const columns = view.table[0]?.length ?? 1;
  const first = 34;
  const width = (LEFT_WIDTH - first) / Math.max(columns - 1, 1);
  const rowHeight = 15;
  view.table.forEach((row, index) => {
    if (index === 1) doc.moveTo(MARGIN, y - 3).lineTo(MARGIN + LEFT_WIDTH, y - 3).lineWidth(0.7).strokeColor('#9a9a9a').stroke();
    row.forEach((value, column) => {
      const x = column === 0 ? MARGIN : MARGIN + first + (column - 1) * width;
      doc.fillColor(INK).font(index === 0 ? 'bold' : 'regular').fontSize(9).text(value, x, y, { width: column === 0 ? first : width, align: column === 0 ? 'left' : 'right', lineBreak: false });
    });
    y += rowHeight + (index === 0 ? 3 : 0);
  });
  return y;
}

/** The largest finding type size at which every finding fits in `room`; the smallest when none does. */
function findingSize(doc: PDFKit.PDFDocument, view: SummaryView, room: number): number {
  for (const size of FINDING_SIZES) {
    let height = 0;
    for (const finding of view.findings) {
      height += doc.font('bold').fontSize(size).heightOfString(finding.heading, { width: FULL_WIDTH }) + 1;
      height += doc.font('regular').fontSize(size).heightOfString(finding.text, { width: FULL_WIDTH }) + size * 0.6;
    }
    if (height <= room) return size;
  }
  return SMALLEST_FINDING_SIZE;
}
