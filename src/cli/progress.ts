/** How far a long command has come: items done of the total. */
export interface Progress {
  done: number;
  total: number;
}

const BAR_WIDTH = 30;

/** One progress line: a bar, the share done and the counts, e.g. "[#####     ] 50% 5,000/10,000 articles". */
export function progressLine({ done, total }: Progress): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(share * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} articles`;
}

/** Redraws the line in place on a terminal; elsewhere (a log) writes a line per tenth done. */
export function progressReporter(stream: NodeJS.WriteStream): { update(progress: Progress): void; end(): void } {
  let lastTenth = -1;
  return {
    update(progress) {
      if (stream.isTTY) {
        stream.write(`\r${progressLine(progress)}`);
        return;
      }
      const tenth = progress.total === 0 ? 10 : Math.floor((progress.done / progress.total) * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        stream.write(`${progressLine(progress)}\n`);
      }
    },
    end() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
