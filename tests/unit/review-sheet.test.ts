import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUOTES } from '../../utils/content/evidence-quotes';
import { reviewSheet } from '../../tasks/review-sheet';
import { ALL_SOURCED_ITEMS, SPANISH } from '../support/all-content';

describe('the content review sheet (docs/content-review.md)', () => {
  const sheet = reviewSheet();

  it('is the committed one: run `npm run content:review` after changing content', () => {
    expect(readFileSync('docs/content-review.md', 'utf8')).toBe(sheet);
  });

  it('lists every item with its English and Spanish words, and every quote', () => {
    for (const { item } of ALL_SOURCED_ITEMS) for (const key of item.evidence) expect(sheet).toContain(QUOTES[key].quote);
    for (const fact of SPANISH.safetyFacts) expect(sheet).toContain(fact.text);
    expect(sheet.match(/^### /gm)?.length).toBe(ALL_SOURCED_ITEMS.length);
  });
});
