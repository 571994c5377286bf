import type { Command } from 'commander';
import { resolve } from 'node:path';
import { readSource } from '../../src/lib/source/read-source.ts';
import { describeIssue } from '../../src/lib/source/describe-issue.ts';
import { buildDirective } from '../../src/lib/ingest/build-directive.ts';
import { overridesPath, readOverrides } from '../../src/lib/ingest/overrides.ts';
import { directiveForJson, formatDirective } from '../../src/lib/directive/present.ts';
import { intBetween } from './flags.ts';

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('parse one directive file and print its structured form')
    .argument('<file>', 'a directive as text (UTF-8, UTF-16, Windows-1258, TCVN3 or VNI)')
    .option('--json', 'print JSON (every field with its provenance)')
    .option('--with-text', 'include the original and normalised text in the JSON')
    .option('--max-bytes <n>', 'refuse files larger than this many bytes', intBetween(1, Number.MAX_SAFE_INTEGER))
    .action(async (file: string, opts: { json?: boolean; withText?: boolean; maxBytes?: number }) => {
      const path = resolve(file);
      const source = await readSource(path, opts.maxBytes ? { maxBytes: opts.maxBytes } : {});
      if (!source.ok) {
        console.error(describeIssue(source.error));
        process.exitCode = 1;
        return;
      }
      const sidecar = overridesPath(path);
      const overrides = await readOverrides(sidecar);
      if (!overrides.ok) {
        console.error(`${overrides.file}:${overrides.line}: ${overrides.message}`);
        process.exitCode = 1;
        return;
      }
      const directive = buildDirective(
        source,
        overrides.overrides ? { value: overrides.overrides, file: sidecar } : null,
      );
      if (opts.json)
        console.log(JSON.stringify(directiveForJson(directive, { withText: opts.withText === true }), null, 2));
      else console.log(formatDirective(directive));
    });
}
