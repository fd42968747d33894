/**
 * The build half of `npm run bench:reload`, in a fresh process run as the
 * bot runs (production.ts): opens a knowledge folder through the store
 * (argv: KNOWLEDGE_DIR CACHE_DIR) and answers one question, then prints
 * (JSON) how long each took and which parts were built: a full rebuild with
 * an empty cache, a cold start with a warm one.
 */
import { buildKnowledgeBase } from '../src/build.ts';
import { Engine } from '../src/engine.ts';
import { silentLogger } from '../src/log.ts';

const [knowledgeDir, cacheDir, question = 'national cyber security strategy'] = process.argv.slice(2);
if (knowledgeDir === undefined || cacheDir === undefined) throw new Error('usage: reload-build KNOWLEDGE_DIR CACHE_DIR [QUESTION]');
const start = performance.now();
const kb = await buildKnowledgeBase({ knowledgeDir, cacheDir, logger: silentLogger() });
const openMs = performance.now() - start;
const asked = performance.now();
const answer = new Engine(kb).ask(question);
const askMs = performance.now() - asked;
process.stdout.write(
  `${JSON.stringify({ passages: kb.passages.length, built: kb.built, open_ms: Math.round(openMs), first_ask_ms: Math.round(askMs), answered: !answer.abstained, rss_mb: Math.round(process.memoryUsage().rss / 2 ** 20) })}\n`,
);
