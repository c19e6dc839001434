import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../utils/content/resources';
import { filterResources } from '../../utils/filter-resources';

const ids = (filter: Parameters<typeof filterResources>[1]) => filterResources(RESOURCES, filter).map((r) => r.id);

describe('filterResources', () => {
  it('keeps everything with no filter', () => {
    expect(ids({ kind: 'all', region: 'all', query: '' })).toHaveLength(RESOURCES.length);
  });

  it('filters by kind, including resources listed under several kinds', () => {
    expect(ids({ kind: 'family', region: 'all', query: '' })).toEqual(['nami-helpline', 'nar-anon']);
    expect(ids({ kind: 'peer-support', region: 'all', query: '' })).toEqual(['nami-helpline', 'benzobuddies']);
    expect(ids({ kind: 'outpatient', region: 'all', query: '' })).toContain('findtreatment-gov');
  });

  it('keeps online resources under a country, and drops country-only ones under online', () => {
    const us = ids({ kind: 'all', region: 'US', query: '' });
    expect(us).toContain('findtreatment-gov');
    expect(us).toContain('ashton-manual');
    const online = ids({ kind: 'all', region: 'online', query: '' });
    expect(online).not.toContain('findtreatment-gov');
    expect(online).toContain('benzobuddies');
  });

  it('searches name, description and caution, ignoring case and accents, every word required', () => {
    expect(ids({ kind: 'all', region: 'all', query: 'CERTIFIED' })).toEqual(['narr']);
    expect(ids({ kind: 'all', region: 'all', query: 'forum help each other' })).toEqual(['benzobuddies']);
    expect(ids({ kind: 'all', region: 'all', query: 'spánish' })).toEqual(['samhsa-helpline']);
    expect(ids({ kind: 'all', region: 'all', query: 'forum spanish' })).toEqual([]);
  });
});
