import { pageLanguage } from '@/shared/page-language';
import { byPublisher, sourceLines } from '@/help-content/source-lines';
import type { Sourced } from '@/help-content/types';
import { formatReviewDate } from '@/shared/format-review-date';
import { useI18n } from '@/ui/use-i18n';
import { OfficialLink } from '@/components/common/OfficialLink';

/** Where a fact or helpline comes from (every source behind it, each publisher named once) and when Steady last checked it. */
export function SourceNote({ item }: { item: Pick<Sourced, 'sources' | 'reviewed' | 'confidence'> }) {
  const { t, locale } = useI18n();
  const groups = byPublisher(item.sources);
  const documentCount = groups.reduce((count, group) => count + group.documents.length, 0);
  // Several links all in one other language are marked once, after the list, not after every link.
  const linkLanguages = new Set(
    groups.flatMap((group) => group.documents.flatMap((source) => (source.url ? [pageLanguage(source.url)] : []))),
  );
  const [onlyLanguage] = linkLanguages;
  const markOnce =
    documentCount > 1 && linkLanguages.size === 1 && onlyLanguage !== undefined && onlyLanguage !== locale ? onlyLanguage : undefined;
  return (
    <p class="source-note">
      {documentCount === 1 ? t.source.source : t.source.sources}{' '}
      {groups.map((group, index) => (
        // Sources are named as they publish themselves, in English: screen readers should say them so.
        <span key={group.publisher} lang="en">
          {index > 0 && '; '}
          {group.publisher}
          {group.documents.map((source) => (
            <span key={source.url ?? source.title}>
              {', '}
              {source.url ? (
                <OfficialLink href={source.url} markLanguage={!markOnce}>
                  {source.title}
                </OfficialLink>
              ) : (
                source.title
              )}
            </span>
          ))}
        </span>
      ))}
      {markOnce && <span lang={locale}> {t.source.pagesIn[markOnce]}</span>}. {t.source.reviewed}{' '}
      <time dateTime={item.reviewed}>{formatReviewDate(item.reviewed, locale)}</time>.
      {item.confidence === 'check-official' && <strong class="check-official"> {t.source.checkOfficial}</strong>}
    </p>
  );
}

/** One note per distinct source behind a group of items (red flags, symptoms, a checklist). */
export function GroupSourceNotes({ items }: { items: readonly Sourced[] }) {
  return (
    <>
      {sourceLines(items).map((line) => (
        <SourceNote key={line.sources[0].url ?? line.sources[0].title} item={line} />
      ))}
    </>
  );
}
