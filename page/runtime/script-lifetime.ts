/**
 * What a script injected into web pages needs to stop cleanly: timers and listeners that end together when the
 * extension is updated or removed, or when a newer copy of the same script starts in the tab.
 *
 * WXT's ContentScriptContext does this too, but it announces every start to the page with window.postMessage,
 * naming the extension: any site could then learn that its visitor uses a benzo-withdrawal helper. This keeps
 * the bookkeeping inside the extension's isolated world, where pages cannot see it.
 */
import { lifetimeKey } from '@/shared/page-script-keys';

export interface ScriptLifetime {
  readonly signal: AbortSignal;
  isActive(): boolean;
  setTimeout(callback: () => void, ms: number): number;
  setInterval(callback: () => void, ms: number): number;
  /** Cancels a timer this lifetime started. Use these, not the window's: they also drop its bookkeeping. */
  clearTimeout(id: number | undefined): void;
  clearInterval(id: number | undefined): void;
  onEnd(callback: () => void): void;
  end(): void;
}

type Registry = Record<symbol, unknown>;

/** `extensionAlive` is false once the browser has unloaded or updated the extension (runtime.id is gone). */
export function createScriptLifetime(
  name: string,
  extensionAlive: () => boolean,
  registry: Registry = globalThis as unknown as Registry,
): ScriptLifetime {
  const controller = new AbortController();
  const key = lifetimeKey(name);
  const previous = registry[key];
  if (typeof previous === 'function') previous();

  // Pending timers, cancelled together by one abort listener: a timer adds no listener of its own to leave behind.
  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  controller.signal.addEventListener(
    'abort',
    () => {
      for (const id of timeouts) window.clearTimeout(id);
      for (const id of intervals) window.clearInterval(id);
      timeouts.clear();
      intervals.clear();
    },
    { once: true },
  );

  const lifetime: ScriptLifetime = {
    signal: controller.signal,
    isActive() {
      if (!controller.signal.aborted && !extensionAlive()) lifetime.end();
      return !controller.signal.aborted;
    },
    setTimeout(callback, ms) {
      const id = window.setTimeout(() => {
        timeouts.delete(id);
        if (lifetime.isActive()) callback();
      }, ms);
      if (controller.signal.aborted) window.clearTimeout(id);
      else timeouts.add(id);
      return id;
    },
    setInterval(callback, ms) {
      const id = window.setInterval(() => lifetime.isActive() && callback(), ms);
      if (controller.signal.aborted) window.clearInterval(id);
      else intervals.add(id);
      return id;
    },
    clearTimeout(id) {
      if (id === undefined) return;
      window.clearTimeout(id);
      timeouts.delete(id);
    },
    clearInterval(id) {
      if (id === undefined) return;
      window.clearInterval(id);
      intervals.delete(id);
    },
    onEnd(callback) {
      if (controller.signal.aborted) callback();
      else controller.signal.addEventListener('abort', callback, { once: true });
    },
    end() {
      if (registry[key] === lifetime.end) registry[key] = undefined;
      controller.abort();
    },
  };
  registry[key] = lifetime.end;
  return lifetime;
}
