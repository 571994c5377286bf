/**
 * Search under load across an index swap and a Meilisearch crash (issue 12, item 4):
 * 2,000 searches, 20 at a time, with the search-only key as the page uses it. In the middle, the
 * corpus is indexed again (what `chithi index` does: a fresh index swapped in atomically), and
 * later the server is killed with SIGKILL and started again the way `chithi start`'s watch does
 * (searches after the kill point are held until the kill is sent, so the crash meets real load).
 *
 * Every request is recorded with when it started and ended. The kill window runs from the kill to
 * the moment the restarted server answered /health; a failed request whose time overlaps it is
 * explained by the crash. Any other failure (during the swap, or after the restart — a changed
 * port, a search key lost with the restart) is a finding, and the bench exits non-zero.
 *
 *   npm run bench search-restart
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestDirectory } from '../../src/lib/ingest/ingest.ts';
import { indexCorpus } from '../../src/lib/search/indexer.ts';
import { searchClauses } from '../../src/lib/search/query.ts';
import { startServer, stopServer } from '../../src/runtime/meilisearch/index.ts';
import { waitForExit } from '../../src/runtime/meilisearch/process-check.ts';
import { generateSyntheticCorpus } from '../../src/lib/synthetic/index.ts';
import { useNodeHttpFetch } from './search-http.ts';
import { percentile, printTable } from './table.ts';

const SEARCHES = 2000;
const CONCURRENCY = 20;
/** The swap starts when this many searches have been sent; the kill, at KILL_AT. */
const SWAP_AT = 500;
const KILL_AT = 1200;
const QUERIES = ['cách ly', 'giãn cách', 'khẩu trang', 'tiêm vắc xin', 'xét nghiệm', 'CT 16', 'chợ', 'karaoke'];

interface Outcome {
  readonly start: number;
  readonly end: number;
  readonly ok: boolean;
  readonly error?: string;
}

export default async function searchRestartBench(): Promise<void> {
  const restoreFetch = useNodeHttpFetch();
  const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_')));
  const dataDir = join(mkdtempSync(join(tmpdir(), 'chithi-bench-restart-')), 'meili');
  const start = () => startServer({ dataDir, env: 'production', environment });
  try {
    const server = await start();
    const { directives: sources } = await ingestDirectory();
    // The seeds plus 100 synthetic directives: enough clauses that a search does real work, few
    // enough that the swap ends well before the kill on a shared machine.
    const corpus = [...sources, ...generateSyntheticCorpus({ directives: 100, seed: 7, sources })];
    const config = await indexCorpus(server, corpus, { indexPrefix: 'bench_restart_' });

    const outcomes: Outcome[] = [];
    const events = { swapStart: 0, swapEnd: 0, killAt: 0, backAt: 0, port: server.port, portAfter: 0 };
    let sent = 0;
    let swap: Promise<void> | undefined;
    let crash: Promise<void> | undefined;
    // Searches after KILL_AT are sent only once the kill is: they are the load the crash meets.
    let killSent: () => void = () => undefined;
    const killed = new Promise<void>((resolve) => (killSent = resolve));
    const t0 = performance.now();
    const now = () => performance.now() - t0;

    const worker = async () => {
      while (sent < SEARCHES) {
        const i = sent++;
        if (i === SWAP_AT) swap = indexAgain();
        if (i === KILL_AT) crash = killAndRestart();
        if (i > KILL_AT) await killed;
        const begun = now();
        try {
          await searchClauses(config, { q: QUERIES[i % QUERIES.length]!, limit: 10 });
          outcomes.push({ start: begun, end: now(), ok: true });
        } catch (error) {
          outcomes.push({ start: begun, end: now(), ok: false, error: (error as Error).message.slice(0, 120) });
        }
      }
    };

    async function indexAgain(): Promise<void> {
      events.swapStart = now();
      await indexCorpus(server, corpus, { indexPrefix: 'bench_restart_' });
      events.swapEnd = now();
    }

    async function killAndRestart(): Promise<void> {
      await swap;
      const { pid } = await start();
      events.killAt = now();
      process.kill(pid, 'SIGKILL');
      killSent();
      await waitForExit(pid, 5000);
      const back = await start();
      events.backAt = now();
      events.portAfter = back.port;
    }

    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await swap;
    await crash;

    const inWindow = (o: Outcome) => o.end >= events.killAt && o.start <= events.backAt;
    const failed = outcomes.filter((o) => !o.ok);
    const explained = failed.filter(inWindow);
    const unexplained = failed.filter((o) => !inWindow(o));
    const latencies = outcomes.filter((o) => o.ok).map((o) => o.end - o.start);
    printTable(
      `Search under load: ${SEARCHES} searches, ${CONCURRENCY} concurrent, one index swap, one SIGKILL + restart`,
      ['searches', 'ok', 'failed in kill window', 'failed outside it', 'p50 ms', 'p95 ms'],
      [
        [
          outcomes.length,
          outcomes.length - failed.length,
          explained.length,
          unexplained.length,
          percentile(latencies, 50),
          percentile(latencies, 95),
        ],
      ],
    );
    printTable(
      'Timeline (ms since the first search)',
      ['event', 'at', 'detail'],
      [
        ['index swap', `${events.swapStart.toFixed(0)}–${events.swapEnd.toFixed(0)}`, `${corpus.length} directives`],
        [
          'kill window',
          `${events.killAt.toFixed(0)}–${events.backAt.toFixed(0)}`,
          `SIGKILL to healthy again: ${(events.backAt - events.killAt).toFixed(0)} ms`,
        ],
        ['port', '', `before ${events.port}, after ${events.portAfter}`],
        ['total', now().toFixed(0), ''],
      ],
    );
    for (const o of unexplained.slice(0, 5)) console.log(`unexplained failure at ${o.start.toFixed(0)} ms: ${o.error}`);
    if (unexplained.length > 0 || events.port !== events.portAfter) {
      console.error('✗ failures outside the kill window, or the server came back on another port');
      process.exitCode = 1;
    }
  } finally {
    await stopServer({ dataDir, graceMs: 2000 });
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
    restoreFetch();
  }
}
