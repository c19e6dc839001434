import type { WordsById } from '@/help-content/translation-types';

/** English items with one language's words laid over them: numbers, links and sources stay the English item's. */
export function overlay<T extends { id: string }, W extends object>(items: readonly T[], words: WordsById<W>): T[] {
  return items.map((item) => ({ ...item, ...words[item.id] }));
}
