import { exportDocument } from '../../../dialogs/export-document';
import type { Locale } from '../../mother/profile';
import { midwifeSummary } from '../../mother/midwife-summary';
import { weekTable } from '../../mother/week-table';
import { weekSourceOf } from '../../../dialogs/week-picture';
import type { MotherDocument } from '../../store/mother-document';
import { weekChartPng } from '../picture/week-chart';
import { summaryView } from '../summary/summary-view';

/** The files she can be sent: her data export (CONTRACT.md) and the summary for the jordmor (the picture of her week goes inline). */
export type FileKind = 'export' | 'summary';
export const FILE_KINDS: readonly FileKind[] = ['export', 'summary'];

export interface OutgoingFile {
  kind: FileKind;
  name: string;
  contentType: string;
  bytes: Buffer;
}

const SUMMARY_NAMES: Record<Locale, string> = { nb: 'oppsummering.pdf', nn: 'samandrag.pdf', en: 'summary.pdf' };
/** The export's name, as the bot has always sent it. */
export const EXPORT_FILE_NAME = 'mine-data.json';

/**
 * A file made from her document as it was at `date`, on request, and never stored: the offer and
 * the upload after her consent each make it anew. Undefined when there is nothing to put in it (no
 * consent, or no profile for a summary).
 */
export async function makeFile(kind: FileKind, doc: MotherDocument, date: string): Promise<OutgoingFile | undefined> {
  if (doc.consent !== 'given') return undefined;
  const locale = doc.locale;
  if (kind === 'export') {
    return { kind, name: EXPORT_FILE_NAME, contentType: 'application/json', bytes: Buffer.from(JSON.stringify(exportDocument(doc, date), null, 2), 'utf8') };
  }
  if (!doc.profile) return undefined;
  const source = weekSourceOf(doc, date);
  const table = weekTable(source, date);
  const chart = weekChartPng(table, locale);
  // pdfkit and its font tables are some 30 MB of memory: loaded when a summary is first asked for, not at start.
  const { summaryPdf } = await import('../summary/summary-pdf');
  const pdf = await summaryPdf(summaryView(midwifeSummary(source, date, table), locale, date), chart, locale, date);
  return { kind, name: SUMMARY_NAMES[locale], contentType: 'application/pdf', bytes: pdf };
}
