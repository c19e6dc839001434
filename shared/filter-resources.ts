import type { UiStrings } from '@/locales/ui-strings';
import type { Resource, ResourceKind, ResourceRegion } from '@/help-content/types';
import type { RegionCode } from '@/help-content/regions';

export interface ResourceFilter {
  kind: ResourceKind | 'all';
  /** 'all', or a region: a country's filter also keeps resources that serve anyone online. */
  region: ResourceRegion | 'all';
  /** Free text: every word must appear in the name, description, caution, cost or search tags. */
  query: string;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The resources that match, nearest first (see `nearFirst`). `home` is the reader's country; without it, a
 * country chosen in the filter counts as home.
 */
export function filterResources(resources: readonly Resource[], filter: ResourceFilter, home?: RegionCode): Resource[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  const matches = resources.filter((resource) => {
    if (filter.kind !== 'all' && !resource.kinds.includes(filter.kind)) return false;
    if (filter.region !== 'all' && resource.region !== filter.region && resource.region !== 'online') return false;
    const haystack = fold([resource.name, resource.description, resource.caution ?? '', resource.cost, ...(resource.tags ?? [])].join(' '));
    return words.every((word) => haystack.includes(word));
  });
  const country = filter.region === 'all' || filter.region === 'online' ? undefined : filter.region;
  return nearFirst(matches, home ?? country);
}

/**
 * Resources in the reader's country first, then those that serve anyone online, then other countries'; anything
 * commercial last of all. Otherwise the list keeps its order.
 */
export function nearFirst(resources: readonly Resource[], home?: RegionCode): Resource[] {
  const rank = (resource: Resource): number => {
    if (resource.operator === 'commercial') return 3;
    if (home !== undefined && home !== 'OTHER' && resource.region === home) return 0;
    return resource.region === 'online' ? 1 : 2;
  };
  // Array.prototype.sort is stable, so resources of one rank keep their order.
  return [...resources].sort((a, b) => rank(a) - rank(b));
}

/** "Ireland", or "Online, anywhere", in the reader's language. */
export function resourceRegionLabel(region: ResourceRegion, t: UiStrings): string {
  return region === 'online' ? t.resources.online : t.regions[region];
}
