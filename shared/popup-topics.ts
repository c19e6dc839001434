import type { HelpItem, RedFlag, SymptomGroup } from '@/help-content/types';
import type { Locale } from '@/locales/locale';

/** The popup's content behind a click (the signs to call for, and the three other topics), in one language. */
export interface PopupTopics {
  redFlags: readonly RedFlag[];
  safetyFacts: readonly HelpItem[];
  commonSymptoms: readonly SymptomGroup[];
  copingTips: readonly HelpItem[];
  helpSomeoneTips: readonly HelpItem[];
}

/** Loaded after the first paint, in the reader's language only. */
export function loadPopupTopics(locale: Locale): Promise<PopupTopics> {
  return locale === 'es'
    ? import('@/shared/popup-topics-es').then((module) => module.SPANISH_TOPICS)
    : import('@/shared/popup-topics-en').then((module) => module.ENGLISH_TOPICS);
}
