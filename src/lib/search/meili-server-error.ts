/**
 * An error about running or reaching Meilisearch that the person at the keyboard can fix.
 * `fix` says how, in one sentence; the message already contains it, so printing
 * `error.message` is enough for a CLI.
 */
export class MeiliServerError extends Error {
  override readonly name = 'MeiliServerError';
  readonly fix: string;

  constructor(problem: string, fix: string, options?: { cause?: unknown }) {
    super(`${problem}\n→ ${fix}`, options);
    this.fix = fix;
  }
}
