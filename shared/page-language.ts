import type { Locale } from '@/locales/locale';

/** Official pages Steady links that are written in Spanish; every other page it links is in English. */
const SPANISH_PAGES = [
  'https://988lifeline.org/es/',
  'https://poisonhelp.hrsa.gov/es/',
  // Aftercare in Spanish: the Ashton Manual's Spanish edition and Spain's Proyecto Hombre.
  'https://www.benzo.org.uk/espman/',
  'https://www.proyectohombre.es/',
  // The Mexican government's pages (CIJ, and the source behind 911) and the EU's 112 page in Spanish.
  'https://www.gob.mx/',
  'https://digital-strategy.ec.europa.eu/es/',
];

/** The language a linked page is written in, so a reader can be told before they open it. */
export function pageLanguage(url: string): Locale {
  return SPANISH_PAGES.some((prefix) => url.startsWith(prefix)) ? 'es' : 'en';
}
