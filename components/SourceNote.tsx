import type { Sourced } from '../utils/content/types';
import { formatReviewDate } from '../utils/format-review-date';

/** Where a fact or helpline comes from and when Steady last checked it. */
export function SourceNote({ item }: { item: Sourced }) {
  return (
    <p class="source-note">
      Source: {item.source.publisher},{' '}
      <a href={item.source.url} target="_blank" rel="noopener noreferrer">
        {item.source.title}
      </a>
      . Reviewed <time dateTime={item.reviewed}>{formatReviewDate(item.reviewed)}</time>.
      {item.confidence === 'check-official' && (
        <strong class="check-official"> Check the official site before you rely on this.</strong>
      )}
    </p>
  );
}
