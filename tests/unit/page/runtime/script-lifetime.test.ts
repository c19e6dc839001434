import { describe, expect, it, vi } from 'vitest';
import { createScriptLifetime } from '@/page/runtime/script-lifetime';

/** Abort listeners currently on `signal`, counted through its own add and remove methods. */
function countAbortListeners(signal: AbortSignal): () => number {
  const live = new Set<unknown>();
  const add = signal.addEventListener.bind(signal) as EventTarget['addEventListener'];
  const remove = signal.removeEventListener.bind(signal) as EventTarget['removeEventListener'];
  vi.spyOn(signal, 'addEventListener').mockImplementation((...args: Parameters<EventTarget['addEventListener']>) => {
    if (args[0] === 'abort') live.add(args[1]);
    add(...args);
  });
  vi.spyOn(signal, 'removeEventListener').mockImplementation((...args: Parameters<EventTarget['removeEventListener']>) => {
    if (args[0] === 'abort') live.delete(args[1]);
    remove(...args);
  });
  return () => live.size;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createScriptLifetime', () => {
  it('ends the previous copy of the same script when a new one starts', () => {
    const registry = {};
    const first = createScriptLifetime('detector', () => true, registry);
    const ended = vi.fn();
    first.onEnd(ended);
    const second = createScriptLifetime('detector', () => true, registry);
    expect(ended).toHaveBeenCalledOnce();
    expect(first.isActive()).toBe(false);
    expect(second.isActive()).toBe(true);
  });

  it('stops its timers and itself once the extension is gone', async () => {
    let alive = true;
    const lifetime = createScriptLifetime('card', () => alive, {});
    const tick = vi.fn();
    lifetime.setInterval(tick, 5);
    await vi.waitFor(() => expect(tick).toHaveBeenCalled());
    alive = false;
    const calls = tick.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(tick.mock.calls.length).toBe(calls);
    expect(lifetime.isActive()).toBe(false);
  });

  it('runs end callbacks once, and at once when already ended', () => {
    const lifetime = createScriptLifetime('x', () => true, {});
    const late = vi.fn();
    lifetime.end();
    lifetime.end();
    lifetime.onEnd(late);
    expect(late).toHaveBeenCalledOnce();
  });

  it('keeps its listener count flat over 5,000 timers set and cleared', () => {
    const lifetime = createScriptLifetime('x', () => true, {});
    const listeners = countAbortListeners(lifetime.signal);
    lifetime.onEnd(() => undefined);
    const tick = vi.fn();
    for (let i = 0; i < 5_000; i++) lifetime.clearTimeout(lifetime.setTimeout(tick, 60_000));
    for (let i = 0; i < 5_000; i++) lifetime.clearInterval(lifetime.setInterval(tick, 60_000));
    expect(listeners()).toBe(1);
    lifetime.end();
    expect(tick).not.toHaveBeenCalled();
  });

  it('never runs a cleared timer, and clearing nothing or twice is harmless', async () => {
    const lifetime = createScriptLifetime('x', () => true, {});
    const ran = vi.fn();
    const timeout = lifetime.setTimeout(ran, 5);
    const interval = lifetime.setInterval(ran, 5);
    lifetime.clearTimeout(timeout);
    lifetime.clearInterval(interval);
    lifetime.clearTimeout(timeout);
    lifetime.clearTimeout(undefined);
    lifetime.clearInterval(undefined);
    await pause(30);
    expect(ran).not.toHaveBeenCalled();
  });

  it('cancels every pending timer when it ends, and runs a timer that fires before then', async () => {
    const lifetime = createScriptLifetime('x', () => true, {});
    const early = vi.fn();
    const late = vi.fn();
    lifetime.setTimeout(early, 0);
    await pause(20);
    expect(early).toHaveBeenCalledOnce();
    const cleared = vi.spyOn(window, 'clearTimeout');
    const clearedIntervals = vi.spyOn(window, 'clearInterval');
    const timeout = lifetime.setTimeout(late, 5);
    const interval = lifetime.setInterval(late, 5);
    lifetime.end();
    expect(cleared).toHaveBeenCalledWith(timeout);
    expect(clearedIntervals).toHaveBeenCalledWith(interval);
    lifetime.setTimeout(late, 0);
    await pause(30);
    expect(late).not.toHaveBeenCalled();
  });
});
