import { EVIDENCE, type EvidenceKey } from '@/help-content/evidence';
import { CONTENT_REVIEWED } from '@/help-content/sources';
import type { Confidence, HelplineDetail, Source, Sourced } from '@/help-content/types';

/** One quote seen only in a copy is enough to send readers to the official site. */
function weakest(keys: readonly EvidenceKey[]): Confidence {
  return keys.some((key) => EVIDENCE[key].confidence === 'check-official') ? 'check-official' : 'verified';
}

/**
 * An item's sourcing, worked out from its evidence so the two cannot disagree: readers see every source a quote
 * comes from, and the item is only as sure as its least sure quote.
 */
export function backedBy(first: EvidenceKey, ...rest: EvidenceKey[]): Sourced {
  const evidence: [EvidenceKey, ...EvidenceKey[]] = [first, ...rest];
  const sources = [...new Set(evidence.map((key) => EVIDENCE[key].source))] as [Source, ...Source[]];
  return { sources, reviewed: CONTENT_REVIEWED, confidence: weakest(evidence), evidence };
}

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
  return { ...backedBy(first, ...others), evidenceFor: details };
}

/** The evidence keys behind one helpline detail. */
export function keysOf(evidence: EvidenceKey | readonly EvidenceKey[] | undefined): readonly EvidenceKey[] {
  if (evidence === undefined) return [];
  return typeof evidence === 'string' ? [evidence] : evidence;
}
