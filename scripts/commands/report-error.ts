/**
 * The one place the CLI turns an error into what the reader sees and an exit status: a user error
 * (a bad flag, a missing corpus, a server that does not answer) as its message and the fix, never a
 * stack trace; only an unexpected error (a bug) keeps its stack, since a bug report needs it.
 */
import { CommanderError } from 'commander';

/** Errors that are the reader's to fix: their message says how, and a stack trace would only hide it. */
const USER_ERRORS = new Set([
  'MeiliServerError',
  'UsageError',
  'UnknownFacetValueError',
  'ComparisonInputError',
  'CorpusMissingError',
  'SearchConfigMissingError',
  'ZodError',
  'MeilisearchApiError',
  // A task Meilisearch refused or did not finish: its message names the task and Meilisearch's reason.
  'IndexingError',
  'TaskTimeoutError',
]);

/** Meilisearch did not answer: after it died, or while it restarts. */
const UNREACHABLE = new Set(['MeilisearchRequestError', 'MeilisearchRequestTimeOutError']);

/** Prints what went wrong for `error` and returns the exit status. */
export function reportError(error: unknown): number {
  // Commander has already printed its message (unknown option, bad value) and the help.
  if (error instanceof CommanderError) return error.exitCode;
  if (!(error instanceof Error)) {
    console.error(`error: ${String(error)}`);
    return 1;
  }
  if (UNREACHABLE.has(error.name)) {
    console.error(
      `error: Meilisearch did not answer (${error.message}).\n` +
        '→ It may have stopped or be restarting: check with `npx chithi meili status`, start it with ' +
        '`npx chithi meili start`, then run this command again.',
    );
    return 1;
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (USER_ERRORS.has(error.name) || (typeof code === 'string' && /^E[A-Z]+$/.test(code))) {
    console.error(`error: ${error.message}`);
    return 1;
  }
  // Not a user error: a bug in chithi, whose stack is what a report needs.
  console.error(
    `unexpected error (a bug in chithi; please report it with this output):\n${error.stack ?? error.message}`,
  );
  return 1;
}
