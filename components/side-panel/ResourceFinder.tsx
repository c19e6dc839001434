import { useState } from 'preact/hooks';
import type { ResourceKind, ResourceRegion } from '@/help-content/types';
import type { RegionCode } from '@/help-content/regions';
import { filterResources, resourceRegionLabel } from '@/shared/filter-resources';
import { useContent } from '@/ui/use-content';
import { usePageI18n } from '@/ui/use-i18n';
import { ResourceCard } from '@/components/side-panel/ResourceCard';

/** Where to look: the reader's country (and online), everywhere, or online only. */
type Where = 'country' | 'all' | 'online';

interface FinderState {
  kind: ResourceKind | 'all';
  where: Where;
  query: string;
}

/**
 * Aftercare and recovery resources, grouped by kind, filtered by kind, region and a search as you type. The
 * region follows the country chosen in Steady, and that country's resources come before online ones.
 */
export function ResourceFinder({ region }: { region: RegionCode }) {
  const { t } = usePageI18n();
  const content = useContent();
  const [filter, setFilter] = useState<FinderState>({ kind: 'all', where: 'country', query: '' });
  // "Another country" has no resources of its own, so its country choice is "online".
  const country: ResourceRegion | undefined = region === 'OTHER' ? undefined : region;
  const shownRegion: ResourceRegion | 'all' = filter.where === 'all' ? 'all' : filter.where === 'country' && country ? country : 'online';
  const matches = filterResources(content.resources, { kind: filter.kind, region: shownRegion, query: filter.query }, region);
  const groups = content.resourceGroups
    .filter((group) => filter.kind === 'all' || group.kind === filter.kind)
    // Under "All kinds" each resource shows once, in its main group; a chosen kind shows every resource of that kind.
    .map((group) => ({
      group,
      resources: matches.filter((resource) =>
        filter.kind === 'all' ? resource.kinds[0] === group.kind : resource.kinds.includes(group.kind),
      ),
    }))
    .filter(({ resources }) => resources.length > 0);
  // With nothing found, only advice the reader can still follow: never a choice that is already made.
  const advice = [
    filter.query.trim() ? t.resources.tryFewerWords : '',
    filter.kind === 'all' ? '' : t.resources.tryAllKinds,
    shownRegion === 'all' ? '' : t.resources.tryEverywhere,
  ].filter(Boolean);
  const update = (change: Partial<FinderState>) => setFilter({ ...filter, ...change });
  const whereFor = (value: string): Where => (value === 'all' || value === 'online' ? value : 'country');

  return (
    <section class="finder" aria-labelledby="resources-title">
      {/* The selected tab just above already names this section, so its heading is for screen readers only. */}
      <h2 id="resources-title" class="visually-hidden">
        {t.resources.title}
      </h2>
      <p class="panel-lead">{t.resources.lead}</p>
      {/* biome-ignore lint/a11y/useSemanticElements: a form, so Enter in the search box submits (and is caught) like any search form */}
      <form class="filters finder-filters" role="search" aria-label={t.resources.filters} onSubmit={(event) => event.preventDefault()}>
        {/* Search first and full width; the two choices share one row, so results start on the first screen. */}
        <label class="finder-search">
          {t.resources.search}
          <input
            type="search"
            value={filter.query}
            placeholder={t.resources.searchPlaceholder}
            onInput={(event) => update({ query: event.currentTarget.value })}
          />
        </label>
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
          <select value={shownRegion} onChange={(event) => update({ where: whereFor(event.currentTarget.value) })}>
            <option value="all">{t.resources.everywhere}</option>
            {country && <option value={country}>{t.resources.regionAndOnline(resourceRegionLabel(country, t))}</option>}
            <option value="online">{t.resources.online}</option>
          </select>
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
        <div class="finder-empty">
          <p>{t.resources.none}</p>
          {advice.length > 0 && (
            <ul>
              {advice.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
