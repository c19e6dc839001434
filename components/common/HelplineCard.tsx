import type { ComponentChildren } from 'preact';
import type { Helpline } from '@/help-content/types';
import { formatHelpline } from '@/shared/format-helpline';
import type { CopyFormat } from '@/shared/copy-formats';
import { otherFormatChoices } from '@/shared/copy-formats';
import { copyWhat } from '@/locales/ui-strings';
import { useI18n } from '@/ui/use-i18n';
import { callHref, describeTextLine, textHref } from '@/shared/phone-links';
import { CopyButton } from '@/components/common/CopyButton';
import { OfficialLink } from '@/components/common/OfficialLink';
import { SourceNote } from '@/components/common/SourceNote';

/** One helpline: what it is for, one-tap call and text links, Copy, and its details and source. */
export function HelplineCard({ line, copyFormat }: { line: Helpline; copyFormat: CopyFormat }) {
  const { t, locale } = useI18n();
  const headingId = `helpline-${line.id}`;
  const d = t.helpline;
  return (
    <article class="card helpline" aria-labelledby={headingId}>
      <div class="helpline-heading">
        <h3 id={headingId}>{line.name}</h3>
        <span class={`kind kind-${line.kind}`}>{t.helplineKinds[line.kind]}</span>
      </div>
      <p>{line.purpose}</p>
      <div class="actions">
        {line.call && (
          <a class="button" href={callHref(line.call)}>
            {t.common.call(line.call.display)}
          </a>
        )}
        {line.text && (
          <a class="button" href={textHref(line.text)}>
            {describeTextLine(line.text, t.common)}
          </a>
        )}
        <CopyButton
          text={formatHelpline(line, copyFormat, locale)}
          what={copyWhat(line, t.copy)}
          alternatives={otherFormatChoices(copyFormat, (format) => formatHelpline(line, format, locale), t.copy)}
        />
      </div>
      <dl class="details">
        {line.callNote && <Detail term={d.whenYouCall}>{line.callNote}</Detail>}
        {line.tty && (
          <Detail term={d.tty}>
            <a href={callHref(line.tty)}>{line.tty.display}</a>
          </Detail>
        )}
        {line.chatUrl && (
          <Detail term={d.chat}>
            <OfficialLink href={line.chatUrl}>{new URL(line.chatUrl).host}</OfficialLink>
          </Detail>
        )}
        {line.hours && <Detail term={d.hours}>{line.hours}</Detail>}
        {line.cost && <Detail term={d.cost}>{line.cost}</Detail>}
        {line.area && <Detail term={d.where}>{line.area}</Detail>}
        {line.languages.length > 0 && <Detail term={d.languages}>{line.languages.join(', ')}</Detail>}
        {line.url && (
          <Detail term={d.officialSite}>
            <OfficialLink href={line.url}>{new URL(line.url).host}</OfficialLink>
          </Detail>
        )}
      </dl>
      <SourceNote item={line} />
    </article>
  );
}

function Detail({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
