import { pageLanguage } from '@/shared/page-language';
import { byPublisher } from '@/help-content/by-publisher';
import type { Source, Sourced } from '@/help-content/types';
import { formatReviewDate } from '@/shared/format-review-date';
import { useI18n } from '@/ui/use-i18n';
import { OfficialLink } from '@/components/common/OfficialLink';
import type { Locale } from '@/locales/locale';

/** The one language of every linked page, when it is not the reader's: then it is said once, not after each link. */
export function otherLanguageOfAll(sources: readonly Source[], locale: Locale): Locale | undefined {
  const languages = new Set(sources.flatMap((source) => (source.url ? [pageLanguage(source.url)] : [])));
  const [only] = languages;
  return sources.filter((source) => source.url).length > 1 && languages.size === 1 && only !== locale ? only : undefined;
}

/** Ends a run of labels with a full stop, unless its last label already ends a sentence ("New symptoms?"). */
export function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** Publishers and their documents, each publisher named once; unchecked addresses are not linked. */
export function SourceNames({ sources, markLanguage }: { sources: readonly Source[]; markLanguage: boolean }) {
  return (
    <>
      {byPublisher(sources).map((group, index) => (
        // Sources are named as they publish themselves, in English: screen readers should say them so.
        <span key={group.publisher} lang="en">
          {index > 0 && '; '}
          {group.publisher}
          {group.documents.map((source) => (
            <span key={source.url ?? source.title}>
              {', '}
              {source.url ? (
                <OfficialLink href={source.url} markLanguage={markLanguage}>
                  {source.title}
                </OfficialLink>
              ) : (
                source.title
              )}
            </span>
          ))}
        </span>
      ))}
    </>
  );
}

export function Reviewed({ date }: { date: Sourced['reviewed'] }) {
  const { t, locale } = useI18n();
  return (
    <>
      {t.source.reviewed} <time dateTime={date}>{formatReviewDate(date, locale)}</time>.
    </>
  );
}

/** Where one fact or helpline comes from (every source behind it) and when Steady last checked it. */
export function SourceNote({ item }: { item: Pick<Sourced, 'sources' | 'reviewed' | 'confidence'> }) {
  const { t, locale } = useI18n();
  const markOnce = otherLanguageOfAll(item.sources, locale);
  const documentCount = byPublisher(item.sources).reduce((count, group) => count + group.documents.length, 0);
  return (
    <p class="source-note">
      {documentCount === 1 ? t.source.source : t.source.sources} <SourceNames sources={item.sources} markLanguage={!markOnce} />
      {markOnce && <span lang={locale}> {t.source.pagesIn[markOnce]}</span>}. <Reviewed date={item.reviewed} />
      {item.confidence === 'check-official' && <strong class="check-official"> {t.source.checkOfficial}</strong>}
    </p>
  );
}
