/**
 * The pure part of `npm run version:bump -- <x.y.z>` (the command is tasks/bump-version.ts): checks the new version and
 * writes it into the texts of package.json, package-lock.json and CHANGELOG.md. Nothing here touches a file.
 *
 * package.json holds the one version: WXT copies it into every built manifest. package-lock.json repeats it twice
 * (npm keeps it there), and CHANGELOG.md names it in its newest heading; the bump moves all four together.
 */
import { isDeepStrictEqual } from 'node:util';

/** Why a bump was refused, in words for the person who ran it. */
export class BumpError extends Error {
  override name = 'BumpError';
}

/** x.y.z, each a whole number without leading zeros: semver without pre-release or build tags, which manifests refuse. */
const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
/** Chrome takes each of a manifest version's numbers up to 65535. */
const MAX_PART = 65535;

export const UNRELEASED_HEADING = '## [Unreleased]';
/** What the Unreleased section says while it lists nothing. */
export const NOTHING_YET = 'Nothing yet.';
/** A version's heading: its date is the day it was bumped to, or Unreleased until it has gone to the stores. */
const VERSION_HEADING = /^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2}|Unreleased)$/m;

export function parseVersion(version: string): [number, number, number] | undefined {
  const match = VERSION.exec(version);
  if (!match) return undefined;
  const parts = [Number(match[1]), Number(match[2]), Number(match[3])] as [number, number, number];
  return parts.every((part) => part <= MAX_PART) ? parts : undefined;
}

/** Negative when a is older than b, 0 when equal, positive when newer. Both must be valid versions. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  if (!x || !y) throw new Error(`not x.y.z: ${x ? b : a}`);
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** Throws a BumpError unless `next` is a valid version newer than `current`. */
export function checkNewVersion(current: string, next: string | undefined): string {
  if (next === undefined || next === '') throw new BumpError(`Give the new version: npm run version:bump -- x.y.z (now ${current}).`);
  if (!parseVersion(next)) {
    throw new BumpError(
      `"${next}" is not a version: write three whole numbers as x.y.z (like 1.2.3), with no "v", no leading zeros, no tag after it, each at most ${MAX_PART}.`,
    );
  }
  const order = compareVersions(next, current);
  if (order === 0) throw new BumpError(`The version is already ${current}: give a newer one.`);
  if (order < 0) throw new BumpError(`${next} is older than the current version ${current}: give a newer one.`);
  return next;
}

/** The day as YYYY-MM-DD in the machine's own time zone (the date a person sees on their calendar). */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Replaces the one match of `pattern` (which must capture the text before the quoted value) with the new value. */
function replaceQuotedValue(text: string, pattern: RegExp, value: string, where: string): string {
  const matches = [...text.matchAll(new RegExp(pattern.source, 'gm'))];
  if (matches.length !== 1) throw new BumpError(`${where}: expected one version field, found ${matches.length}.`);
  const [match] = matches as [RegExpExecArray];
  return `${text.slice(0, match.index)}${match[1]}${JSON.stringify(value)}${text.slice(match.index + match[0].length)}`;
}

/** Fails unless the new text parses to the old one with only the expected changes: nothing else was touched. */
function checkOnlyChanged(before: string, after: string, change: (json: Record<string, unknown>) => void, file: string): string {
  const expected = JSON.parse(before) as Record<string, unknown>;
  change(expected);
  if (!isDeepStrictEqual(JSON.parse(after), expected)) throw new BumpError(`${file}: the version could not be changed on its own.`);
  return after;
}

/** The top-level "version" of package.json (two spaces in: nested keys sit deeper). */
const TOP_LEVEL_VERSION = /^( {2}"version": )"[^"\n]*"/;

export function packageJsonVersion(text: string): string {
  const version = (JSON.parse(text) as { version?: unknown }).version;
  if (typeof version !== 'string') throw new BumpError('package.json: no "version".');
  return version;
}

export function setPackageJsonVersion(text: string, version: string): string {
  const after = replaceQuotedValue(text, TOP_LEVEL_VERSION, version, 'package.json');
  return checkOnlyChanged(
    text,
    after,
    (json) => {
      json.version = version;
    },
    'package.json',
  );
}

interface Lockfile {
  version?: unknown;
  packages?: { ''?: { version?: unknown } };
}

/** The two versions npm keeps in package-lock.json: the root's and packages[""]'s. */
export function lockVersions(text: string): [unknown, unknown] {
  const lock = JSON.parse(text) as Lockfile;
  return [lock.version, lock.packages?.['']?.version];
}

export function setLockVersion(text: string, version: string): string {
  const rootDone = replaceQuotedValue(text, TOP_LEVEL_VERSION, version, 'package-lock.json');
  // packages[""] is the first entry of "packages" (four spaces in), its fields six spaces in.
  const block = /^ {4}"": \{\n[\s\S]*?^ {4}\}/m.exec(rootDone);
  if (!block) throw new BumpError('package-lock.json: no packages[""] entry.');
  const blockDone = replaceQuotedValue(block[0], /^( {6}"version": )"[^"\n]*"/, version, 'package-lock.json packages[""]');
  const after = rootDone.slice(0, block.index) + blockDone + rootDone.slice(block.index + block[0].length);
  return checkOnlyChanged(
    text,
    after,
    (json) => {
      const lock = json as Lockfile;
      lock.version = version;
      lock.packages![''] = { ...lock.packages![''], version };
    },
    'package-lock.json',
  );
}

/** The newest version heading of the changelog: its version, and its date or 'Unreleased'. */
export function newestChangelogVersion(text: string): { version: string; date: string } | undefined {
  const match = VERSION_HEADING.exec(text);
  return match ? { version: match[1]!, date: match[2]! } : undefined;
}

/**
 * Moves what the Unreleased section lists under a new heading `## [version] - date`, just below it, and leaves the
 * Unreleased section saying "Nothing yet.". Everything else in the text stays as it was.
 */
export function releaseChangelog(text: string, version: string, date: string): string {
  const headings = [...text.matchAll(/^## \[Unreleased\][ \t]*$/gm)];
  if (headings.length !== 1) throw new BumpError(`CHANGELOG.md: expected one "${UNRELEASED_HEADING}" heading, found ${headings.length}.`);
  const start = headings[0]!.index;
  const bodyStart = start + headings[0]![0].length;
  const nextHeading = /^## /m.exec(text.slice(bodyStart));
  const end = nextHeading ? bodyStart + nextHeading.index : text.length;
  const entries = text
    .slice(bodyStart, end)
    .split('\n')
    .filter((line) => line.trim() !== NOTHING_YET)
    .join('\n')
    .trim();
  if (!entries) {
    throw new BumpError(
      `CHANGELOG.md: nothing is listed under ${UNRELEASED_HEADING}. Write there what changed for people using Steady, then bump.`,
    );
  }
  const released = `${UNRELEASED_HEADING}\n\n${NOTHING_YET}\n\n## [${version}] - ${date}\n\n${entries}\n`;
  return text.slice(0, start) + released + (nextHeading ? `\n${text.slice(end)}` : '');
}

export interface VersionFiles {
  packageJson: string;
  packageLock: string;
  changelog: string;
}

/**
 * The three files' texts after bumping to `next` on `date`, or a BumpError saying why not: `next` must be a newer
 * x.y.z, and the files must agree on the current version, whose changelog heading must be dated (a version that never
 * went to the stores is not bumped past).
 */
export function bumpVersion(files: VersionFiles, next: string | undefined, date: string): VersionFiles {
  const current = packageJsonVersion(files.packageJson);
  const version = checkNewVersion(current, next);
  const [lockRoot, lockPackage] = lockVersions(files.packageLock);
  if (lockRoot !== current || lockPackage !== current) {
    throw new BumpError(
      `package-lock.json says ${String(lockRoot)} and ${String(lockPackage)}, package.json ${current}: they should agree before a bump (npm install puts them right).`,
    );
  }
  const newest = newestChangelogVersion(files.changelog);
  if (newest?.version !== current) {
    throw new BumpError(`CHANGELOG.md's newest version heading is ${newest ? newest.version : 'missing'}, package.json says ${current}.`);
  }
  if (newest.date === 'Unreleased') {
    throw new BumpError(
      `CHANGELOG.md: ${current} still says Unreleased. Write the day it went to the stores (YYYY-MM-DD) in its heading before bumping past it.`,
    );
  }
  return {
    packageJson: setPackageJsonVersion(files.packageJson, version),
    packageLock: setLockVersion(files.packageLock, version),
    changelog: releaseChangelog(files.changelog, version, date),
  };
}
