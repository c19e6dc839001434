import type { Source } from '@/help-content/types';

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
