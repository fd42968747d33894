/** Runs `policy-bot` in this process. */
import { processIO, runCli } from './main.ts';

process.exitCode = await runCli(process.argv.slice(2), processIO());
