import type { Sourced } from '../utils/content/types';
import { formatReviewDate } from '../utils/format-review-date';
import { useI18n } from '../utils/i18n/use-i18n';
import { OfficialLink } from './OfficialLink';

/** Where a fact or helpline comes from (every source behind it) and when Steady last checked it. */
export function SourceNote({ item }: { item: Pick<Sourced, 'sources' | 'reviewed' | 'confidence'> }) {
  const { t, locale } = useI18n();
  const { sources } = item;
  return (
    <p class="source-note">
      {sources.length === 1 ? t.source.source : t.source.sources}{' '}
      {sources.map((source, index) => (
        // Sources are named as they publish themselves, in English: screen readers should say them so.
        <span key={source.url ?? source.title}>
          {index > 0 && '; '}
          <span lang="en">
            {source.publisher},{' '}
            {source.url ? <OfficialLink href={source.url}>{source.title}</OfficialLink> : source.title}
          </span>
        </span>
      ))}
      . {t.source.reviewed} <time dateTime={item.reviewed}>{formatReviewDate(item.reviewed, locale)}</time>.
      {sources.some((source) => !source.url) && <span> {t.source.notLinked}</span>}
      {item.confidence === 'check-official' && <strong class="check-official"> {t.source.checkOfficial}</strong>}
    </p>
  );
}
