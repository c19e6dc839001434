/**
 * `npm run version:bump -- <x.y.z>`: sets the new version in package.json (its one source: WXT copies it into every
 * built manifest) and package-lock.json, and moves CHANGELOG.md's Unreleased entries under `## [x.y.z] - YYYY-MM-DD`,
 * dated today. Refused with a message and exit code 1, changing nothing, unless x.y.z is newer than the current
 * version and the three files agree on the current one. The rules are in version-bump.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BumpError, bumpVersion, localDate, type VersionFiles } from './version-bump';

const FILES: Record<keyof VersionFiles, string> = {
  packageJson: fileURLToPath(new URL('../package.json', import.meta.url)),
  packageLock: fileURLToPath(new URL('../package-lock.json', import.meta.url)),
  changelog: fileURLToPath(new URL('../CHANGELOG.md', import.meta.url)),
};

const args = process.argv.slice(2);
try {
  if (args.length > 1) throw new BumpError(`Give one version, not ${args.length} (npm run version:bump -- x.y.z).`);
  const before = {
    packageJson: readFileSync(FILES.packageJson, 'utf8'),
    packageLock: readFileSync(FILES.packageLock, 'utf8'),
    changelog: readFileSync(FILES.changelog, 'utf8'),
  };
  const date = localDate(new Date());
  // Every check and every new text first; only then are the files written.
  const after = bumpVersion(before, args[0], date);
  for (const key of Object.keys(FILES) as (keyof VersionFiles)[]) writeFileSync(FILES[key], after[key]);
  console.log(`Version ${args[0]}, ${date}: package.json, package-lock.json and CHANGELOG.md updated. Review them with git diff.`);
} catch (error) {
  if (!(error instanceof BumpError)) throw error;
  console.error(`version:bump: ${error.message} Nothing was changed.`);
  process.exitCode = 1;
}
