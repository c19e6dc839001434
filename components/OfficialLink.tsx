import type { ComponentChildren } from 'preact';
import { pageLanguage } from '../utils/content/page-language';
import { useI18n } from '../utils/i18n/use-i18n';

/** A link to an official page, saying so when the page is not in the reader's language ("(en inglés)"). */
export function OfficialLink({ href, children, markLanguage = true, className }: { href: string; children: ComponentChildren; markLanguage?: boolean; className?: string }) {
  const { t, locale } = useI18n();
  const language = pageLanguage(href);
  return (
    <>
      <a href={href} class={className} hreflang={language} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
      {/* Said in the reader's language, even inside a source name marked as English. */}
      {markLanguage && language !== locale && <span lang={locale}> {t.source.pageIn[language]}</span>}
    </>
  );
}
