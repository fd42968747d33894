import { ARTICLE_PAGE, ALL_SCRIPT_PAGE } from './test/ingest/fixtures/html.ts';
import { extractDocument } from './src/ingest/extract/index.ts';
const d = await extractDocument(Buffer.from(ARTICLE_PAGE), 'a.html');
console.log(JSON.stringify({ ...d, lines: undefined }));
for (const l of d.lines) console.log(JSON.stringify(l));
try { await extractDocument(Buffer.from(ALL_SCRIPT_PAGE), 'app.html'); } catch (e) { console.log(String(e)); }
