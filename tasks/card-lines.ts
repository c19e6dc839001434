/** Writes the in-page card's helplines, one file per language, from the help content (`npm run card-lines`). */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { LOCALES } from '../locales/locale';
import { cardLinesFor } from '../shared/card-lines';

export const cardLinesFile = (locale: string) => `help-content/card-lines-${locale}.ts`;

for (const locale of LOCALES) {
  const file = cardLinesFile(locale);
  writeFileSync(
    file,
    [
      `// Written by \`npm run card-lines\` from helplines.ts${locale === 'en' ? '' : ` and ${locale}/helplines.ts`}: do not edit. A unit test fails when it is stale.`,
      "import type { CardLines } from '@/help-content/types';",
      '',
      `export const CARD_LINES_${locale.toUpperCase()}: CardLines = ${JSON.stringify(cardLinesFor(locale), null, 2)};`,
      '',
    ].join('\n'),
  );
  execFileSync('npx', ['biome', 'format', '--write', file], { stdio: 'inherit' });
}
