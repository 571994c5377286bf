/**
 * Progress of a long ingest on stderr (stdout stays for the report, and for `--json`): a bar on a
 * terminal, a plain line every `LINE_EVERY` files otherwise (logs, CI). Runs under `QUIET_BELOW`
 * files print nothing: the seeds take a second or two and need no bar.
 */
import { Presets, SingleBar } from 'cli-progress';

const QUIET_BELOW = 50;
const LINE_EVERY = 500;

export interface Progress {
  update(progress: { done: number; total: number }): void;
  stop(): void;
}

export function ingestProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  let bar: SingleBar | undefined;
  return {
    update({ done, total }) {
      if (total < QUIET_BELOW) return;
      if (!stream.isTTY) {
        if (done % LINE_EVERY === 0 || done === total) stream.write(`ingest: ${done}/${total} files\n`);
        return;
      }
      if (!bar) {
        bar = new SingleBar(
          { stream, format: 'ingest [{bar}] {value}/{total} files, {eta_formatted} left', hideCursor: true },
          Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
