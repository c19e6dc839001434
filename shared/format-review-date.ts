import type { IsoDate } from '@/help-content/types';
import type { Locale } from '@/locales/locale';

const MONTHS: Record<Locale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
};

/** "26 Nov 2026" / "26 nov 2026": day first, month in words, unambiguous everywhere, unlike 11/26/2026. */
export function formatReviewDate(date: IsoDate, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? MONTHS[locale][Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`Not an ISO date: ${date}`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}
