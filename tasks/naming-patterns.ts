/** Writes the page detector's naming patterns from the vocabulary (`npm run naming-patterns`). */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { namingSources } from '../page/detector/naming-sources';

export const NAMING_PATTERNS_FILE = 'page/detector/naming-patterns.ts';

writeFileSync(
  NAMING_PATTERNS_FILE,
  [
    '// Written by `npm run naming-patterns` from vocabulary.ts (see naming-sources.ts): do not edit. A unit test fails when it is stale.',
    "import type { NamingSources } from '@/page/detector/naming-sources';",
    '',
    `export const NAMING_SOURCES: NamingSources = ${JSON.stringify(namingSources(), null, 2)};`,
    '',
  ].join('\n'),
);
execFileSync('npx', ['biome', 'format', '--write', NAMING_PATTERNS_FILE], { stdio: 'inherit' });
