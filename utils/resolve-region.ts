import { REGIONS } from './content/regions';
import type { RegionCode } from './content/types';
import type { Settings } from './settings';

export const SUPPORTED_REGIONS: readonly RegionCode[] = REGIONS.filter((region) => region !== 'OTHER');
const FALLBACK_REGION: RegionCode = 'US';

export interface ResolvedRegion {
  region: RegionCode;
  /** False when the browser points to a country Steady has no helplines for yet, so the UI can say so. */
  supported: boolean;
}

/** The country part of the first browser language that has one ("en-GB" → "GB"). */
export function countryFromLanguages(languages: readonly string[]): string | undefined {
  for (const tag of languages) {
    const country = /^[a-z]{2,3}(?:-[A-Za-z]{4})?-([A-Za-z]{2})\b/i.exec(tag)?.[1];
    if (country) return country.toUpperCase();
  }
  return undefined;
}

export function resolveRegion(choice: Settings['region'], languages: readonly string[]): ResolvedRegion {
  if (choice !== 'auto') return { region: choice, supported: true };
  const country = countryFromLanguages(languages);
  const match = SUPPORTED_REGIONS.find((region) => region === country);
  if (match) return { region: match, supported: true };
  // A language without a country ("en") says nothing about where someone is: assume the default quietly.
  if (country === undefined) return { region: FALLBACK_REGION, supported: true };
  // A country Steady has no lines for: the local-emergency-number advice, never another country's numbers.
  return { region: 'OTHER', supported: false };
}
