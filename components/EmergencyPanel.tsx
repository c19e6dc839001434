import type { Helpline, RedFlag } from '../utils/content/types';
import { callHref } from '../utils/phone-links';
import { CrisisLinks } from './CrisisLinks';
import { SourceNote } from './SourceNote';

interface EmergencyPanelProps {
  emergency: Helpline;
  /** The region's main crisis line, for thoughts of suicide without immediate danger. */
  crisis: Helpline;
  redFlags: readonly RedFlag[];
}

/** The first thing anyone sees: the emergency number and the signs that mean "call now". */
export function EmergencyPanel({ emergency, crisis, redFlags }: EmergencyPanelProps) {
  const number = emergency.call?.display ?? '';
  const uniqueSources = redFlags.filter((flag, i) => redFlags.findIndex((f) => f.source.url === flag.source.url) === i);
  return (
    <section class="emergency" aria-labelledby="emergency-heading">
      <h2 id="emergency-heading">Emergency? Call {number}</h2>
      {emergency.call && (
        <a class="button button-emergency" href={callHref(emergency.call)}>
          Call {number}
        </a>
      )}
      <p class="emergency-lead">Call {number} now if someone:</p>
      <ul class="red-flags">
        {redFlags.map((flag) => (
          <li key={flag.id}>{flag.sign}</li>
        ))}
      </ul>
      <p class="crisis-line">
        Thinking about suicide?{' '}
        <CrisisLinks line={crisis} />, any time, day or night.
      </p>
      <details class="sources">
        <summary>Sources for these signs</summary>
        {uniqueSources.map((flag) => (
          <SourceNote key={flag.source.url} item={flag} />
        ))}
      </details>
    </section>
  );
}
