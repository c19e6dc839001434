import { sourcedBy } from '@/help-content/backing';
import { EVIDENCE, type EvidenceKey } from '@/help-content/evidence';
import type { Sourced } from '@/help-content/types';

export { helplineBackedBy, keysOf } from '@/help-content/helpline-backed-by';

/** An item's sourcing, worked out from its evidence (`backing.ts`). */
export function backedBy(first: EvidenceKey, ...rest: EvidenceKey[]): Sourced {
  return sourcedBy(EVIDENCE, [first, ...rest]);
}
