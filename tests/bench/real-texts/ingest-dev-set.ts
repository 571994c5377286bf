/**
 * Runs the real ingest (workers, readers, OCR, parser, tagger) on every record of the development
 * set, from a temporary folder outside the repository, and pairs each record with what came out.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { ingestDirectory, type FileReport } from '../../../src/lib/ingest/ingest.ts';
import type { Directive } from '../../../src/lib/directive/schema.ts';
import type { DevRecord } from './dev-set.ts';

export interface IngestedRecord {
  record: DevRecord;
  /** The directive the ingest built, or null when the file was rejected. */
  directive: Directive | null;
  report: FileReport | undefined;
}

export async function ingestDevSet(records: readonly DevRecord[]): Promise<IngestedRecord[]> {
  const dir = mkdtempSync(join(tmpdir(), 'chithi-dev-set-'));
  try {
    const names = records.map((r, i) => {
      const name = `${String(i + 1).padStart(3, '0')}-${r.path ? basename(r.path, extname(r.path)) : r.name}`;
      const file = join(dir, r.path ? `${name}${extname(r.path)}` : `${name}.txt`);
      if (r.path) copyFileSync(r.path, file);
      else writeFileSync(file, r.text ?? '');
      return basename(file);
    });
    const { directives, report } = await ingestDirectory({ dir, cache: false });
    const byFile = new Map(directives.map((d) => [basename(d.file), d]));
    const reports = new Map(report.files.map((f) => [basename(f.file), f]));
    return records.map((record, i) => ({
      record,
      directive: byFile.get(names[i]!) ?? null,
      report: reports.get(names[i]!),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
