import type { Helpline } from '../utils/content/types';
import { callHref, textHref } from '../utils/phone-links';

/** "Call 988 or text 988": the crisis line's ways in, as links, wherever Steady names it in a sentence. */
export function CrisisLinks({ line }: { line: Helpline }) {
  return (
    <>
      {line.call && <a href={callHref(line.call)}>Call {line.call.display}</a>}
      {line.call && line.text && ' or '}
      {line.text && <a href={textHref(line.text)}>text {line.text.number}</a>}
    </>
  );
}
