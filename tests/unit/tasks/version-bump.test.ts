import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BumpError,
  bumpVersion,
  checkNewVersion,
  compareVersions,
  localDate,
  lockVersions,
  newestChangelogVersion,
  packageJsonVersion,
  releaseChangelog,
  setLockVersion,
  setPackageJsonVersion,
  type VersionFiles,
} from '@/tasks/version-bump';
import { SOURCE_ROOMS } from '@/tests/support/import-graph';

const PACKAGE_JSON = `{
  "name": "steady",
  "version": "0.1.0",
  "private": true,
  "dependencies": {
    "preact": "11.2.0"
  },
  "devDependencies": {
    "fake": "0.1.0"
  }
}
`;

const PACKAGE_LOCK = `{
  "name": "steady",
  "version": "0.1.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "steady",
      "version": "0.1.0",
      "dependencies": {
        "preact": "11.2.0"
      }
    },
    "node_modules/fake": {
      "version": "0.1.0",
      "dev": true
    },
    "node_modules/preact": {
      "version": "11.2.0"
    }
  }
}
`;

const CHANGELOG = `# Changelog

How it is kept: see the top of the real one.

## [Unreleased]

### Added

- Help in Portuguese.

### Fixed

- The card's Close button in Firefox.

## [0.1.0] - 2026-12-01

First version submitted to the stores.

### Added

- Everything.
`;

const FILES: VersionFiles = { packageJson: PACKAGE_JSON, packageLock: PACKAGE_LOCK, changelog: CHANGELOG };

/** The BumpError's message, or a failure if `run` does not throw one. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof BumpError) return error.message;
    throw error;
  }
  throw new Error('not refused');
}

describe('version:bump, the version checks', () => {
  it('orders versions by their numbers, not as text', () => {
    expect(compareVersions('0.10.0', '0.9.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '0.99.99')).toBeGreaterThan(0);
    expect(compareVersions('0.1.1', '0.1.0')).toBeGreaterThan(0);
    expect(compareVersions('0.1.0', '0.1.0')).toBe(0);
    expect(compareVersions('0.1.0', '0.2.0')).toBeLessThan(0);
  });

  it('takes a newer x.y.z', () => {
    for (const next of ['0.1.1', '0.2.0', '1.0.0', '0.10.0', '65535.0.0']) expect(checkNewVersion('0.1.0', next)).toBe(next);
  });

  it('refuses what is not x.y.z, saying how to write one', () => {
    for (const bad of [
      '1',
      '1.2',
      '1.2.3.4',
      'v1.2.3',
      '1.2.3-beta.1',
      '1.2.3+build',
      '01.2.3',
      '1.02.3',
      ' 1.2.3',
      '1.2.x',
      '65536.0.0',
      'latest',
    ]) {
      expect(refusal(() => checkNewVersion('0.1.0', bad))).toBe(
        `"${bad}" is not a version: write three whole numbers as x.y.z (like 1.2.3), with no "v", no leading zeros, no tag after it, each at most 65535.`,
      );
    }
  });

  it('refuses no version, the same version and an older one', () => {
    expect(refusal(() => checkNewVersion('0.1.0', undefined))).toBe('Give the new version: npm run version:bump -- x.y.z (now 0.1.0).');
    expect(refusal(() => checkNewVersion('0.1.0', '0.1.0'))).toBe('The version is already 0.1.0: give a newer one.');
    expect(refusal(() => checkNewVersion('0.2.0', '0.1.9'))).toBe('0.1.9 is older than the current version 0.2.0: give a newer one.');
    expect(refusal(() => checkNewVersion('1.0.0', '0.99.99'))).toBe('0.99.99 is older than the current version 1.0.0: give a newer one.');
  });

  it('dates the bump with the local calendar day', () => {
    expect(localDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
    expect(localDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});

describe('version:bump, the three texts', () => {
  it('package.json: the top-level version only, every other byte as it was', () => {
    expect(setPackageJsonVersion(PACKAGE_JSON, '0.2.0')).toBe(`{
  "name": "steady",
  "version": "0.2.0",
  "private": true,
  "dependencies": {
    "preact": "11.2.0"
  },
  "devDependencies": {
    "fake": "0.1.0"
  }
}
`);
  });

  it('package-lock.json: the root version and packages[""].version only, not a dependency that shares the number', () => {
    expect(setLockVersion(PACKAGE_LOCK, '0.2.0')).toBe(`{
  "name": "steady",
  "version": "0.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "steady",
      "version": "0.2.0",
      "dependencies": {
        "preact": "11.2.0"
      }
    },
    "node_modules/fake": {
      "version": "0.1.0",
      "dev": true
    },
    "node_modules/preact": {
      "version": "11.2.0"
    }
  }
}
`);
  });

  it('refuses a file whose version it cannot find, or whose JSON it would change beyond the version', () => {
    expect(refusal(() => setPackageJsonVersion('{\n  "name": "steady"\n}\n', '0.2.0'))).toBe(
      'package.json: expected one version field, found 0.',
    );
    expect(refusal(() => setLockVersion(PACKAGE_LOCK.replace('    "": {', '    "x": {'), '0.2.0'))).toBe(
      'package-lock.json: no packages[""] entry.',
    );
    // Written unlike npm writes it: the one "version" two spaces in is not the top-level one, and is left alone.
    expect(refusal(() => setPackageJsonVersion('{\n"name": "steady",\n"engines": {\n  "version": "0.1.0"\n}\n}\n', '0.2.0'))).toBe(
      'package.json: the version could not be changed on its own.',
    );
  });

  it('CHANGELOG.md: the Unreleased entries move under the new version, dated, and Unreleased is left empty', () => {
    expect(releaseChangelog(CHANGELOG, '0.2.0', '2027-01-05')).toBe(`# Changelog

How it is kept: see the top of the real one.

## [Unreleased]

Nothing yet.

## [0.2.0] - 2027-01-05

### Added

- Help in Portuguese.

### Fixed

- The card's Close button in Firefox.

## [0.1.0] - 2026-12-01

First version submitted to the stores.

### Added

- Everything.
`);
  });

  it('CHANGELOG.md: a "Nothing yet." left above new entries is dropped, and a changelog with no older version works', () => {
    expect(releaseChangelog('# Changelog\n\n## [Unreleased]\n\nNothing yet.\n\n### Added\n\n- One thing.\n', '1.0.0', '2027-02-03')).toBe(
      '# Changelog\n\n## [Unreleased]\n\nNothing yet.\n\n## [1.0.0] - 2027-02-03\n\n### Added\n\n- One thing.\n',
    );
  });

  it('CHANGELOG.md: refuses an empty Unreleased section, or none, or two', () => {
    const empty = CHANGELOG.replace(/## \[Unreleased\][\s\S]*?(?=## \[0)/, '## [Unreleased]\n\nNothing yet.\n\n');
    expect(refusal(() => releaseChangelog(empty, '0.2.0', '2027-01-05'))).toBe(
      'CHANGELOG.md: nothing is listed under ## [Unreleased]. Write there what changed for people using Steady, then bump.',
    );
    expect(refusal(() => releaseChangelog(CHANGELOG.replace('## [Unreleased]', '## Unreleased'), '0.2.0', '2027-01-05'))).toBe(
      'CHANGELOG.md: expected one "## [Unreleased]" heading, found 0.',
    );
    expect(refusal(() => releaseChangelog(`${CHANGELOG}\n## [Unreleased]\n`, '0.2.0', '2027-01-05'))).toBe(
      'CHANGELOG.md: expected one "## [Unreleased]" heading, found 2.',
    );
  });

  it('bumps all three together', () => {
    expect(bumpVersion(FILES, '0.2.0', '2027-01-05')).toEqual({
      packageJson: setPackageJsonVersion(PACKAGE_JSON, '0.2.0'),
      packageLock: setLockVersion(PACKAGE_LOCK, '0.2.0'),
      changelog: releaseChangelog(CHANGELOG, '0.2.0', '2027-01-05'),
    });
  });

  it('refuses, before changing any text, a bad version or files that disagree on the current one', () => {
    expect(refusal(() => bumpVersion(FILES, '0.1.0', '2027-01-05'))).toBe('The version is already 0.1.0: give a newer one.');
    expect(refusal(() => bumpVersion(FILES, '0.0.9', '2027-01-05'))).toBe(
      '0.0.9 is older than the current version 0.1.0: give a newer one.',
    );
    expect(refusal(() => bumpVersion(FILES, 'v0.2.0', '2027-01-05'))).toMatch(/^"v0.2.0" is not a version/);
    expect(
      refusal(() => bumpVersion({ ...FILES, packageLock: PACKAGE_LOCK.replace('"version": "0.1.0"', '"version": "0.0.9"') }, '0.2.0', 'x')),
    ).toBe('package-lock.json says 0.0.9 and 0.1.0, package.json 0.1.0: they should agree before a bump (npm install puts them right).');
    expect(refusal(() => bumpVersion({ ...FILES, changelog: CHANGELOG.replace('[0.1.0]', '[0.0.9]') }, '0.2.0', 'x'))).toBe(
      "CHANGELOG.md's newest version heading is 0.0.9, package.json says 0.1.0.",
    );
    expect(refusal(() => bumpVersion({ ...FILES, changelog: CHANGELOG.replace('2026-12-01', 'Unreleased') }, '0.2.0', 'x'))).toBe(
      'CHANGELOG.md: 0.1.0 still says Unreleased. Write the day it went to the stores (YYYY-MM-DD) in its heading before bumping past it.',
    );
  });
});

/** Project files the extension is built from, or that go into it as they are. */
const SHIPPED = [...SOURCE_ROOMS, 'assets', 'public', 'wxt.config.ts'];
const BINARY = /\.(png|jpe?g|gif|webp|ico|woff2?)$/;

function filesIn(entry: string): string[] {
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry).flatMap((name) => filesIn(path.join(entry, name)));
}

/** A version written out whole: 0.1.0 but not 10.1.0 or 0.1.0.1. */
function versionPattern(version: string): RegExp {
  return new RegExp(`(?<![\\d.])${version.replaceAll('.', '\\.')}(?!\\.?\\d)`);
}

/** Shipped files that write `version` out. */
function filesNaming(version: string): string[] {
  const pattern = versionPattern(version);
  return SHIPPED.flatMap(filesIn).filter((file) => !BINARY.test(file) && pattern.test(readFileSync(file, 'utf8')));
}

describe('the version lives in package.json alone (the real files)', () => {
  const version = packageJsonVersion(readFileSync('package.json', 'utf8'));
  const changelog = readFileSync('CHANGELOG.md', 'utf8');

  it("is CHANGELOG.md's newest version heading, dated or (never published) Unreleased", () => {
    expect(newestChangelogVersion(changelog)?.version).toBe(version);
    // Every second-level heading is Unreleased or a version with its date; an Unreleased section comes first.
    const headings = changelog.match(/^## .*$/gm) ?? [];
    expect(headings[0]).toBe('## [Unreleased]');
    for (const heading of headings.slice(1)) expect(heading).toMatch(/^## \[\d+\.\d+\.\d+\] - (\d{4}-\d{2}-\d{2}|Unreleased)$/);
  });

  it("is both of package-lock.json's versions", () => {
    expect(lockVersions(readFileSync('package-lock.json', 'utf8'))).toEqual([version, version]);
  });

  it('is written in no file the extension is built from (WXT puts it into each manifest)', () => {
    expect(filesNaming(version)).toEqual([]);
  });

  it('is not set in the manifest config either, where it would override package.json', () => {
    for (const file of ['wxt.config.ts', 'shared/manifest.ts'])
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bversion(_name)?['"]?\s*:/);
  });

  it('the guard above finds a version written out, and not a longer number that contains it', () => {
    for (const text of ["'0.1.0'", 'v0.1.0', 'version 0.1.0.', '"0.1.0"']) expect(versionPattern('0.1.0').test(text), text).toBe(true);
    for (const text of ['10.1.0', '0.1.01', '0.1.0.1', '1.0.1.0']) expect(versionPattern('0.1.0').test(text), text).toBe(false);
  });
});
