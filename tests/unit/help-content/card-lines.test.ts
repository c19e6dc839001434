import { describe, expect, it } from 'vitest';
import { REGIONS } from '@/help-content/regions';
import { crisisLineForRegion, emergencyLineForRegion, mainHelplineForRegion } from '@/help-content/helplines';
import { LOCALES } from '@/locales/locale';
import { cardLinesFor } from '@/shared/card-lines';
import { helplinesIn } from '@/shared/localized-helplines';

// The background hands the card its region's three lines in the reader's language, so the card's script carries none.
describe.each(LOCALES)('the card lines in %s', (locale) => {
  it('give each region the same main, crisis and emergency line as every other page, with every detail copying reads', () => {
    const all = helplinesIn(locale);
    for (const region of REGIONS) {
      const handed = cardLinesFor(region, all);
      for (const [role, line] of [
        ['main', mainHelplineForRegion(region, all)],
        ['crisis', crisisLineForRegion(region, all)],
        ['emergency', emergencyLineForRegion(region, all)],
      ] as const) {
        const { purpose, ...carried } = handed[role];
        const { sources: _s, reviewed: _r, confidence: _c, evidence: _e, evidenceFor: _f, region: _g, purpose: full, ...details } = line;
        expect(carried, `${region} ${role}`).toEqual(details);
        // The purpose is carried exactly where the card and its copies show it: a line with no number to call or text.
        expect(purpose, `${region} ${role}`).toBe(line.call || line.text ? undefined : full);
      }
    }
  });

  it('carry nothing that names a source or a region', () => {
    for (const region of REGIONS) {
      const text = JSON.stringify(cardLinesFor(region, helplinesIn(locale)));
      for (const key of ['"sources"', '"reviewed"', '"evidence"', '"region"', '"confidence"']) expect(text, `${region}`).not.toContain(key);
    }
  });
});
