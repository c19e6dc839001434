/**
 * Helplines in the reader's language, on their own so the in-page card and the background carry only the
 * helplines, not every guide and resource. Numbers and links always come from the English entry.
 */
import type { Locale } from '@/locales/locale';
import { HELPLINES_ES } from '@/help-content/es/helplines';
import { HELPLINES } from '@/help-content/helplines';
import type { Helpline } from '@/help-content/types';

/** Emergency first, then lines that answer in Spanish, then the rest, each keeping its usual order. */
function spanishSpeakingFirst(lines: readonly Helpline[]): Helpline[] {
  const speaksSpanish = (line: Helpline) => HELPLINES.find((l) => l.id === line.id)?.languages.includes('Spanish');
  const rank = (line: Helpline) => (line.kind === 'emergency' ? 0 : speaksSpanish(line) ? 1 : 2);
  return [...lines].sort((a, b) => rank(a) - rank(b));
}

let spanish: readonly Helpline[] | undefined;

export function helplinesIn(locale: Locale): readonly Helpline[] {
  if (locale === 'en') return HELPLINES;
  spanish ??= spanishSpeakingFirst(HELPLINES.map((line) => ({ ...line, ...HELPLINES_ES[line.id] })));
  return spanish;
}
