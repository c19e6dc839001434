import { sourcedBy } from '@/help-content/backing';
import type { EvidenceKey } from '@/help-content/evidence';
import { HELPLINE_EVIDENCE } from '@/help-content/helpline-evidence';
import type { HelplineDetail, Sourced } from '@/help-content/types';

/**
 * A helpline's sourcing, with its evidence kept per detail so a test can ask "what backs these hours?". Readers
 * see the source for the service itself.
 */
export function helplineBackedBy(
  details: Partial<Record<HelplineDetail, EvidenceKey | readonly EvidenceKey[]>> & {
    service: EvidenceKey | readonly [EvidenceKey, ...EvidenceKey[]];
  },
): Sourced & {
  evidenceFor: Partial<Record<HelplineDetail, EvidenceKey | readonly EvidenceKey[]>>;
} {
  const [first, ...rest] = keysOf(details.service) as [EvidenceKey, ...EvidenceKey[]];
  // One quote can back several details: it is listed once.
  const others = [...new Set([...rest, ...Object.values(details).flatMap(keysOf)])].filter((key) => key !== first);
  return { ...sourcedBy(HELPLINE_EVIDENCE, [first, ...others]), evidenceFor: details };
}

/** The evidence keys behind one helpline detail. */
export function keysOf(evidence: EvidenceKey | readonly EvidenceKey[] | undefined): readonly EvidenceKey[] {
  if (evidence === undefined) return [];
  return typeof evidence === 'string' ? [evidence] : evidence;
}
