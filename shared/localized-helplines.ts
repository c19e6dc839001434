/**
 * Helplines in the reader's language, on their own so the in-page card and the background carry only the
 * helplines, not every guide and resource. Numbers and links always come from the same facts in every language.
 */
import type { Locale } from '@/locales/locale';
import { HELPLINES } from '@/help-content/helplines';
import type { Helpline } from '@/help-content/types';
import { SPANISH_HELPLINES } from '@/shared/spanish-helplines';

export function helplinesIn(locale: Locale): readonly Helpline[] {
  return locale === 'en' ? HELPLINES : SPANISH_HELPLINES;
}
