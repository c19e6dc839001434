import { HELPLINES_ES } from '@/help-content/es/helplines';
import { HELPLINE_FACTS, type HelplineFacts } from '@/help-content/helpline-facts';
import type { Helpline } from '@/help-content/types';

/** Emergency first, then lines that answer in Spanish, then the rest, each keeping its usual order. */
function spanishSpeakingFirst(lines: readonly Helpline[]): Helpline[] {
  const speaksSpanish = (line: Helpline) => HELPLINE_FACTS.find((l) => l.id === line.id)?.languages.includes('Spanish');
  const rank = (line: Helpline) => (line.kind === 'emergency' ? 0 : speaksSpanish(line) ? 1 : 2);
  return [...lines].sort((a, b) => rank(a) - rank(b));
}

/**
 * The lines in Spanish: each line's facts (numbers, links, sources) with its Spanish words, and no English words at
 * all, so a Spanish popup carries none. Every line has all its Spanish words: the translation tests fail otherwise.
 */
export const SPANISH_HELPLINES: readonly Helpline[] = spanishSpeakingFirst(
  HELPLINE_FACTS.map((line: HelplineFacts) => ({ ...line, ...HELPLINES_ES[line.id] }) as Helpline),
);
