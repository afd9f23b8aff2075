/**
 * Progress of long work in a command-line tool: on a terminal, a bar with the count, the rate and
 * the time left (cli-progress); elsewhere (CI, a log file) a plain line every few seconds and one at
 * the end, so a log stays readable.
 */
import { SingleBar } from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  /** Ends the display; the last count stays on screen. */
  stop(): void;
}

const PLAIN_EVERY_MS = 5_000;

export function progress(label: string, unit: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = performance.now();
  const rate = (done: number) => Math.round(done / Math.max((performance.now() - started) / 1000, 0.001));
  if (stream.isTTY) {
    const bar = new SingleBar({
      stream,
      format: `${label} [{bar}] {value}/{total} ${unit} | {rate}/s | {eta_formatted} left`,
      hideCursor: true,
      clearOnComplete: false,
    });
    let begun = false;
    return {
      update(done, total) {
        if (!begun) bar.start(total, done, { rate: 0 });
        begun = true;
        bar.setTotal(total);
        bar.update(done, { rate: rate(done) });
      },
      stop: () => begun && bar.stop(),
    };
  }
  let last = 0;
  let latest: [number, number] | undefined;
  const line = ([done, total]: [number, number]) =>
    stream.write(`${label}: ${done}/${total} ${unit} (${total ? Math.floor((100 * done) / total) : 100} %), ${rate(done)}/s\n`);
  return {
    update(done, total) {
      latest = [done, total];
      if (performance.now() - last < PLAIN_EVERY_MS && done < total) return;
      last = performance.now();
      line(latest);
    },
    stop() {
      if (latest && latest[0] < latest[1]) line(latest);
    },
  };
}
