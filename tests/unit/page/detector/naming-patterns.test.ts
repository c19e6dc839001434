import { describe, expect, it } from 'vitest';
import { NAMING_SOURCES } from '@/page/detector/naming-patterns';
import { namingSources } from '@/page/detector/naming-sources';

describe('the naming patterns written into the page detector', () => {
  it('are what the vocabulary builds today (run `npm run naming-patterns` after changing a word list)', () => {
    expect(NAMING_SOURCES).toEqual(namingSources());
  });
});
