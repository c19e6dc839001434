import type { Resource, ResourceOperator, ResourceRegion } from '../utils/content/types';
import { REGION_NAMES } from '../utils/content/regions';
import { SourceNote } from './SourceNote';

export const OPERATOR_LABELS: Record<ResourceOperator, string> = {
  government: 'Government',
  nonprofit: 'Nonprofit',
  commercial: 'Commercial',
};

export const REGION_LABELS: Record<ResourceRegion, string> = {
  ...REGION_NAMES,
  online: 'Online, anywhere',
};

/** One aftercare resource: who runs it, what it costs, where it serves, and a link to its official site. */
export function ResourceCard({ resource, headingId }: { resource: Resource; headingId: string }) {
  return (
    <article class="card resource" aria-labelledby={headingId}>
      <div class="helpline-heading">
        <h4 id={headingId}>
          <a href={resource.url} target="_blank" rel="noopener noreferrer">
            {resource.name}
          </a>
        </h4>
        <span class={`kind operator-${resource.operator}`}>{OPERATOR_LABELS[resource.operator]}</span>
      </div>
      <p>{resource.description}</p>
      {resource.caution && (
        <p class="caution">
          <strong>Keep in mind:</strong> {resource.caution}
        </p>
      )}
      <dl class="details">
        <div>
          <dt>Cost</dt>
          <dd>{resource.cost}</dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>{REGION_LABELS[resource.region]}</dd>
        </div>
      </dl>
      <SourceNote item={resource} />
    </article>
  );
}
