import { describe, expect, it, vi } from 'vitest';
import { createScriptLifetime } from '../../utils/script-lifetime';

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
});
