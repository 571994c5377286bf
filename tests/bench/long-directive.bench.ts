/**
 * What a very long directive costs (issue 12, item 8): the seeds alone, then the seeds with one
 * directive of 2 and 8 MiB made from a seed's own wording (numbered items, so the clause tree is as
 * long as the text), each ingested without the cache and built into a site. A long directive's page
 * shows its first clauses and links the whole text (page-data/long-directive.ts), so the build should grow
 * by seconds, not minutes. `--max-bytes`'s message points here.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestDirectory, writeCorpus } from '../../src/lib/ingest/ingest.ts';
import { directivesDir } from '../../src/lib/paths.ts';
import { buildSite } from '../../src/runtime/build/build-site.ts';
import { printTable } from './table.ts';

const EXTRA_MIB = [0, 2, 8];
const MIB = 1024 * 1024;

export default async function longDirectiveBench(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'chithi-bench-long-'));
  const rows: Array<Array<string | number>> = [];
  try {
    for (const mib of EXTRA_MIB) {
      const dir = join(scratch, `in-${mib}`);
      mkdirSync(dir, { recursive: true });
      for (const name of readdirSync(directivesDir())) cpSync(join(directivesDir(), name), join(dir, name));
      if (mib > 0) writeFileSync(join(dir, 'long.txt'), longDirective(mib * MIB));

      let started = Date.now();
      const result = await ingestDirectory({ dir, maxBytes: (mib + 1) * MIB, cache: false });
      const corpus = await writeCorpus(result, join(scratch, `corpus-${mib}`));
      const ingestS = (Date.now() - started) / 1000;
      started = Date.now();
      const outDir = join(scratch, `dist-${mib}`);
      await buildSite({ corpusDir: corpus, outDir });
      const buildS = (Date.now() - started) / 1000;
      const page = mib > 0 ? statSync(join(outDir, 'van-ban', 'long', 'index.html')).size / 1024 : '—';
      rows.push([mib === 0 ? 'seeds only' : `seeds + ${mib} MiB directive`, ingestS, buildS, page]);
      rmSync(outDir, { recursive: true, force: true });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  printTable(
    'A very long directive: ingest (no cache) and site build',
    ['corpus', 'ingest s', 'build s', 'its page KB'],
    rows,
  );
}

/** A seed's header, then its body's wording as numbered items until the text reaches `bytes`. */
function longDirective(bytes: number): string {
  const seed = readdirSync(directivesDir()).sort()[4]!;
  const lines = readFileSync(join(directivesDir(), seed), 'utf8').split('\n');
  const wording = lines.slice(20, 60).join(' ');
  let text = `${lines.slice(0, 20).join('\n')}\n`;
  for (let item = 1; Buffer.byteLength(text) < bytes; item++) text += `${item}. ${wording}\n`;
  return text;
}
