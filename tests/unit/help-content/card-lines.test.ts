import { describe, expect, it } from 'vitest';
import { CARD_LINES_EN } from '@/help-content/card-lines-en';
import { CARD_LINES_ES } from '@/help-content/card-lines-es';
import { REGIONS } from '@/help-content/regions';
import { crisisLineForRegion, emergencyLineForRegion, mainHelplineForRegion } from '@/help-content/helplines';
import { LOCALES } from '@/locales/locale';
import { cardLinesFor } from '@/shared/card-lines';
import { helplinesIn } from '@/shared/localized-helplines';

const WRITTEN = { en: CARD_LINES_EN, es: CARD_LINES_ES };

// The card's lines are written out per language so its script carries one language's lines and no sources.
describe.each(LOCALES)('the card lines in %s', (locale) => {
  it('are what the help content says today (run `npm run card-lines` after changing a helpline)', () => {
    expect(WRITTEN[locale]).toEqual(cardLinesFor(locale));
  });

  it('give each region the same main, crisis and emergency line as every other page, with every detail copying reads', () => {
    const all = helplinesIn(locale);
    for (const region of REGIONS) {
      const chosen = WRITTEN[locale].regions[region];
      for (const [role, line] of [
        ['main', mainHelplineForRegion(region, all)],
        ['crisis', crisisLineForRegion(region, all)],
        ['emergency', emergencyLineForRegion(region, all)],
      ] as const) {
        expect(chosen[role], `${region} ${role}`).toBe(line.id);
        const { purpose, ...carried } = WRITTEN[locale].lines[line.id]!;
        const { sources: _s, reviewed: _r, confidence: _c, evidence: _e, evidenceFor: _f, region: _g, purpose: full, ...details } = line;
        expect(carried).toEqual(details);
        // The purpose is carried exactly where the card and its copies show it: a line with no number to call or text.
        expect(purpose).toBe(line.call || line.text ? undefined : full);
      }
    }
  });
});
