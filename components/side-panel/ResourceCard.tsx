import { resourceRegionLabel } from '@/shared/filter-resources';
import type { Resource } from '@/help-content/types';
import { usePageI18n } from '@/ui/use-i18n';
import { OfficialLink } from '@/components/common/OfficialLink';
import { SourceNote } from '@/components/common/SourceNote';

/** One aftercare resource: who runs it, what it costs, where it serves, and a link to its official site. */
export function ResourceCard({ resource, headingId }: { resource: Resource; headingId: string }) {
  const { t } = usePageI18n();
  return (
    <article class="card resource" aria-labelledby={headingId}>
      <div class="helpline-heading">
        <h4 id={headingId}>
          <OfficialLink href={resource.url}>{resource.name}</OfficialLink>
        </h4>
        <span class={`kind operator-${resource.operator}`}>{t.operators[resource.operator]}</span>
      </div>
      <p>{resource.description}</p>
      {resource.caution && (
        <p class="caution">
          <strong>{t.resources.keepInMind}</strong> {resource.caution}
        </p>
      )}
      <dl class="details">
        <div>
          <dt>{t.resources.cost}</dt>
          <dd>{resource.cost}</dd>
        </div>
        <div>
          <dt>{t.resources.where}</dt>
          <dd>{resourceRegionLabel(resource.region, t)}</dd>
        </div>
      </dl>
      <SourceNote item={resource} />
    </article>
  );
}
