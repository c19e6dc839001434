import type { Locale } from '@/locales/locale';
import { loadPopupTopics, type PopupTopics } from '@/shared/popup-topics';

export interface LoadedTopics {
  topics: PopupTopics;
  panels: typeof import('@/components/popup/TopicPanels');
}

/** The other topics' components and words in the reader's language, fetched together after the first paint. */
export async function loadTopics(locale: Locale): Promise<LoadedTopics> {
  const [panels, topics] = await Promise.all([import('@/components/popup/TopicPanels'), loadPopupTopics(locale)]);
  return { panels, topics };
}
