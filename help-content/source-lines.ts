import { EVIDENCE } from '@/help-content/evidence';
import type { Confidence, IsoDate, Source, Sourced } from '@/help-content/types';

// Kept apart so a helpline's note can group its sources without this file's table of every quote's backing.
export { byPublisher, type PublisherSources } from '@/help-content/by-publisher';

/** One source in a list of sources for several items, as sure as the least sure quote taken from it. */
export interface SourceLine {
  sources: readonly [Source];
  reviewed: IsoDate;
  confidence: Confidence;
}

/** A source behind a section, with what in the section it backs. */
export interface SourceUse extends SourceLine {
  /** Labels of the items it backs (titles, signs), each once, in the section's order. */
  usedFor: string[];
}

/** A section's item and how a reader names it in the section's list of sources. */
export interface LabelledItem {
  label: string;
  item: Sourced;
}

/**
 * Every distinct source document behind a section's items, in first-use order, each with the items it backs: one list of
 * sources per section instead of a note under every paragraph, still saying which source supports what.
 */
export function sourceUses(entries: readonly LabelledItem[]): SourceUse[] {
  // Keyed by document, as byPublisher names them: two pages of one guide are listed once, as the guide.
  const uses = new Map<string, SourceUse>();
  for (const { label, item } of entries) {
    for (const key of item.evidence) {
      const { source, confidence } = EVIDENCE[key];
      const document = `${source.publisher}\n${source.title}`;
      const use = uses.get(document) ?? { sources: [source], reviewed: item.reviewed, confidence, usedFor: [] };
      uses.set(document, use);
      if (confidence === 'check-official') use.confidence = confidence;
      if (item.reviewed > use.reviewed) use.reviewed = item.reviewed;
      if (label && !use.usedFor.includes(label)) use.usedFor.push(label);
    }
  }
  return [...uses.values()];
}

/** Help items named by their titles in a list of sources. */
export function titled(items: readonly (Sourced & { title: string })[]): LabelledItem[] {
  return items.map((item) => ({ label: item.title, item }));
}

/** Symptom groups named as the list they make up ("Common withdrawal symptoms"), once however many groups. */
export function symptomEntries(groups: readonly Sourced[], listName: string): LabelledItem[] {
  return groups.map((item) => ({ label: listName, item }));
}
