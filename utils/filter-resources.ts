import type { Resource, ResourceKind, ResourceRegion } from './content/types';

export interface ResourceFilter {
  kind: ResourceKind | 'all';
  /** 'all', or a region: a country's filter also keeps resources that serve anyone online. */
  region: ResourceRegion | 'all';
  /** Free text: every word must appear in the name, description, caution or cost. */
  query: string;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function filterResources(resources: readonly Resource[], filter: ResourceFilter): Resource[] {
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  return resources.filter((resource) => {
    if (filter.kind !== 'all' && !resource.kinds.includes(filter.kind)) return false;
    if (filter.region !== 'all' && resource.region !== filter.region && resource.region !== 'online') return false;
    const haystack = fold([resource.name, resource.description, resource.caution ?? '', resource.cost].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}
