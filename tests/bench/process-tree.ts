/**
 * Peak resident memory of a process tree, by polling /proc (Linux): the sum of VmRSS over every
 * descendant of a process, sampled every few hundred milliseconds. The site build runs as several
 * processes (prepare, then Astro), so one process's figure would undercount it.
 */
import { readdirSync, readFileSync } from 'node:fs';

function parentOf(pid: string): string | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? null;
  } catch {
    return null;
  }
}

function rssBytes(pid: string): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Bytes resident in all descendants of `root` (not `root` itself) right now. */
export function descendantsRss(root: number): number {
  const children = new Map<string, string[]>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const parent = parentOf(pid);
    if (parent) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const stack = [...(children.get(String(root)) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop() as string;
    total += rssBytes(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Starts sampling; `stop()` returns the peak seen. */
export function watchPeakRss(root = process.pid, intervalMs = 250): { stop: () => number } {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, descendantsRss(root));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, descendantsRss(root));
    },
  };
}
