import type { SourceIssue } from './source-types.ts';

/**
 * One line in the `file:line: message` form compilers print, so an editor or a terminal
 * can jump straight to the place: `content/directives/x.txt:12: … (what to do)`.
 */
export function describeIssue(issue: SourceIssue): string {
  const place = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return `${place}: ${issue.message}`;
}

/** "812 bytes", "14.2 KiB", "20.0 MiB": sizes as a person reads them in a message. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
