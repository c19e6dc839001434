/**
 * What a script injected into web pages needs to stop cleanly: timers and listeners that end together when the
 * extension is updated or removed, or when a newer copy of the same script starts in the tab.
 *
 * WXT's ContentScriptContext does this too, but it announces every start to the page with window.postMessage,
 * naming the extension: any site could then learn that its visitor uses a benzo-withdrawal helper. This keeps
 * the bookkeeping inside the extension's isolated world, where pages cannot see it.
 */
import { lifetimeKey } from './page-script-keys';

export interface ScriptLifetime {
  readonly signal: AbortSignal;
  isActive(): boolean;
  setTimeout(callback: () => void, ms: number): number;
  setInterval(callback: () => void, ms: number): number;
  onEnd(callback: () => void): void;
  end(): void;
}

type Registry = Record<symbol, unknown>;

/** `extensionAlive` is false once the browser has unloaded or updated the extension (runtime.id is gone). */
export function createScriptLifetime(name: string, extensionAlive: () => boolean, registry: Registry = globalThis as unknown as Registry): ScriptLifetime {
  const controller = new AbortController();
  const key = lifetimeKey(name);
  const previous = registry[key];
  if (typeof previous === 'function') previous();

  const lifetime: ScriptLifetime = {
    signal: controller.signal,
    isActive() {
      if (!controller.signal.aborted && !extensionAlive()) lifetime.end();
      return !controller.signal.aborted;
    },
    setTimeout(callback, ms) {
      const cancel = () => window.clearTimeout(id);
      const id = window.setTimeout(() => {
        // A timer that has fired no longer needs cancelling: drop its listener so busy pages do not pile them up.
        controller.signal.removeEventListener('abort', cancel);
        if (lifetime.isActive()) callback();
      }, ms);
      lifetime.onEnd(cancel);
      return id;
    },
    setInterval(callback, ms) {
      const id = window.setInterval(() => lifetime.isActive() && callback(), ms);
      lifetime.onEnd(() => window.clearInterval(id));
      return id;
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
