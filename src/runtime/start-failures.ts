import { MeiliServerError } from './meilisearch/index.ts';
import { SiteBuildError } from './build/build-site.ts';

export type StepName = 'ingest' | 'meili' | 'index' | 'build' | 'serve';

/** A step of `chithi start` that failed; the cause holds the original error. */
export class StepFailed extends Error {
  override readonly name = 'StepFailed';
  constructor(
    readonly step: StepName,
    message?: string,
    options?: { cause?: unknown },
  ) {
    super(message ?? (options?.cause instanceof Error ? options.cause.message : String(options?.cause)), options);
  }
}

/** The generic fix for each step, when the error itself does not carry one. */
const FIXES: Record<StepName, string> = {
  ingest:
    'Put the directive texts (*.txt, *.md) in content/directives/, then run `npx chithi ingest` to see the report for each file.',
  meili:
    'Run `npx chithi meili start` to see the server’s own error, or set MEILI_HOST and MEILI_MASTER_KEY to use another Meilisearch.',
  index:
    'Check the server with `npx chithi meili status`; if its data is damaged, stop it (`npx chithi meili stop`), delete .chithi/meili/ and run `npm start` again.',
  build: 'Run `npx astro build` to see the full output; the lines above show where it stopped.',
  serve: 'Pass another port with `npm start -- --port 8080`, or stop the program using this one.',
};

/** What `chithi start` prints when a step fails: the step, the problem, and the fix. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof StepFailed)) return `✗ ${error instanceof Error ? (error.stack ?? error.message) : error}`;
  const cause = error.cause;
  const lines = [`✗ ${error.step} failed: ${error.message}`];
  if (cause instanceof SiteBuildError) lines.push('', cause.output, '');
  // A MeiliServerError's message already ends with its own fix ("→ …").
  if (!(cause instanceof MeiliServerError)) lines.push(`→ ${FIXES[error.step]}`);
  return lines.join('\n');
}
