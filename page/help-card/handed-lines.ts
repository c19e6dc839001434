import type { CardLines } from '@/help-content/types';
import { CARD_LINES } from '@/shared/page-script-keys';

const isLine = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { id?: unknown }).id === 'string' &&
  typeof (value as { name?: unknown }).name === 'string';

/**
 * The lines the background handed this card just before its script ran (page-scripts.ts), taken once: a card
 * injected again later gets them afresh. Nothing when they are missing, so the card stays away rather than show
 * a card without its lines.
 */
export function takeHandedLines(): CardLines | undefined {
  const registry = globalThis as unknown as Record<symbol, unknown>;
  const handed = registry[CARD_LINES] as Partial<CardLines> | undefined;
  registry[CARD_LINES] = undefined;
  if (!handed || !isLine(handed.main) || !isLine(handed.crisis) || !isLine(handed.emergency)) return undefined;
  return handed as CardLines;
}
