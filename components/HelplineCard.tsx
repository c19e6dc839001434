import type { Helpline, HelplineKind } from '../utils/content/types';
import { formatHelpline, type CopyFormat } from '../utils/format-helpline';
import { otherFormatChoices } from '../utils/copy-choices';
import { callHref, describeTextLine, textHref } from '../utils/phone-links';
import { CopyButton } from './CopyButton';
import { SourceNote } from './SourceNote';

export const KIND_LABELS: Record<HelplineKind, string> = {
  emergency: 'Emergency',
  crisis: 'Crisis support',
  referral: 'Information and referral',
  'urgent-care': 'Urgent medical advice',
  peer: 'Peer support',
  poison: 'Poison advice',
};

/** One helpline: what it is for, one-tap call and text links, Copy, and its details and source. */
export function HelplineCard({ line, copyFormat }: { line: Helpline; copyFormat: CopyFormat }) {
  const headingId = `helpline-${line.id}`;
  return (
    <article class="card helpline" aria-labelledby={headingId}>
      <div class="helpline-heading">
        <h3 id={headingId}>{line.name}</h3>
        <span class={`kind kind-${line.kind}`}>{KIND_LABELS[line.kind]}</span>
      </div>
      <p>{line.purpose}</p>
      <div class="actions">
        {line.call && (
          <a class="button" href={callHref(line.call)}>
            Call {line.call.display}
          </a>
        )}
        {line.text && (
          <a class="button" href={textHref(line.text)}>
            {describeTextLine(line.text)}
          </a>
        )}
        <CopyButton
          text={formatHelpline(line, copyFormat)}
          what={`${line.name} details`}
          alternatives={otherFormatChoices(copyFormat, (format) => formatHelpline(line, format))}
        />
      </div>
      <dl class="details">
        {line.callNote && <Detail term="When you call">{line.callNote}</Detail>}
        {line.tty && (
          <Detail term="TTY">
            <a href={callHref(line.tty)}>{line.tty.display}</a>
          </Detail>
        )}
        {line.chatUrl && (
          <Detail term="Chat">
            <a href={line.chatUrl} target="_blank" rel="noopener noreferrer">
              {new URL(line.chatUrl).host}
            </a>
          </Detail>
        )}
        <Detail term="Hours">{line.hours}</Detail>
        <Detail term="Cost">{line.cost}</Detail>
        {line.area && <Detail term="Where">{line.area}</Detail>}
        {line.languages.length > 0 && <Detail term="Languages">{line.languages.join(', ')}</Detail>}
        {line.url && (
          <Detail term="Official site">
            <a href={line.url} target="_blank" rel="noopener noreferrer">
              {new URL(line.url).host}
            </a>
          </Detail>
        )}
      </dl>
      <SourceNote item={line} />
    </article>
  );
}

function Detail({ term, children }: { term: string; children: preact.ComponentChildren }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
