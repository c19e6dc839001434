import type { Sourced } from '../utils/content/types';
import { formatReviewDate } from '../utils/format-review-date';
import { useI18n } from '../utils/i18n/use-i18n';
import { OfficialLink } from './OfficialLink';

/** Where a fact or helpline comes from and when Steady last checked it. */
export function SourceNote({ item }: { item: Sourced }) {
  const { t, locale } = useI18n();
  const { source } = item;
  return (
    <p class="source-note">
      {t.source.source}{' '}
      {/* Sources are named as they publish themselves, in English: screen readers should say them so. */}
      <span lang="en">
        {source.publisher},{' '}
        {source.url ? (
          <OfficialLink href={source.url}>{source.title}</OfficialLink>
        ) : (
          source.title
        )}
      </span>
      . {t.source.reviewed} <time dateTime={item.reviewed}>{formatReviewDate(item.reviewed, locale)}</time>.
      {!source.url && <span> {t.source.notLinked}</span>}
      {item.confidence === 'check-official' && <strong class="check-official"> {t.source.checkOfficial}</strong>}
    </p>
  );
}
