/**
 * The one way a long step shows it is moving — `chithi ingest`, `chithi index`, and each step of
 * `chithi start` and `chithi dev` (ingest, index, the site build):
 * - a titled step prints its title, then "✓ what it did (seconds)" (runStep);
 * - a count within it is a bar redrawn in place on a terminal, and in a log or a pipe one line
 *   per tenth of the way, so a CI log shows it moving without a line per file (progressReporter);
 * - a phase of a step that has no count (the build's) is a line of its own (Progress.line).
 *
 * The bar is drawn with "\r" alone: the CLI strips escape codes from everything it prints
 * (terminal.ts), so cursor and clear-line codes, which a bar library writes, would show as debris.
 */

type Stream = Pick<NodeJS.WriteStream, 'write' | 'isTTY'>;

export interface ProgressOptions {
  /** Before the count: "ingest", "index". */
  label: string;
  /** What is counted: "files", "clauses". */
  unit: string;
  /** Default: stdout. A command whose stdout carries a result (`--json`) reports on stderr. */
  stream?: Stream;
  /** Under this total nothing is counted: a run over the seeds takes a second and needs no bar. */
  quietBelow?: number;
  /** Put before every line, to sit under a step's title. */
  indent?: string;
}

export interface Progress {
  update(done: number, total: number): void;
  /** A line of its own (a phase without a count), below the bar if one is drawn. */
  line(text: string): void;
  /** Ends the bar's line; call once the work is over, also when it failed. */
  stop(): void;
}

const BAR_WIDTH = 30;
/** A terminal is redrawn at most this often: a bar per clause would cost more than the indexing. */
const REDRAW_MS = 100;
/** A time left guessed from less than a second of work is noise. */
const ETA_AFTER_MS = 1000;

export function progressReporter(options: ProgressOptions): Progress {
  const { label, unit, stream = process.stdout, quietBelow = 0, indent = '' } = options;
  const tty = stream.isTTY === true;
  const started = Date.now();
  let drawn = '';
  let lastDraw = 0;
  let lastTenth = -1;
  const clear = () => {
    if (drawn) stream.write(`\r${' '.repeat(drawn.length)}\r`);
  };
  return {
    update(done, total) {
      if (total < quietBelow) return;
      if (!tty) {
        const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
        if (tenth === lastTenth) return;
        lastTenth = tenth;
        stream.write(`${indent}${label}: ${done}/${total} ${unit}\n`);
        return;
      }
      const now = Date.now();
      if (done < total && now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      const share = total === 0 ? 1 : Math.min(1, done / total);
      const filled = Math.round(share * BAR_WIDTH);
      const left =
        done > 0 && done < total && now - started >= ETA_AFTER_MS ? `, ${eta(now - started, done, total)} left` : '';
      const text = `${indent}${label} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${unit}${left}`;
      stream.write(`\r${text}${' '.repeat(Math.max(0, drawn.length - text.length))}`);
      drawn = text;
    },
    line(text) {
      clear();
      stream.write(`${indent}${text}\n`);
      drawn = '';
    },
    stop() {
      if (drawn) stream.write('\n');
      drawn = '';
    },
  };
}

/**
 * A titled step: "3/5 Indexing 5 directives …", the work (which may report progress), then
 * "  ✓ indexes chithi_clauses (updated by difference) (1.2 s)", a multi-line note indented under it.
 * An error goes up as it came: the caller says what failed and how to fix it.
 */
export async function runStep<T>(
  title: string,
  work: () => Promise<{ value: T; note: string }>,
  stream: Stream = process.stdout,
): Promise<T> {
  stream.write(`${title} …\n`);
  const started = Date.now();
  const { value, note } = await work();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  stream.write(`  ✓ ${note.replace(/\n/g, '\n    ')} (${seconds} s)\n`);
  return value;
}

/** "12 s", "3 min": the time left at the pace so far. */
function eta(elapsedMs: number, done: number, total: number): string {
  const seconds = Math.ceil(((elapsedMs / done) * (total - done)) / 1000);
  return seconds < 120 ? `${seconds} s` : `${Math.ceil(seconds / 60)} min`;
}
