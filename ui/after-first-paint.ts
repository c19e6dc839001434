let painted: Promise<void> | undefined;

/**
 * Resolves once the browser has painted the page's first content, so work that can wait (the other topics, the
 * extension APIs) never competes with it; after a second anyway if the browser never reports a paint.
 */
export function afterFirstPaint(): Promise<void> {
  painted ??= new Promise((resolve) => {
    const done = () => resolve();
    if (performance.getEntriesByName('first-contentful-paint').length > 0) return done();
    setTimeout(done, 1000);
    try {
      const observer = new PerformanceObserver((list) => {
        if (!list.getEntriesByName('first-contentful-paint').length) return;
        observer.disconnect();
        // The paint entry is reported as the frame is presented: one more task lets the browser finish it.
        setTimeout(done);
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      done();
    }
  });
  return painted;
}
