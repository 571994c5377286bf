/**
 * Prints the plain closing line CI reads ("N passed, N failed, N skipped") as the very last line,
 * after Vitest's own summary, so a run that executed no test is visible as such.
 */
import type { Reporter } from 'vitest/node';

type Task = { type: string; mode?: string; result?: { state?: string }; tasks?: Task[] };

export default class SummaryReporter implements Reporter {
  onFinished(files: Task[] = []): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const visit = (task: Task): void => {
      if (task.type === 'test') {
        const state = task.result?.state;
        if (state === 'pass') counts.passed++;
        else if (state === 'fail') counts.failed++;
        else counts.skipped++;
      }
      task.tasks?.forEach(visit);
    };
    for (const file of files) {
      // A file that failed to load has no tests: count it as a failure.
      if (file.result?.state === 'fail' && (file.tasks?.length ?? 0) === 0) counts.failed++;
      visit(file);
    }
    setImmediate(() => console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`));
  }
}
