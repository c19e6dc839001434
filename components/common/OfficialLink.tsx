import type { ComponentChildren } from 'preact';
import { pageLanguage } from '@/shared/page-language';
import { useCardI18n } from '@/ui/card-i18n';

interface OfficialLinkProps {
  href: string;
  children: ComponentChildren;
  /** False where a list marks its pages' language once for all of them. */
  markLanguage?: boolean;
  /** Styles the link as a button; the language mark then goes inside it, so it cannot wrap away on its own. */
  className?: string;
}

/** A link to an official page, saying so when the page is not in the reader's language ("(en inglés)"). */
export function OfficialLink({ href, children, markLanguage = true, className }: OfficialLinkProps) {
  const { t, locale } = useCardI18n();
  const language = pageLanguage(href);
  // Said in the reader's language, even inside a source name marked as English.
  const mark = markLanguage && language !== locale && <span lang={locale}> {t.source.pageIn[language]}</span>;
  return (
    <>
      <a href={href} class={className} hreflang={language} target="_blank" rel="noopener noreferrer">
        {/* One text run, so a button's flex layout keeps the mark in the sentence. */}
        {className ? (
          <span>
            {children}
            {mark}
          </span>
        ) : (
          children
        )}
      </a>
      {!className && mark}
    </>
  );
}
