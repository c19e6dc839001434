import type { Helpline } from '@/help-content/types';
import { useI18n } from '@/ui/use-i18n';
import { callHref, textHref, textNumber } from '@/shared/phone-links';
import { OfficialLink } from '@/components/common/OfficialLink';

/**
 * "Call 988 or text 988": the crisis route's ways in, as links, wherever Steady names it in a sentence. Where Steady
 * knows no crisis line for the country, the route is the directory that finds one.
 */
export function CrisisLinks({ line }: { line: Helpline }) {
  const { t } = useI18n();
  if (line.kind === 'directory' && line.url) {
    return <OfficialLink href={line.url}>{`${t.common.findCrisisLine} (${new URL(line.url).host})`}</OfficialLink>;
  }
  return (
    <>
      {line.call && <a href={callHref(line.call)}>{t.common.callInSentence(line.call.display)}</a>}
      {line.call && line.text && ` ${t.common.or} `}
      {line.text && (
        <a href={textHref(line.text)}>
          {line.text.keyword ? t.copyText.textKeyword(line.text.keyword, textNumber(line.text)) : t.copyText.text(textNumber(line.text))}
        </a>
      )}
    </>
  );
}
