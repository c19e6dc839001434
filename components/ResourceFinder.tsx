import { useState } from 'preact/hooks';
import type { RegionCode, ResourceKind, ResourceRegion } from '../utils/content/types';
import { filterResources, type ResourceFilter } from '../utils/filter-resources';
import { useContent } from '../utils/i18n/use-content';
import { useI18n } from '../utils/i18n/use-i18n';
import { resourceRegionLabel, ResourceCard } from './ResourceCard';

/** Aftercare and recovery resources, grouped by kind, filtered by kind, region and a search as you type. */
export function ResourceFinder({ region }: { region: RegionCode }) {
  const { t } = useI18n();
  const content = useContent();
  const [filter, setFilter] = useState<ResourceFilter>({ kind: 'all', region: region === 'OTHER' ? 'online' : region, query: '' });
  const matches = filterResources(content.resources, filter);
  const groups = content.resourceGroups.filter((group) => filter.kind === 'all' || group.kind === filter.kind)
    // Under "All kinds" each resource shows once, in its main group; a chosen kind shows every resource of that kind.
    .map((group) => ({
      group,
      resources: matches.filter((resource) => (filter.kind === 'all' ? resource.kinds[0] === group.kind : resource.kinds.includes(group.kind))),
    }))
    .filter(({ resources }) => resources.length > 0);
  const update = (change: Partial<ResourceFilter>) => setFilter({ ...filter, ...change });

  return (
    <section aria-labelledby="resources-title">
      <h2 id="resources-title">{t.resources.title}</h2>
      <p class="panel-lead">{t.resources.lead}</p>
      <form class="filters" role="search" aria-label={t.resources.filters} onSubmit={(event) => event.preventDefault()}>
        <label>
          {t.resources.kind}
          <select value={filter.kind} onChange={(event) => update({ kind: event.currentTarget.value as ResourceKind | 'all' })}>
            <option value="all">{t.resources.allKinds}</option>
            {content.resourceGroups.map((group) => (
              <option key={group.kind} value={group.kind}>
                {group.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.resources.where}
          <select value={filter.region} onChange={(event) => update({ region: event.currentTarget.value as ResourceRegion | 'all' })}>
            <option value="all">{t.resources.everywhere}</option>
            {region !== 'OTHER' && <option value={region}>{t.resources.regionAndOnline(resourceRegionLabel(region, t))}</option>}
            <option value="online">{t.resources.online}</option>
          </select>
        </label>
        <label>
          {t.resources.search}
          <input type="search" value={filter.query} placeholder={t.resources.searchPlaceholder} onInput={(event) => update({ query: event.currentTarget.value })} />
        </label>
      </form>
      <p class="result-count" role="status">
        {t.resources.count(matches.length)}
      </p>
      {groups.map(({ group, resources }) => (
        <section key={group.kind} class="resource-group" aria-labelledby={`group-${group.kind}`}>
          <h3 id={`group-${group.kind}`}>{group.label}</h3>
          <p class="panel-lead">{group.intro}</p>
          {resources.map((resource) => (
            // A resource can sit in two groups, so its heading id names the group too.
            <ResourceCard key={resource.id} resource={resource} headingId={`resource-${group.kind}-${resource.id}`} />
          ))}
        </section>
      ))}
      {matches.length === 0 && (
        <p>{t.resources.none}</p>
      )}
    </section>
  );
}
