import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIN_VISIBLE_MS, watchCardVisibility } from '@/page/help-card/card-visibility';

const SIZE = { width: 340, height: 420 };

/** A card host as mount-help-card.ts leaves it: under <html>, full size, bottom right, and the topmost hit. */
function setUp() {
  let now = 1_000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const host = document.createElement('div');
  document.documentElement.append(host);
  Object.defineProperty(window, 'innerWidth', { value: 1280, configurable: true });
  Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true });
  let rect = new DOMRect(1280 - 12 - 340, 800 - 12 - 420, 340, 420);
  host.getBoundingClientRect = () => rect;
  let topmost: Element | null = host;
  vi.spyOn(document, 'elementFromPoint').mockImplementation(() => topmost);
  // happy-dom has no popover support; a real browser's answer is stood in for.
  const realMatches = host.matches.bind(host);
  let inTopLayer = true;
  host.matches = (selector: string) => (selector === ':popover-open' ? inTopLayer : realMatches(selector));
  const visibility = watchCardVisibility(host, SIZE, document);
  return {
    host,
    visibility,
    later: (ms: number) => (now += ms),
    setRect: (next: DOMRect) => (rect = next),
    setTopmost: (element: Element | null) => (topmost = element),
    leaveTopLayer: () => (inTopLayer = false),
  };
}

describe('whether a click on the help card can be trusted to switch Steady off', () => {
  beforeEach(() => {
    for (const div of document.documentElement.querySelectorAll(':scope > div')) div.remove();
  });
  afterEach(() => vi.restoreAllMocks());

  it('trusts a card that has been in plain view for half a second, and not before', () => {
    const card = setUp();
    expect(card.visibility.whyUntrustworthy()).toBe('visible too briefly');
    card.later(MIN_VISIBLE_MS);
    expect(card.visibility.whyUntrustworthy()).toBeUndefined();
    expect(card.visibility.isTrustworthy()).toBe(true);
  });

  it('refuses a card the page moved into a wrapper of its own', () => {
    const card = setUp();
    card.later(MIN_VISIBLE_MS);
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    wrapper.append(card.host);
    expect(card.visibility.whyUntrustworthy()).toBe('moved');
  });

  it('refuses a card the page faded, even with its own !important', () => {
    const card = setUp();
    card.later(MIN_VISIBLE_MS);
    card.host.style.setProperty('opacity', '0.001', 'important');
    expect(card.visibility.whyUntrustworthy()).toBe('restyled');
  });

  it('refuses a card taken out of the top layer', () => {
    const card = setUp();
    card.later(MIN_VISIBLE_MS);
    card.leaveTopLayer();
    expect(card.visibility.whyUntrustworthy()).toBe('not in the top layer');
  });

  it('refuses a card shrunk by CSS zoom or squeezed to a few pixels', () => {
    const card = setUp();
    card.later(MIN_VISIBLE_MS);
    Object.defineProperty(card.host, 'currentCSSZoom', { value: 0.05, configurable: true });
    expect(card.visibility.whyUntrustworthy()).toBe('zoomed');
    Object.defineProperty(card.host, 'currentCSSZoom', { value: 1, configurable: true });
    card.setRect(new DOMRect(1200, 700, 17, 21));
    expect(card.visibility.whyUntrustworthy()).toBe('shrunk');
  });

  it('refuses a card pushed off screen', () => {
    const card = setUp();
    card.later(MIN_VISIBLE_MS);
    card.setRect(new DOMRect(1270, 368, 340, 420));
    expect(card.visibility.whyUntrustworthy()).toBe('off screen');
  });

  it('refuses a card with something else on top of it', () => {
    const card = setUp();
    card.later(MIN_VISIBLE_MS);
    card.setTopmost(document.body);
    expect(card.visibility.whyUntrustworthy()).toBe('covered');
  });

  it('checks the size the card has now, for a card whose size follows what it shows', () => {
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const host = document.createElement('div');
    document.documentElement.append(host);
    Object.defineProperty(window, 'innerWidth', { value: 1280, configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: 800, configurable: true });
    host.getBoundingClientRect = () => new DOMRect(1280 - 12 - 340, 800 - 12 - 264, 340, 264);
    vi.spyOn(document, 'elementFromPoint').mockImplementation(() => host);
    const realMatches = host.matches.bind(host);
    host.matches = (selector: string) => (selector === ':popover-open' ? true : realMatches(selector));
    let height = 264;
    const visibility = watchCardVisibility(host, () => ({ width: 340, height }), document);
    now += MIN_VISIBLE_MS;
    expect(visibility.whyUntrustworthy()).toBeUndefined();
    // Unfolded, the host must be taller: at the folded height it has been squeezed.
    height = 480;
    expect(visibility.whyUntrustworthy()).toBe('shrunk');
  });
});
