import type { Locale } from '../i18n/locale';

/** Official pages Steady links that are written in Spanish; every other page it links is in English. */
const SPANISH_PAGES = ['https://988lifeline.org/es/', 'https://poisonhelp.hrsa.gov/es/'];

/** The language a linked page is written in, so a reader can be told before they open it. */
export function pageLanguage(url: string): Locale {
  return SPANISH_PAGES.some((prefix) => url.startsWith(prefix)) ? 'es' : 'en';
}
