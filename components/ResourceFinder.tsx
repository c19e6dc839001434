import { useState } from 'preact/hooks';
import { RESOURCE_GROUPS, RESOURCES } from '../utils/content/resources';
import type { RegionCode, ResourceKind, ResourceRegion } from '../utils/content/types';
import { filterResources, type ResourceFilter } from '../utils/filter-resources';
import { REGION_LABELS, ResourceCard } from './ResourceCard';

/** Aftercare and recovery resources, grouped by kind, filtered by kind, region and a search as you type. */
export function ResourceFinder({ region }: { region: RegionCode }) {
  const [filter, setFilter] = useState<ResourceFilter>({ kind: 'all', region, query: '' });
  const matches = filterResources(RESOURCES, filter);
  const groups = RESOURCE_GROUPS.filter((group) => filter.kind === 'all' || group.kind === filter.kind)
    // Under "All kinds" each resource shows once, in its main group; a chosen kind shows every resource of that kind.
    .map((group) => ({
      group,
      resources: matches.filter((resource) => (filter.kind === 'all' ? resource.kinds[0] === group.kind : resource.kinds.includes(group.kind))),
    }))
    .filter(({ resources }) => resources.length > 0);
  const update = (change: Partial<ResourceFilter>) => setFilter({ ...filter, ...change });

  return (
    <section aria-labelledby="resources-title">
      <h2 id="resources-title">Find support</h2>
      <p class="panel-lead">Aftercare and recovery help. Government and nonprofit services come first; anything commercial is labeled.</p>
      <form class="filters" role="search" aria-label="Filter resources" onSubmit={(event) => event.preventDefault()}>
        <label>
          Kind of help
          <select value={filter.kind} onChange={(event) => update({ kind: event.currentTarget.value as ResourceKind | 'all' })}>
            <option value="all">All kinds</option>
            {RESOURCE_GROUPS.map((group) => (
              <option key={group.kind} value={group.kind}>
                {group.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Where
          <select value={filter.region} onChange={(event) => update({ region: event.currentTarget.value as ResourceRegion | 'all' })}>
            <option value="all">Everywhere</option>
            <option value={region}>{REGION_LABELS[region]} and online</option>
            <option value="online">{REGION_LABELS.online}</option>
          </select>
        </label>
        <label>
          Search
          <input type="search" value={filter.query} placeholder="for example: family" onInput={(event) => update({ query: event.currentTarget.value })} />
        </label>
      </form>
      <p class="result-count" role="status">
        {matches.length === 1 ? 'Showing 1 resource.' : `Showing ${matches.length} resources.`}
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
        <p>
          Nothing matches. Try fewer words, or choose “All kinds” and “Everywhere”.
        </p>
      )}
    </section>
  );
}
