import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file the page script is built from, found by following its relative imports. */
function sourcesOf(entry: string): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    const text = readFileSync(file, 'utf8');
    found.set(file, text);
    for (const [, spec] of text.matchAll(/^(?:import|export)\s(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm)) {
      const base = path.resolve(path.dirname(file), spec!);
      visit([`${base}.ts`, `${base}.tsx`, base].find((candidate) => { try { readFileSync(candidate); return true; } catch { return false; } })!);
    }
  };
  visit(path.resolve('entrypoints/page-detector.ts'));
  return found;
}

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

describe('the script that runs in every web page once help is on', () => {
  const sources = sourcesOf('entrypoints/page-detector.ts');

  it('is built from the detector and its settings only', () => {
    expect(sources.size).toBeGreaterThan(5);
    expect([...sources.keys()].some((file) => file.endsWith('page-watch.ts'))).toBe(true);
  });

  // Observers make the browser do work for every change the page makes, and a page can time that work (issue #13).
  it.each(['MutationObserver', 'ResizeObserver', 'IntersectionObserver', 'PerformanceObserver', 'DOMNodeInserted'])('never uses %s', (api) => {
    const users = [...sources].filter(([, text]) => withoutComments(text).includes(api)).map(([file]) => path.relative(process.cwd(), file));
    expect(users).toEqual([]);
  });
});
