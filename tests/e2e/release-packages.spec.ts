/**
 * The packages `npm run zip` makes for the stores (run before this, in `npm test`): the Chrome/Edge package, the
 * Firefox package, and the sources package Mozilla's reviewers rebuild the Firefox package from. This rebuilds it
 * from the sources package, as a reviewer would (store/firefox-reviewer-notes.md), and compares file for file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD } from './fixtures/extension-browser';
import { FIREFOX_BUILD } from './fixtures/firefox-extension-browser';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const PACKAGE = {
  chrome: path.resolve(`.output/${name}-${version}-chrome.zip`),
  firefox: path.resolve(`.output/${name}-${version}-firefox.zip`),
  sources: path.resolve(`.output/${name}-${version}-sources.zip`),
};
/** What the Firefox build reads: without any of these, a reviewer cannot rebuild the package. */
const BUILD_INPUTS = ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json'];
/** The folders of the extension's own code and files, every tracked file of which the sources package holds. */
const SOURCE_FOLDERS = [
  'assets',
  'background',
  'browser-api',
  'components',
  'entrypoints',
  'help-content',
  'locales',
  'offscreen',
  'page',
  'public',
  'shared',
  'ui',
];

async function filesIn(zipFile: string): Promise<Map<string, Buffer>> {
  if (!existsSync(zipFile)) throw new Error(`No ${zipFile}: run "npm run zip" first.`);
  const zip = await JSZip.loadAsync(readFileSync(zipFile));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}

function filesUnder(dir: string, root = dir): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) for (const [file, bytes] of filesUnder(full, root)) files.set(file, bytes);
    else files.set(path.relative(root, full).split(path.sep).join('/'), readFileSync(full));
  }
  return files;
}

/** Files whose bytes differ between two sets, and files only one has. */
function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((file) => !a.get(file)?.equals(b.get(file) ?? Buffer.alloc(0)) || !b.has(file)).sort();
}

describe('release packages (npm run zip)', () => {
  let chrome: Map<string, Buffer>;
  let firefox: Map<string, Buffer>;
  let sources: Map<string, Buffer>;

  beforeAll(async () => {
    [chrome, firefox, sources] = await Promise.all([filesIn(PACKAGE.chrome), filesIn(PACKAGE.firefox), filesIn(PACKAGE.sources)]);
  });

  it('the Chrome/Edge package is the production build, with no page access from install', () => {
    expect(differences(chrome, filesUnder(CHROME_BUILD))).toEqual([]);
    const manifest = JSON.parse(chrome.get('manifest.json')!.toString('utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(version);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('the Firefox package is the Firefox build', () => {
    expect(differences(firefox, filesUnder(FIREFOX_BUILD))).toEqual([]);
    const manifest = JSON.parse(firefox.get('manifest.json')!.toString('utf8'));
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.version).toBe(version);
    expect(manifest.permissions).not.toContain('http://*/*');
  });

  it('the sources package holds what the build reads: the build files and every tracked file of the source folders', () => {
    const tracked = execFileSync('git', ['ls-files', '-z', ...SOURCE_FOLDERS], { encoding: 'utf8' })
      .split('\0')
      .filter(Boolean)
      // Chrome's offscreen page, which WXT leaves out of Firefox's sources since Firefox's build never reads it.
      .filter((file) => !file.startsWith('entrypoints/offscreen/'));
    expect(tracked.length).toBeGreaterThan(150);
    expect([...BUILD_INPUTS, ...tracked].filter((file) => !sources.has(file))).toEqual([]);
    for (const file of BUILD_INPUTS) expect(sources.get(file)?.equals(readFileSync(file)), file).toBe(true);
    // And what a reviewer reads: how to build, what it keeps, what changed.
    for (const file of ['README.md', 'PRIVACY.md', 'CHANGELOG.md', 'store/firefox-reviewer-notes.md'])
      expect(sources.has(file), file).toBe(true);
  });

  it('the sources package holds no tests, test corpora, screenshots, developer tasks, build output or dependencies', () => {
    const unwanted = [...sources.keys()].filter(
      (file) =>
        /^(tests|tasks|docs|store\/screenshots|node_modules|\.output|\.wxt|\.git|\.ci)\//.test(file) ||
        /\.(spec|test)\.tsx?$/.test(file) ||
        (file.endsWith('.png') && !file.startsWith('public/')),
    );
    expect(unwanted).toEqual([]);
    expect(sources.size).toBeLessThan(400);
  });

  describe('rebuilt from the sources package, as a reviewer does', () => {
    let workDir: string;
    beforeAll(() => {
      workDir = mkdtempSync(path.join(tmpdir(), 'steady-sources-'));
      for (const [file, bytes] of sources) {
        mkdirSync(path.dirname(path.join(workDir, file)), { recursive: true });
        writeFileSync(path.join(workDir, file), bytes);
      }
      // A reviewer runs `npm ci`; the same pinned packages are already installed here, so they are linked instead.
      symlinkSync(path.resolve('node_modules'), path.join(workDir, 'node_modules'), 'dir');
      // A reviewer's shell, not this test runner's: Vitest sets NODE_ENV=test, which changes what Vite builds.
      const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
      execFileSync('npx', ['wxt', 'prepare'], { cwd: workDir, stdio: 'pipe', env });
      execFileSync('npm', ['run', 'build:firefox'], { cwd: workDir, stdio: 'pipe', env });
    }, 120_000);
    afterAll(() => {
      if (workDir) rmSync(workDir, { recursive: true, force: true });
    });

    it('gives the Firefox package, file for file and byte for byte', () => {
      const rebuilt = filesUnder(path.join(workDir, '.output/firefox-mv2'));
      expect(rebuilt.size).toBe(firefox.size);
      expect(differences(rebuilt, firefox)).toEqual([]);
    });
  });
});
