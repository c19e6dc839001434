import { EVIDENCE } from '@/help-content/evidence';
import type { Confidence, IsoDate, Source, Sourced } from '@/help-content/types';

/** One source in a list of sources for several items, as sure as the least sure quote taken from it. */
export interface SourceLine {
  sources: readonly [Source];
  reviewed: IsoDate;
  confidence: Confidence;
}

/** Every distinct source behind a group of items (red flags, a checklist), in first-use order. */
export function sourceLines(items: readonly Sourced[]): SourceLine[] {
  const lines = new Map<Source, SourceLine>();
  for (const item of items) {
    for (const key of item.evidence) {
      const { source, confidence } = EVIDENCE[key];
      const line = lines.get(source);
      if (!line) {
        lines.set(source, { sources: [source], reviewed: item.reviewed, confidence });
        continue;
      }
      if (confidence === 'check-official') line.confidence = confidence;
      if (item.reviewed > line.reviewed) line.reviewed = item.reviewed;
    }
  }
  return [...lines.values()];
}

/** Sources from one publisher, each document once (two pages of one guide show as the guide). */
export interface PublisherSources {
  publisher: string;
  documents: Source[];
}

/** Groups an item's sources by publisher, in first-use order, so each publisher is named once. */
export function byPublisher(sources: readonly Source[]): PublisherSources[] {
  const groups = new Map<string, Source[]>();
  for (const source of sources) {
    const documents = groups.get(source.publisher) ?? [];
    if (!documents.some((known) => known.title === source.title)) documents.push(source);
    groups.set(source.publisher, documents);
  }
  return [...groups].map(([publisher, documents]) => ({ publisher, documents }));
}
