/** `npm run deploy-commands`: registers the commands in commands/ and exits non-zero when Discord refuses. */
import { runDeploy } from './deploy.ts';

process.exitCode = await runDeploy();
