import { extractInWorker } from './src/ingest/extract/index.ts';
import { twoPagePdf } from './test/ingest/fixtures/pdf.ts';
const pdf = await twoPagePdf();
for (const f of [0, 1]) {
let t = Date.now();
const d = await extractInWorker(pdf, 'a.pdf');
console.log('ok', d.lines.length, Date.now() - t);
t = Date.now();
try { await extractInWorker(new Uint8Array(0), 'e.txt'); } catch (e) { console.log(String(e), (e as any).constructor.name, Date.now() - t); }
}
