import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract/index.ts';
import { PACKAGE_ROOT } from '../../src/paths.ts';
import { encryptedPdf } from './fixtures/encrypted-pdf.ts';
import { twoPagePdf } from './fixtures/pdf.ts';

const run = promisify(execFile);
/** Built inside the package (as dist/ is), so that the build resolves pdfjs-dist and tsx from node_modules. */
const out = join(PACKAGE_ROOT, 'node_modules/.cache/policy-bot-extract-build-test');
const fixtures = join(out, 'fixtures');

beforeAll(async () => {
  await rm(out, { recursive: true, force: true });
  await mkdir(fixtures, { recursive: true });
  // Only the extraction modules (and what they import), with the production build's options: a full build takes longer.
  const config = join(out, 'tsconfig.json');
  await writeFile(
    config,
    JSON.stringify({
      extends: join(PACKAGE_ROOT, 'tsconfig.build.json'),
      compilerOptions: { rootDir: PACKAGE_ROOT, outDir: join(out, 'dist') },
      include: [join(PACKAGE_ROOT, 'src/ingest/extract')],
    }),
  );
  await run(process.execPath, [join(PACKAGE_ROOT, 'node_modules/typescript/bin/tsc'), '-p', config]);
  await writeFile(join(fixtures, 'strategy.pdf'), await twoPagePdf());
  await writeFile(join(fixtures, 'annex.pdf'), encryptedPdf());
}, 120_000);
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

/** Runs extractInWorker from the build with plain Node (no TypeScript loader), as `npm start` would; prints its outcome as JSON. */
async function inBuiltWorker(file: string): Promise<unknown> {
  const script = `
    import { readFileSync } from 'node:fs';
    const { extractInWorker } = await import(${JSON.stringify(join(out, 'dist/src/ingest/extract/index.js'))});
    const { IngestError } = await import(${JSON.stringify(join(out, 'dist/src/errors.js'))});
    try {
      process.stdout.write(JSON.stringify({ document: await extractInWorker(readFileSync(${JSON.stringify(join(fixtures, file))}), ${JSON.stringify(file)}) }));
    } catch (error) {
      process.stdout.write(JSON.stringify({ ingestError: error instanceof IngestError, problem: error.problem, detail: error.detail, message: String(error) }));
    }`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: out });
  return JSON.parse(stdout) as unknown;
}

describe('extraction in a worker thread from the production build (plain Node, as npm start runs it)', () => {
  it('extracts a PDF as the sources do', async () => {
    expect(await inBuiltWorker('strategy.pdf')).toEqual({ document: await extractDocument(await twoPagePdf(), 'strategy.pdf') });
  }, 120_000);

  it('hands back a refusal as an IngestError', async () => {
    expect(await inBuiltWorker('annex.pdf')).toEqual({
      ingestError: true,
      problem: 'encrypted',
      detail: expect.stringMatching(/password/u),
      message: expect.stringMatching(/^IngestError: policy-bot ingest: annex\.pdf: /u),
    });
  }, 120_000);
});
