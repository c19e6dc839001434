import { helpContent, type HelpContent } from '@/shared/localized-content';
import { useI18n } from '@/ui/use-i18n';

/** Every piece of help content in the reader's language. Kept apart from `useI18n` so the in-page card, which
 * needs none of it, does not carry it. */
export function useContent(): HelpContent {
  return helpContent(useI18n().locale);
}
