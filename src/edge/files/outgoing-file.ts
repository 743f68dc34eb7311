import { exportDocument } from '../../../dialogs/export-document';
import type { Locale } from '../../mother/profile';
import { midwifeSummary } from '../../mother/midwife-summary';
import { weekTable, type WeekSource } from '../../mother/week-table';
import type { MotherDocument } from '../../store/mother-document';
import { weekChartPng } from '../picture/week-chart';
import { summaryView } from '../summary/summary-view';

/** The files she can ask for: her data export (CONTRACT.md), the summary for the jordmor, the picture of her week. */
export type FileKind = 'export' | 'summary' | 'week';
export const FILE_KINDS: readonly FileKind[] = ['export', 'summary', 'week'];

export interface OutgoingFile {
  kind: FileKind;
  name: string;
  contentType: string;
  bytes: Buffer;
}

const NAMES: Record<Exclude<FileKind, 'export'>, Record<Locale, string>> = {
  summary: { nb: 'oppsummering.pdf', nn: 'samandrag.pdf', en: 'summary.pdf' },
  week: { nb: 'uken-min.png', nn: 'veka-mi.png', en: 'my-week.png' },
};
/** The export's name, as the bot has always sent it. */
export const EXPORT_FILE_NAME = 'mine-data.json';

/**
 * A file made from her document as it was at `date`, on request, and never stored: the offer and
 * the upload after her consent each make it anew. Undefined when there is nothing to put in it (no
 * consent, or no profile for a summary or a picture).
 */
export async function makeFile(kind: FileKind, doc: MotherDocument, date: string): Promise<OutgoingFile | undefined> {
  if (doc.consent !== 'given') return undefined;
  const locale = doc.locale;
  if (kind === 'export') {
    return { kind, name: EXPORT_FILE_NAME, contentType: 'application/json', bytes: Buffer.from(JSON.stringify(exportDocument(doc, date), null, 2), 'utf8') };
  }
  if (!doc.profile) return undefined;
  const source: WeekSource = { profile: doc.profile, events: doc.events, checkins: doc.checkins, findings: doc.findings };
  const chart = weekChartPng(weekTable(source, date), locale);
  if (kind === 'week') return { kind, name: NAMES.week[locale], contentType: 'image/png', bytes: chart };
  // pdfkit and its font tables are some 30 MB of memory: loaded when a summary is first asked for, not at start.
  const { summaryPdf } = await import('../summary/summary-pdf');
  const pdf = await summaryPdf(summaryView(midwifeSummary(source, date), locale, date), chart, locale, date);
  return { kind, name: NAMES.summary[locale], contentType: 'application/pdf', bytes: pdf };
}
