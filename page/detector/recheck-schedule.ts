/**
 * When a page is read again after load or after a single-page site changes its URL: a few times, at randomised
 * delays, so content that arrives late is still seen. This replaces watching the page's DOM: a MutationObserver
 * makes the browser build a record for every node the page inserts, which a page can time to learn that Steady
 * is there (issue #13). A timer in the extension's isolated world costs the page nothing it can measure.
 */

/** Each re-read falls somewhere in one of these windows (ms after load or after the URL changed). */
export const RECHECK_WINDOWS_MS: readonly (readonly [number, number])[] = [
  [1_000, 3_000],
  [4_000, 8_000],
  [12_000, 24_000],
];

export class RecheckSchedule {
  private due: number[] = [];

  constructor(private readonly random: () => number = Math.random) {}

  /** Starts over from `now`: any re-read still waiting for an older URL is dropped. */
  plan(now: number): void {
    this.due = RECHECK_WINDOWS_MS.map(([from, to]) => now + from + this.random() * (to - from));
  }

  /** True once per planned re-read whose time has come; several that fell due together count as one. */
  take(now: number): boolean {
    if (this.due.length === 0 || this.due[0]! > now) return false;
    while (this.due.length > 0 && this.due[0]! <= now) this.due.shift();
    return true;
  }

  get pending(): number {
    return this.due.length;
  }
}
