/** Redraws at most this often, so the bar costs nothing measurable. */
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

/**
 * A one-line progress bar on a terminal's stderr: records done, records per second and, when the
 * input's size is known, the share done and the time left.
 */
export class ProgressBar {
  private readonly started = Date.now();
  private lastDraw = 0;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly totalBytes?: number,
  ) {}

  update(records: number, bytesDone: number): void {
    const now = Date.now();
    if (now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    this.draw(records, bytesDone, now);
  }

  /** Erases the bar so the summary line starts clean. */
  clear(): void {
    this.stream.write('\r\x1b[2K');
  }

  private draw(records: number, bytesDone: number, now: number): void {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = records / seconds;
    let line = `${records} articles · ${rate.toFixed(1)}/s`;
    if (this.totalBytes) {
      const share = Math.min(bytesDone / this.totalBytes, 1);
      const filled = Math.round(share * BAR_WIDTH);
      const eta = share > 0 ? (seconds * (1 - share)) / share : 0;
      line = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${(share * 100).toFixed(0)}% · ${line} · ETA ${formatDuration(eta)}`;
    }
    this.stream.write(`\r\x1b[2K${line.slice(0, (this.stream.columns || 80) - 1)}`);
  }
}

function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
