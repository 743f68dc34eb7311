// Prints the text of the PDF on stdin as JSON { text, pages }, read by pdf-parse (on Mozilla's pdf.js).
// A child process of its own: pdf.js loads its worker with a dynamic import, which Jest's module system refuses.
import { PDFParse } from 'pdf-parse';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
try {
  const result = await parser.getText();
  process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));
} finally {
  await parser.destroy();
}
