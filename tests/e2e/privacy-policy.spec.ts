import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, CHROME_E2E_BUILD } from './fixtures/extension-browser';
import { FIREFOX_BUILD } from './fixtures/firefox-extension-browser';

/**
 * The privacy policy and the store answers against the built manifests: every permission a build asks for is
 * explained, with the browsers that ask for it, and no document names a permission that no build asks for. Reads
 * files only; no browser.
 */

type Browser = 'Chrome' | 'Firefox';

/** The manifest keys that ask for something. */
const PERMISSION_KEYS = ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions'] as const;

const BUILDS: { name: string; dir: string; browser: Browser }[] = [
  { name: 'Chrome (MV3)', dir: CHROME_BUILD, browser: 'Chrome' },
  // The e2e build holds page access from install; it must ask for nothing the shipped builds do not explain.
  { name: 'Chrome (MV3, e2e)', dir: CHROME_E2E_BUILD, browser: 'Chrome' },
  { name: 'Firefox (MV2)', dir: FIREFOX_BUILD, browser: 'Firefox' },
];

const PRIVACY = 'PRIVACY.md';
const CHROME_PRACTICES = 'store/chrome-privacy-practices.md';
const FIREFOX_NOTES = 'store/firefox-reviewer-notes.md';

/** Permission names browsers know, so a document that names one no build asks for is caught. */
const KNOWN_PERMISSIONS = new Set([
  'activeTab',
  'alarms',
  'background',
  'bookmarks',
  'browserSettings',
  'browsingData',
  'clipboardRead',
  'clipboardWrite',
  'contentSettings',
  'contextMenus',
  'contextualIdentities',
  'cookies',
  'debugger',
  'declarativeContent',
  'declarativeNetRequest',
  'declarativeNetRequestFeedback',
  'declarativeNetRequestWithHostAccess',
  'desktopCapture',
  'dns',
  'downloads',
  'favicon',
  'find',
  'fontSettings',
  'geolocation',
  'history',
  'identity',
  'idle',
  'management',
  'menus',
  'nativeMessaging',
  'notifications',
  'offscreen',
  'pageCapture',
  'privacy',
  'proxy',
  'readingList',
  'scripting',
  'search',
  'sessions',
  'sidePanel',
  'storage',
  'tabCapture',
  'tabGroups',
  'tabHide',
  'tabs',
  'theme',
  'topSites',
  'tts',
  'unlimitedStorage',
  'userScripts',
  'webNavigation',
  'webRequest',
  'webRequestBlocking',
]);

/** A host permission: `<all_urls>` or a match pattern such as `https://*\/*`. */
const HOST_PATTERN = /^(?:<all_urls>|(?:\*|https?|wss?|ftp|file|urn):\/\/\S*)$/;

const looksLikePermission = (name: string) => KNOWN_PERMISSIONS.has(name) || HOST_PATTERN.test(name);

function readText(file: string): string {
  if (!existsSync(file)) throw new Error(`No ${file}.`);
  return readFileSync(file, 'utf8');
}

type Manifest = Partial<Record<(typeof PERMISSION_KEYS)[number], string[]>>;

function readManifest(dir: string): Manifest {
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No ${file}: run "npm run build" first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** Every entry of every key that asks for something. */
function permissionsOf(manifest: Manifest): string[] {
  return [...new Set(PERMISSION_KEYS.flatMap((key) => manifest[key] ?? []))];
}

/** The text under a level-2 heading, up to the next one. */
function section(markdown: string, heading: string): string {
  const parts = markdown.split(/^## (.+)$/m);
  const at = parts.findIndex((part, i) => i % 2 === 1 && part.trim() === heading);
  if (at < 0) throw new Error(`No "## ${heading}"`);
  return parts[at + 1]!;
}

/** The level-3 subsections of a section: what each heading names in backticks, and the text under it. */
function subsections(text: string): { heading: string; names: string[]; body: string }[] {
  const parts = text.split(/^### (.+)$/m);
  const found: { heading: string; names: string[]; body: string }[] = [];
  for (let i = 1; i < parts.length; i += 2) found.push({ heading: parts[i]!, names: backticked(parts[i]!), body: parts[i + 1]! });
  return found;
}

const backticked = (text: string) => [...text.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!);

const ASKED_FOR = /^\*\*Asked for by:\*\*(.*)$/m;

/** The browsers a subsection says ask for its permissions, from its "**Asked for by:**" line. */
function askedFor(body: string): Browser[] | undefined {
  const line = ASKED_FOR.exec(body)?.[1];
  return line === undefined ? undefined : (['Chrome', 'Firefox'] as const).filter((browser) => line.includes(browser));
}

/** True when the text holds at least one whole sentence of explanation, besides the "Asked for by" line. */
function explains(body: string): boolean {
  return body
    .replace(ASKED_FOR, '')
    .split(/(?<=[.!?])\s+/)
    .some((sentence) => /[.!?]$/.test(sentence.trim()) && sentence.trim().split(/\s+/).length >= 5);
}

/** Which browsers ask for each permission, over the given builds. */
function browsersByPermission(builds: readonly { browser: Browser; manifest: Manifest }[]): Map<string, Set<Browser>> {
  const asked = new Map<string, Set<Browser>>();
  for (const { browser, manifest } of builds)
    for (const permission of permissionsOf(manifest)) asked.set(permission, (asked.get(permission) ?? new Set()).add(browser));
  return asked;
}

/**
 * What a document gets wrong about the builds' permissions: one unexplained or wrongly attributed permission per
 * line, or one it names that no build asks for. Empty when it matches them.
 */
function permissionProblems(
  document: string,
  sectionHeading: string,
  builds: readonly { browser: Browser; manifest: Manifest }[],
  { checkBrowsers }: { checkBrowsers: boolean },
): string[] {
  const asked = browsersByPermission(builds);
  const parts = subsections(section(document, sectionHeading));
  const problems: string[] = [];
  for (const [permission, browsers] of asked) {
    const part = parts.find((candidate) => candidate.names.includes(permission));
    if (!part) {
      problems.push(`${permission}: not explained under "## ${sectionHeading}"`);
      continue;
    }
    if (!explains(part.body)) problems.push(`${permission}: no sentence explains it`);
    if (checkBrowsers) {
      const said = askedFor(part.body);
      const expected = [...browsers].sort();
      // A heading naming several permissions says the browsers that ask for any of them.
      const forHeading = [...new Set(part.names.flatMap((name) => [...(asked.get(name) ?? [])]))].sort();
      if (!said) problems.push(`${permission}: no "**Asked for by:**" line`);
      else if (said.join() !== forHeading.join())
        problems.push(`${permission}: says it is asked for by ${said.join(' and ') || 'nobody'}, not ${expected.join(' and ')}`);
    }
  }
  for (const part of parts)
    for (const name of part.names) if (!asked.has(name)) problems.push(`${name}: explained, but no build asks for it`);
  for (const name of new Set(backticked(document)))
    if (looksLikePermission(name) && !asked.has(name)) problems.push(`${name}: named, but no build asks for it`);
  return problems;
}

const builds = () => BUILDS.map((build) => ({ ...build, manifest: readManifest(build.dir) }));

describe('the built manifests', () => {
  it.each(BUILDS)('$name asks for something, so the checks below have something to check', ({ dir }) => {
    expect(permissionsOf(readManifest(dir)).length).toBeGreaterThan(3);
  });

  it('the e2e build asks for nothing the shipped Chrome build does not', () => {
    const shipped = new Set(permissionsOf(readManifest(CHROME_BUILD)));
    expect(permissionsOf(readManifest(CHROME_E2E_BUILD)).filter((permission) => !shipped.has(permission))).toEqual([]);
  });
});

describe('PRIVACY.md', () => {
  it('explains every permission of every build, with the browsers that ask for it, and names no other', () => {
    expect(permissionProblems(readText(PRIVACY), 'Permissions', builds(), { checkBrowsers: true })).toEqual([]);
  });
});

describe('the Chrome Web Store privacy practices', () => {
  it('justify every permission of the Chrome builds, and name no other', () => {
    const chrome = builds().filter((build) => build.browser === 'Chrome');
    expect(permissionProblems(readText(CHROME_PRACTICES), 'Permission justifications', chrome, { checkBrowsers: false })).toEqual([]);
  });
});

describe('the addons.mozilla.org reviewer notes', () => {
  it('list every permission of the Firefox build, and name no other', () => {
    const firefox = builds().filter((build) => build.browser === 'Firefox');
    const asked = new Set(firefox.flatMap((build) => permissionsOf(build.manifest)));
    const notes = readText(FIREFOX_NOTES);
    const table = section(notes, 'Permissions and why');
    const listed = new Set(backticked(table));
    expect([...asked].filter((permission) => !listed.has(permission))).toEqual([]);
    expect([...new Set(backticked(notes))].filter((name) => looksLikePermission(name) && !asked.has(name))).toEqual([]);
  });
});

// Each guard must catch a planted fault, or it guards nothing.
describe('the permission guards catch planted faults', () => {
  const plant = (extra: Manifest) =>
    builds().map((build) =>
      build.browser === 'Chrome'
        ? { ...build, manifest: { ...build.manifest, permissions: [...(build.manifest.permissions ?? []), ...(extra.permissions ?? [])] } }
        : build,
    );

  it('a permission a build asks for that the documents do not explain', () => {
    const planted = plant({ permissions: ['tabs'] });
    expect(permissionProblems(readText(PRIVACY), 'Permissions', planted, { checkBrowsers: true })).toEqual([
      'tabs: not explained under "## Permissions"',
    ]);
    expect(
      permissionProblems(
        readText(CHROME_PRACTICES),
        'Permission justifications',
        planted.filter((build) => build.browser === 'Chrome'),
        { checkBrowsers: false },
      ),
    ).toEqual(['tabs: not explained under "## Permission justifications"']);
  });

  it('a permission named that no build asks for, a wrong browser, and a heading with nothing under it', () => {
    const privacy = readText(PRIVACY)
      .replace(
        '## Changes to this policy',
        '### `history`\n\n**Asked for by:** Chrome.\n\nSteady reads nothing with it at all.\n\n## Changes to this policy',
      )
      .replace(
        '**Asked for by:** Chrome.\n\nSteady uses it to open its guides',
        '**Asked for by:** Chrome and Firefox.\n\nSteady uses it to open its guides',
      )
      .replace(/(### `notifications`\n\n\*\*Asked for by:\*\* Chrome and Firefox\.\n)[\s\S]*?(?=\n### )/, '$1');
    expect(permissionProblems(privacy, 'Permissions', builds(), { checkBrowsers: true })).toEqual([
      'notifications: no sentence explains it',
      'sidePanel: says it is asked for by Chrome and Firefox, not Chrome',
      'history: explained, but no build asks for it',
      'history: named, but no build asks for it',
    ]);
  });
});
