import type { EvidenceKey } from '@/help-content/evidence';
import type { Confidence, IsoDate, Source, Sourced } from '@/help-content/types';

/** The date this release's content was last checked against its sources. */
export const CONTENT_REVIEWED: IsoDate = '2026-11-30';

/** One quote's backing: the page it is on, and how sure that is. */
export interface Backing {
  /** The official page, as readers see it linked. */
  source: Source;
  /** 'verified': the quote was read on that page; 'check-official': only in a copy of it elsewhere. */
  confidence: Confidence;
}

export const onPage = (source: Source): Backing => ({ source, confidence: 'verified' });
export const inCopyOf = (source: Source): Backing => ({ source, confidence: 'check-official' });

/**
 * An item's sourcing, worked out from its evidence in the given table so the two cannot disagree: readers see every
 * source a quote comes from, and the item is only as sure as its least sure quote (one quote seen only in a copy is
 * enough to send readers to the official site).
 */
export function sourcedBy(table: Partial<Record<EvidenceKey, Backing>>, evidence: readonly [EvidenceKey, ...EvidenceKey[]]): Sourced {
  const backing = (key: EvidenceKey) => {
    const found = table[key];
    if (!found) throw new Error(`No evidence ${key}`);
    return found;
  };
  const sources = [...new Set(evidence.map((key) => backing(key).source))] as [Source, ...Source[]];
  const confidence = evidence.some((key) => backing(key).confidence === 'check-official') ? 'check-official' : 'verified';
  return { sources, reviewed: CONTENT_REVIEWED, confidence, evidence };
}
