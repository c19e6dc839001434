import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD } from './fixtures/extension-browser';
import { FIREFOX_BUILD } from './fixtures/firefox-extension-browser';
import { EXTENSION_FILES } from '../../shared/manifest';

/**
 * The script that runs in every page once help is on (issue 16): at most 6 KB gzip, since every page pays to load
 * it. About 6.0 KB since the first look reads text nodes alone and keeps the careful walk for very large pages.
 * Reads the production builds; no browser.
 */
const MAX_GZIP_BYTES = 6 * 1024;

describe.each([
  { name: 'Chrome (MV3)', dir: CHROME_BUILD },
  { name: 'Firefox (MV2)', dir: FIREFOX_BUILD },
])('$name build: the page detector script', ({ dir }) => {
  it(`is at most ${MAX_GZIP_BYTES} bytes gzip`, () => {
    const file = path.join(dir, EXTENSION_FILES.pageDetector);
    if (!existsSync(file)) throw new Error(`No ${file}: run "npm run build" first.`);
    const bytes = readFileSync(file);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    console.log(`[page detector] ${path.basename(dir)}: ${bytes.length} bytes, ${gzip} gzip (target ${MAX_GZIP_BYTES})`);
    expect(gzip).toBeLessThanOrEqual(MAX_GZIP_BYTES);
  });
});
