import { describe, expect, it, vi } from 'vitest';
import { ProgressBar } from './progress.js';

function fakeTerminal() {
  let written = '';
  const stream = { columns: 100, write: (s: string) => ((written += s), true) } as unknown as NodeJS.WriteStream;
  return { stream, text: () => written };
}

describe('ProgressBar', () => {
  it('shows articles, rate, share done and time left when the input size is known', () => {
    vi.useFakeTimers({ now: 0 });
    const terminal = fakeTerminal();
    const bar = new ProgressBar(terminal.stream, 1000);
    vi.setSystemTime(2000);
    bar.update(50, 250);
    expect(terminal.text()).toContain('25%');
    expect(terminal.text()).toContain('50 articles · 25.0/s');
    expect(terminal.text()).toContain('ETA 0:06');
    vi.useRealTimers();
  });

  it('redraws at most ten times a second', () => {
    vi.useFakeTimers({ now: 0 });
    const terminal = fakeTerminal();
    const bar = new ProgressBar(terminal.stream);
    vi.setSystemTime(1000);
    bar.update(1, 10);
    const once = terminal.text();
    bar.update(2, 20);
    expect(terminal.text()).toBe(once);
    vi.useRealTimers();
  });

  it('erases its line before the summary', () => {
    const terminal = fakeTerminal();
    new ProgressBar(terminal.stream).clear();
    expect(terminal.text()).toBe('\r\x1b[2K');
  });
});
