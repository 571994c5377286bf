/**
 * `chithi ingest`: every file in content/directives → the corpus the rest of the portal reads
 * (.chithi/corpus/directives.json), with a report that accounts for every file: parsed, parsed with
 * warnings, or rejected with the reason. One bad file never stops the others.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Directive } from '../directive/schema.ts';
import { readSourceDir } from '../source/read-source-dir.ts';
import { describeIssue } from '../source/describe-issue.ts';
import { corpusDir, directivesDir, displayPath } from '../paths.ts';
import { buildDirective } from './build-directive.ts';
import { overridesPath, readOverrides } from './overrides.ts';

export type FileStatus = 'parsed' | 'parsed-with-warnings' | 'rejected';

export interface FileReport {
  file: string;
  status: FileStatus;
  /** The directive's id, when it was parsed. */
  id?: string;
  /** Warnings and the rejection reason, each "file:line: message". */
  messages: string[];
}

export interface IngestReport {
  dir: string;
  seen: number;
  parsed: number;
  parsedWithWarnings: number;
  rejected: number;
  files: FileReport[];
}

export interface IngestOptions {
  dir?: string;
  maxBytes?: number;
}

export async function ingestDirectory(
  options: IngestOptions = {},
): Promise<{ directives: Directive[]; report: IngestReport }> {
  const dir = options.dir ?? directivesDir();
  const sources = await readSourceDir(dir, options.maxBytes ? { maxBytes: options.maxBytes } : {});
  const directives: Directive[] = [];
  const files: FileReport[] = [];
  const ids = new Set<string>();
  for (const source of sources) {
    const file = displayPath(source.file);
    if (!source.ok) {
      files.push({ file, status: 'rejected', messages: [describeIssue({ ...source.error, file })] });
      continue;
    }
    const sidecar = overridesPath(source.file);
    const overrides = await readOverrides(sidecar, displayPath(sidecar));
    if (!overrides.ok) {
      files.push({
        file,
        status: 'rejected',
        messages: [`${overrides.file}:${overrides.line}: ${overrides.message} (fix the override file, or remove it)`],
      });
      continue;
    }
    try {
      const directive = buildDirective(
        source,
        overrides.overrides ? { value: overrides.overrides, file: sidecar } : null,
      );
      directive.id = uniqueId(ids, directive.id);
      directives.push(directive);
      const messages = directive.warnings.map((w) => `${file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
      files.push({ file, id: directive.id, status: messages.length > 0 ? 'parsed-with-warnings' : 'parsed', messages });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      files.push({
        file,
        status: 'rejected',
        messages: [`${file}: the parser failed: ${reason} (please report this file)`],
      });
    }
  }
  const count = (status: FileStatus) => files.filter((f) => f.status === status).length;
  const report: IngestReport = {
    dir: displayPath(dir),
    seen: files.length,
    parsed: count('parsed') + count('parsed-with-warnings'),
    parsedWithWarnings: count('parsed-with-warnings'),
    rejected: count('rejected'),
    files,
  };
  return { directives, report };
}

/** Two files with one slug ("x.txt" and "x.md") both stay, the second under "x-2". */
function uniqueId(ids: Set<string>, id: string): string {
  let candidate = id;
  for (let n = 2; ids.has(candidate); n++) candidate = `${id}-${n}`;
  ids.add(candidate);
  return candidate;
}

export async function writeCorpus(
  result: { directives: Directive[]; report: IngestReport },
  outDir = corpusDir(),
): Promise<string> {
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'directives.json'), JSON.stringify(result.directives));
  await writeFile(join(outDir, 'report.json'), JSON.stringify(result.report, null, 2));
  return outDir;
}

export function formatReport(report: IngestReport): string {
  const lines = [
    `${report.dir}: ${report.seen} files seen, ${report.parsed} parsed (${report.parsedWithWarnings} with warnings), ${report.rejected} rejected`,
  ];
  for (const f of report.files) {
    lines.push(
      `  ${f.status === 'rejected' ? '✗' : f.status === 'parsed' ? '✓' : '!'} ${f.file}${f.id ? ` → ${f.id}` : ''}`,
    );
    for (const m of f.messages) lines.push(`      ${m}`);
  }
  return lines.join('\n');
}
