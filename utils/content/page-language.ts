import type { Locale } from '../i18n/locale';

/** Official pages Steady links that are written in Spanish; every other page it links is in English. */
const SPANISH_PAGES = [
  'https://988lifeline.org/es/',
  'https://poisonhelp.hrsa.gov/es/',
  // Aftercare resources in Spanish: the Ashton Manual's Spanish edition, Mexico's CIJ and Spain's Proyecto Hombre.
  'https://www.benzo.org.uk/espman/',
  'https://www.gob.mx/salud/cij',
  'https://www.proyectohombre.es/',
];

/** The language a linked page is written in, so a reader can be told before they open it. */
export function pageLanguage(url: string): Locale {
  return SPANISH_PAGES.some((prefix) => url.startsWith(prefix)) ? 'es' : 'en';
}
