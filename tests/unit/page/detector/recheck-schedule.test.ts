import { describe, expect, it } from 'vitest';
import { RECHECK_WINDOWS_MS, RecheckSchedule } from '@/page/detector/recheck-schedule';

describe('re-reading a page after load or a URL change', () => {
  it('plans one re-read inside each window, at a random point', () => {
    for (const random of [0, 0.5, 0.999]) {
      const schedule = new RecheckSchedule(() => random);
      schedule.plan(1_000);
      const fired: number[] = [];
      for (let t = 1_000; t <= 1_000 + 30_000; t += 100) if (schedule.take(t)) fired.push(t - 1_000);
      expect(fired).toHaveLength(RECHECK_WINDOWS_MS.length);
      fired.forEach((at, i) => {
        const [from, to] = RECHECK_WINDOWS_MS[i]!;
        expect(at).toBeGreaterThanOrEqual(from);
        expect(at).toBeLessThanOrEqual(to + 100);
      });
    }
  });

  it('does nothing before anything is planned, and nothing more once every re-read is taken', () => {
    const schedule = new RecheckSchedule(() => 0);
    expect(schedule.take(1e9)).toBe(false);
    schedule.plan(0);
    // Woken late (a throttled background tab): the re-reads that fell due together count as one.
    expect(schedule.take(1e9)).toBe(true);
    expect(schedule.take(1e9)).toBe(false);
    expect(schedule.pending).toBe(0);
  });

  it('starts over when the URL changes, dropping re-reads planned for the old one', () => {
    const schedule = new RecheckSchedule(() => 0);
    schedule.plan(0);
    expect(schedule.take(RECHECK_WINDOWS_MS[0]![0])).toBe(true);
    schedule.plan(5_000);
    expect(schedule.pending).toBe(RECHECK_WINDOWS_MS.length);
    expect(schedule.take(5_000 + RECHECK_WINDOWS_MS[0]![0] - 1)).toBe(false);
    expect(schedule.take(5_000 + RECHECK_WINDOWS_MS[0]![0])).toBe(true);
  });

  it('never re-reads sooner than a second after load, and gives up within half a minute', () => {
    expect(Math.min(...RECHECK_WINDOWS_MS.map(([from]) => from))).toBeGreaterThanOrEqual(1_000);
    expect(Math.max(...RECHECK_WINDOWS_MS.map(([, to]) => to))).toBeLessThanOrEqual(30_000);
  });
});
