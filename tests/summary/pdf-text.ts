import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The text of a PDF as a reader extracts it (pdf-parse, on Mozilla's pdf.js), and its page count. */
export function pdfText(pdf: Buffer): { text: string; pages: number } {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'read-pdf-text.mjs')], { input: pdf, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(out.toString('utf8')) as { text: string; pages: number };
}
