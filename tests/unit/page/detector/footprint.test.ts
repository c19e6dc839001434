import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleOf } from '@/tests/support/import-graph';

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

describe('the script that runs in every web page once help is on', () => {
  const { files } = bundleOf('entrypoints/page-detector.ts');
  const sources = new Map([...files].map((file) => [file, readFileSync(file, 'utf8')]));

  it('is built from the detector and its settings only', () => {
    expect(sources.size).toBeGreaterThan(5);
    expect([...sources.keys()].some((file) => file.endsWith('page-watch.ts'))).toBe(true);
  });

  // Observers make the browser do work for every change the page makes, and a page can time that work (issue #13).
  it.each(['MutationObserver', 'ResizeObserver', 'IntersectionObserver', 'PerformanceObserver', 'DOMNodeInserted'])(
    'never uses %s',
    (api) => {
      const users = [...sources].filter(([, text]) => withoutComments(text).includes(api)).map(([file]) => file);
      expect(users).toEqual([]);
    },
  );
});
