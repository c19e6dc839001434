import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from '@/tests/support/import-graph';

/** Writes of raw HTML: what addons.mozilla.org's linter flags, and what a help extension has no need of. */
const RAW_HTML = /dangerouslySetInnerHTML|\.(innerHTML|outerHTML)\s*=(?!=)|insertAdjacentHTML|document\.write\(/;

// wxt.config.ts turns Preact's one raw-HTML write into an error (noRawHtml): it is safe only while no file uses it.
describe('raw HTML', () => {
  it('is written by no source file of the extension', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => RAW_HTML.test(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('is recognised in each of its forms', () => {
    for (const line of [
      '<div dangerouslySetInnerHTML={{ __html: text }} />',
      'el.innerHTML = text;',
      'el.outerHTML=text',
      "el.insertAdjacentHTML('beforeend', text)",
      'document.write(text)',
    ])
      expect(RAW_HTML.test(line), line).toBe(true);
    for (const line of ['if (el.innerHTML === text) {}', 'el.textContent = text;']) expect(RAW_HTML.test(line), line).toBe(false);
  });
});
