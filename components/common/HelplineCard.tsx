import type { ComponentChildren } from 'preact';
import type { Helpline } from '@/help-content/types';
import { helplineText } from '@/shared/helpline-text';
import type { CopyFormat } from '@/shared/copy-formats';
import { otherFormatChoices } from '@/shared/copy-formats';
import { copyWhat } from '@/locales/copy-what';
import { useI18n } from '@/ui/use-i18n';
import { callHref, describeTextLine, textHref, textNumber } from '@/shared/phone-links';
import { CopyButton } from '@/components/common/CopyButton';
import { OfficialLink } from '@/components/common/OfficialLink';
import { SourceNote } from '@/components/common/SourceNote';

/**
 * One helpline as a compact row: name, kind, the number as readable text (a desktop may not dial a `tel:` link),
 * then Call, Text and Copy; what it is for, hours, cost, languages and the source behind "Details". Every line has
 * the same structure, whatever it holds.
 */
export function HelplineCard({ line, copyFormat }: { line: Helpline; copyFormat: CopyFormat }) {
  const i18n = useI18n();
  const { t } = i18n;
  const headingId = `helpline-${line.id}`;
  const d = t.helpline;
  const textLine = line.text && describeTextLine(line.text, t.common);
  return (
    <article class="card helpline" aria-labelledby={headingId}>
      <div class="helpline-heading">
        <h3 id={headingId}>{line.name}</h3>
        <span class={`kind kind-${line.kind}`}>{t.helplineKinds[line.kind]}</span>
      </div>
      {(line.call || line.text) && (
        <p class="helpline-numbers">
          {line.call && <span class="phone-number">{line.call.display}</span>}
          {line.text && textLine && <TextLineWords words={textLine} number={textNumber(line.text)} />}
        </p>
      )}
      <div class="actions">
        {line.call && (
          <a class="button" href={callHref(line.call)} aria-label={t.common.call(line.call.display)}>
            {d.callButton}
          </a>
        )}
        {line.text && (
          <a class="button" href={textHref(line.text)} aria-label={textLine}>
            {d.textButton}
          </a>
        )}
        <CopyButton
          text={helplineText(line, copyFormat, i18n.locale, i18n.t)}
          what={copyWhat(line, t.copy)}
          alternatives={otherFormatChoices(copyFormat, (format) => helplineText(line, format, i18n.locale, i18n.t), t.copy)}
        />
      </div>
      <details class="helpline-details">
        <summary>
          {d.details}
          <span class="visually-hidden">: {line.name}</span>
        </summary>
        <p>{line.purpose}</p>
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
      </details>
    </article>
  );
}

/** "Text HOME to 741741", with the number kept whole on one line. */
function TextLineWords({ words, number }: { words: string; number: string }) {
  const at = words.lastIndexOf(number);
  if (at < 0) return <span>{words}</span>;
  return (
    <span>
      {words.slice(0, at)}
      <span class="phone-number">{number}</span>
      {words.slice(at + number.length)}
    </span>
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
