import { REGIONS } from './content/regions';
import type { RegionCode } from './content/types';
import type { Settings } from './settings';

export const SUPPORTED_REGIONS: readonly RegionCode[] = REGIONS.filter((region) => region !== 'OTHER');
const FALLBACK_REGION: RegionCode = 'US';

export interface ResolvedRegion {
  region: RegionCode;
  /** False when the browser points to a country Steady has no helplines for, or to no country it can tell. */
  supported: boolean;
}

// A language tag's region: a country ("en-GB") or a UN area code ("es-419", Latin America), after any script.
const REGION_SUBTAG = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2}|\d{3})(?:-|$)/i;

/** The region part of the first browser language that has one: "GB" from "en-GB", "419" from "es-419". */
export function regionFromLanguages(languages: readonly string[]): string | undefined {
  for (const tag of languages) {
    const region = REGION_SUBTAG.exec(tag.replace(/_/g, '-'))?.[1];
    if (region) return region.toUpperCase();
  }
  return undefined;
}

export function resolveRegion(choice: Settings['region'], languages: readonly string[]): ResolvedRegion {
  if (choice !== 'auto') return { region: choice, supported: true };
  const region = regionFromLanguages(languages);
  const match = SUPPORTED_REGIONS.find((code) => code === region);
  if (match) return { region: match, supported: true };
  // English with no country is most often the United States: assume it quietly. Any other language with no
  // country ("es"), a wider area ("es-419") or a country Steady does not cover gets the advice that fits
  // anywhere, never another country's emergency number shown as if it were local.
  const firstLanguage = languages[0]?.toLowerCase().split(/[-_]/)[0];
  if (region === undefined && (firstLanguage === undefined || firstLanguage === 'en')) return { region: FALLBACK_REGION, supported: true };
  return { region: 'OTHER', supported: false };
}
