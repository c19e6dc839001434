import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUOTES } from '@/tasks/evidence-quotes';
import { reviewSheet } from '@/tasks/review-sheet';
import { ALL_SOURCED_ITEMS, SPANISH } from '@/tests/support/all-content';
import { uiStrings } from '@/locales/ui-strings';

describe('the content review sheet (docs/content-review.md)', () => {
  const sheet = reviewSheet();

  it('is the committed one: run `npm run content:review` after changing content', () => {
    expect(readFileSync('docs/content-review.md', 'utf8')).toBe(sheet);
  });

  it('lists every item with its English and Spanish words, and every quote', () => {
    for (const { item } of ALL_SOURCED_ITEMS) for (const key of item.evidence) expect(sheet).toContain(QUOTES[key].quote);
    for (const fact of SPANISH.safetyFacts) expect(sheet).toContain(fact.text);
    const interfaceSection = sheet.slice(sheet.indexOf('## Interface words that carry safety'));
    expect(sheet.match(/^### /gm)?.length).toBe(ALL_SOURCED_ITEMS.length + (interfaceSection.match(/^### /gm)?.length ?? 0));
  });

  it('also lists the interface words a frightened reader meets, in both languages', () => {
    for (const locale of ['en', 'es'] as const) {
      const t = uiStrings(locale);
      for (const words of [
        t.card.warning,
        t.common.thinkingAboutSuicide,
        t.emergency.headingNoNumber,
        t.symptoms.tellPrescriber,
        t.symptoms.suicidalThoughts,
        t.popup.regionUnsure,
        t.copyText.messageNoWays,
      ]) {
        expect(sheet).toContain(words);
      }
    }
  });
});
