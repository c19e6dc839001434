import { type LabelledItem, sourceUses } from '@/help-content/source-lines';
import { useI18n } from '@/ui/use-i18n';
import { otherLanguageOfAll, Reviewed, sentence, SourceNames } from '@/components/common/SourceNote';

/**
 * One "Sources" disclosure for a whole section, instead of a note under every paragraph: each source once, with
 * the items it backs, when it was checked, and "check the official site" where only a copy of it was read.
 */
export function SectionSources({
  entries,
  summary,
  className,
}: {
  entries: readonly LabelledItem[];
  summary?: string;
  className?: string;
}) {
  const { t, locale } = useI18n();
  const uses = sourceUses(entries);
  const markOnce = otherLanguageOfAll(
    uses.map((use) => use.sources[0]),
    locale,
  );
  // Content is checked in one pass, so one date usually covers the whole list: said once, above it.
  const dates = new Set(uses.map((use) => use.reviewed));
  const [sharedDate] = dates.size === 1 ? dates : [];
  return (
    <details class={['sources', 'section-sources', className].filter(Boolean).join(' ')}>
      <summary>{summary ?? t.source.forSection}</summary>
      {(sharedDate || markOnce) && (
        <p class="source-note">
          {sharedDate && <Reviewed date={sharedDate} />}
          {markOnce && <span lang={locale}> {t.source.allPagesIn[markOnce]}</span>}
        </p>
      )}
      <ul class="source-list">
        {uses.map((use) => (
          <li key={use.sources[0].url ?? use.sources[0].title} class="source-note">
            <SourceNames sources={use.sources} markLanguage={!markOnce} />.
            {use.usedFor.length > 0 && ` ${t.source.usedFor} ${sentence(use.usedFor.join('; '))}`}
            {!sharedDate && (
              <>
                {' '}
                <Reviewed date={use.reviewed} />
              </>
            )}
            {use.confidence === 'check-official' && <strong class="check-official"> {t.source.checkOfficial}</strong>}
          </li>
        ))}
      </ul>
    </details>
  );
}
