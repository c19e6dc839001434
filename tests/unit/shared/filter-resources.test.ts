import { describe, expect, it } from 'vitest';
import { RESOURCES } from '@/help-content/resources';
import type { Resource } from '@/help-content/types';
import { filterResources, nearFirst } from '@/shared/filter-resources';

const ids = (filter: Parameters<typeof filterResources>[1], home?: Parameters<typeof filterResources>[2]) =>
  filterResources(RESOURCES, filter, home).map((r) => r.id);

/** A resource with only what the ordering looks at. */
function fake(id: string, region: Resource['region'], operator: Resource['operator'] = 'nonprofit'): Resource {
  return { ...RESOURCES[0]!, id, region, operator };
}

describe('filterResources', () => {
  it('keeps everything with no filter', () => {
    expect(ids({ kind: 'all', region: 'all', query: '' })).toHaveLength(RESOURCES.length);
  });

  it('filters by kind, including resources listed under several kinds', () => {
    // A reader in the United States: its resources first, then online ones.
    expect(ids({ kind: 'family', region: 'all', query: '' }, 'US')).toEqual([
      'nami-helpline',
      'nar-anon',
      'al-anon',
      'au-family-drug-support',
    ]);
    expect(ids({ kind: 'peer-support', region: 'all', query: '' }, 'US')).toEqual([
      'nami-helpline',
      'benzobuddies',
      'au-counselling-online',
    ]);
    // A reader in Australia: its family line first, then the online groups; nothing from another country.
    expect(ids({ kind: 'family', region: 'AU', query: '' })).toEqual(['au-family-drug-support', 'nar-anon', 'al-anon']);
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
    expect(ids({ kind: 'all', region: 'all', query: 'spánish' }, 'US')).toEqual(['samhsa-helpline', 'ashton-manual-spanish']);
    expect(ids({ kind: 'all', region: 'GB', query: 'spanish' })).toEqual(['ashton-manual-spanish']);
    expect(ids({ kind: 'all', region: 'all', query: 'forum spanish' })).toEqual([]);
  });

  it('finds resources by drug names and synonyms through their search tags', () => {
    for (const word of ['klonopin', 'Clonazepam', 'benzo', 'rivotril', 'benzodiacepinas']) {
      const found = ids({ kind: 'all', region: 'all', query: word });
      expect(found, word).toContain('ashton-manual');
      expect(found, word).toContain('benzobuddies');
      // A drug's name finds guides about benzos, not every service for any drug.
      expect(found, word).not.toContain('al-anon');
    }
    expect(ids({ kind: 'all', region: 'US', query: 'smart' })).toEqual(['smart-recovery']);
    expect(ids({ kind: 'all', region: 'all', query: 'klonopin forum' })).toEqual(['benzobuddies']);
    expect(ids({ kind: 'all', region: 'US', query: 'rehab' })).toEqual(['findtreatment-gov', 'samhsa-helpline']);
  });

  it('keeps search tags as plain lowercase words, a few per resource', () => {
    for (const resource of RESOURCES) {
      for (const tag of resource.tags ?? []) {
        expect(tag, resource.id).toBe(tag.toLowerCase().trim());
        expect(tag.length, resource.id).toBeGreaterThan(1);
      }
      expect((resource.tags ?? []).length, resource.id).toBeLessThanOrEqual(30);
    }
  });

  it('lists the chosen country’s resources before online ones, and anything commercial last', () => {
    const us = filterResources(RESOURCES, { kind: 'all', region: 'US', query: '' });
    const firstOnline = us.findIndex((r) => r.region === 'online');
    expect(firstOnline).toBeGreaterThan(0);
    expect(us.slice(0, firstOnline).every((r) => r.region === 'US')).toBe(true);
    expect(us.slice(firstOnline).some((r) => r.region === 'US')).toBe(false);
    expect(us.at(-1)?.operator).toBe('commercial');
  });

  it('puts the reader’s country first under "Everywhere" too, then online, then other countries', () => {
    const everywhere = filterResources(RESOURCES, { kind: 'all', region: 'all', query: '' }, 'GB');
    const rank = (r: Resource) => (r.operator === 'commercial' ? 3 : r.region === 'GB' ? 0 : r.region === 'online' ? 1 : 2);
    const ranks = everywhere.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(everywhere[0]?.region).toBe('GB');
    expect(everywhere.filter((r) => r.region === 'GB')).toHaveLength(4);
  });
});

describe('nearFirst', () => {
  const list = [
    fake('online-a', 'online'),
    fake('gb-a', 'GB'),
    fake('book', 'online', 'commercial'),
    fake('us-a', 'US'),
    fake('gb-b', 'GB', 'government'),
    fake('online-b', 'online'),
  ];

  it('orders home, online, other countries, then commercial, keeping the order within each', () => {
    expect(nearFirst(list, 'GB').map((r) => r.id)).toEqual(['gb-a', 'gb-b', 'online-a', 'online-b', 'us-a', 'book']);
    expect(nearFirst(list, 'US').map((r) => r.id)).toEqual(['us-a', 'online-a', 'online-b', 'gb-a', 'gb-b', 'book']);
  });

  it('puts online first where Steady has no country of the reader’s ("another country")', () => {
    expect(nearFirst(list, 'OTHER').map((r) => r.id)).toEqual(['online-a', 'online-b', 'gb-a', 'us-a', 'gb-b', 'book']);
    expect(nearFirst(list).map((r) => r.id)).toEqual(['online-a', 'online-b', 'gb-a', 'us-a', 'gb-b', 'book']);
  });

  it('does not change the list it is given', () => {
    const before = list.map((r) => r.id);
    nearFirst(list, 'GB');
    expect(list.map((r) => r.id)).toEqual(before);
  });
});
