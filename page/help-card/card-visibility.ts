/**
 * Whether the help card is really in front of the user, so that a click on it can be trusted to change a setting.
 * A page can cover the card with something that lets clicks through, fade or shrink the card's host, or move it,
 * so that a click on the page's own button lands on "Snooze for a day" (issue #13). The card's words and numbers
 * are safe whatever the page does (closed shadow root); only actions that switch Steady off need this check.
 */

/** The card must have been fully visible this long before a setting-changing click counts. */
export const MIN_VISIBLE_MS = 500;

interface VisibilityEntry extends IntersectionObserverEntry {
  /** Intersection Observer v2 (Chromium): false when anything covers, fades, filters or distorts the target. */
  readonly isVisible?: boolean;
}

export interface CardVisibility {
  /** True only when nothing the page did can have made the card invisible, covered, moved or shrunk. */
  isTrustworthy(): boolean;
  /** The first check that failed, in a few words, or undefined when the card can be trusted. */
  whyUntrustworthy(): string | undefined;
  stop(): void;
}

/** Effects that let a page hide or distort the card while leaving it clickable. */
const STYLE_MUST_BE: [property: string, value: string][] = [
  ['opacity', '1'],
  ['visibility', 'visible'],
  ['filter', 'none'],
  ['transform', 'none'],
  ['clip-path', 'none'],
  ['mix-blend-mode', 'normal'],
];

function styleIsIntact(element: Element, view: Window): boolean {
  const style = view.getComputedStyle(element);
  // An empty value is a property this browser does not support, so no page can use it either.
  return STYLE_MUST_BE.every(([property, value]) => [value, ''].includes(style.getPropertyValue(property)));
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Other elements in the browser's top layer (popovers, modal dialogs, full screen) drawn over the card. */
function coveredFromTopLayer(host: HTMLElement, doc: Document, rect: DOMRect): boolean {
  let others: Element[] = [];
  try {
    others = [...doc.querySelectorAll(':popover-open, :modal')];
  } catch {
    // A browser without these selectors has no top layer for a page to cover the card from, either.
  }
  if (doc.fullscreenElement) others.push(doc.fullscreenElement);
  return others.some((other) => other !== host && overlaps(other.getBoundingClientRect(), rect));
}

/** Without Intersection Observer v2: the topmost hit at points across the card must be the card itself. */
function hitTestsAsCard(host: HTMLElement, doc: Document, rect: DOMRect): boolean {
  const points = [0.1, 0.5, 0.9].flatMap((fx) =>
    [0.1, 0.5, 0.9].map((fy) => [rect.left + rect.width * fx, rect.top + rect.height * fy] as const),
  );
  return points.every(([x, y]) => doc.elementFromPoint(x, y) === host);
}

export interface CardSize {
  width: number;
  height: number;
}

/**
 * `expected` is the size the host is given (or a function that says it at the time of the check, for a card whose
 * size follows what it shows, folded or unfolded); the host may be smaller only where the window is.
 */
export function watchCardVisibility(
  host: HTMLElement,
  expected: CardSize | (() => CardSize),
  doc: Document = host.ownerDocument,
): CardVisibility {
  const view = doc.defaultView!;
  const supportsV2 = typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;
  let visibleSince: number | undefined;
  let observer: IntersectionObserver | undefined;
  if (supportsV2) {
    observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1] as VisibilityEntry | undefined;
        if (!entry) return;
        const visible = entry.isVisible === true && entry.intersectionRatio >= 0.99;
        visibleSince = visible ? (visibleSince ?? entry.time) : undefined;
      },
      // trackVisibility and delay are Intersection Observer v2 options (https://w3c.github.io/IntersectionObserver/v2/).
      { threshold: [0.99, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    observer.observe(host);
  } else {
    visibleSince = performance.now();
  }

  function whyUntrustworthy(): string | undefined {
    if (!host.isConnected || host.parentNode !== doc.documentElement) return 'moved';
    try {
      if (!host.matches(':popover-open')) return 'not in the top layer';
    } catch {
      // No popover support: the other checks still apply.
    }
    if (!styleIsIntact(host, view) || !styleIsIntact(doc.documentElement, view)) return 'restyled';
    // CSS `zoom` on the page shrinks the card without changing its style.
    const zoom = (host as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
    if (Math.abs(zoom - 1) > 0.01) return 'zoomed';
    const rect = host.getBoundingClientRect();
    const want = typeof expected === 'function' ? expected() : expected;
    const wantWidth = Math.min(want.width, view.innerWidth - 24);
    const wantHeight = Math.min(want.height, view.innerHeight - 24);
    if (rect.width < wantWidth - 1 || rect.height < wantHeight - 1) return 'shrunk';
    if (rect.left < 0 || rect.top < 0 || rect.right > view.innerWidth || rect.bottom > view.innerHeight) return 'off screen';
    if (coveredFromTopLayer(host, doc, rect)) return 'covered from the top layer';
    if (!supportsV2 && !hitTestsAsCard(host, doc, rect)) return 'covered';
    if (visibleSince === undefined) return supportsV2 ? 'not visible (Intersection Observer v2)' : 'not visible';
    if (performance.now() - visibleSince < MIN_VISIBLE_MS) return 'visible too briefly';
    return undefined;
  }

  return {
    whyUntrustworthy,
    isTrustworthy: () => whyUntrustworthy() === undefined,
    stop() {
      observer?.disconnect();
    },
  };
}
