import { REGIONS } from '@/help-content/regions';
import { countryOfTimeZone } from '@/help-content/time-zones';
import type { RegionCode } from '@/help-content/regions';
import type { Settings } from '@/shared/settings-schema';

export const SUPPORTED_REGIONS: readonly RegionCode[] = REGIONS.filter((region) => region !== 'OTHER');

/** What the browser already knows on this device; nothing is asked for and nothing leaves it. */
export interface DeviceSignals {
  /** navigator.languages, most preferred first. */
  languages: readonly string[];
  /** Intl.DateTimeFormat().resolvedOptions().timeZone, e.g. "America/Los_Angeles". */
  timeZone?: string;
}

export interface ResolvedRegion {
  region: RegionCode;
  /**
   * True when the person chose the country, or the device's signals point to it and nothing contradicts them.
   * When false, the popup puts the country picker first among the helplines.
   */
  sure: boolean;
}

/** Temporal is standard ECMAScript that TypeScript 5.9 does not type yet: the one call used here. */
declare const Temporal: { Now: { timeZoneId(): string } } | undefined;

/**
 * The device's IANA time zone. Temporal reads it at once; Intl.DateTimeFormat first loads the browser's date
 * formatting data, which took 40-65 ms in every new Chromium page (issue 16), so it is only the fallback.
 */
function deviceTimeZone(): string | undefined {
  try {
    if (typeof Temporal !== 'undefined') return Temporal.Now.timeZoneId();
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The device's own signals; the caller passes `navigator.languages` from where it runs (page, popup, background). */
export function deviceSignals(languages: readonly string[]): DeviceSignals {
  return { languages, timeZone: deviceTimeZone() };
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

const isCountry = (subtag: string | undefined): subtag is string => subtag !== undefined && /^[A-Z]{2}$/.test(subtag);
const covered = (subtag: string | undefined): RegionCode | undefined => SUPPORTED_REGIONS.find((code) => code === subtag);

/**
 * Which country's numbers to show. The rule, in order:
 *  1. The person's own choice always wins.
 *  2. The time zone decides where the device is. Emergency numbers depend on where you are, not on the language
 *     you read: many people in the United States use Spanish set to Mexico or Latin America ("es-MX", "es-419"),
 *     and many in the UK use American English. So "es-MX" in Los Angeles gets the United States, and "en-US" in
 *     London the United Kingdom; a zone outside the countries Steady covers ("Europe/Berlin") gets "another
 *     country", whatever the language.
 *  3. A zone that names no place (UTC, "Etc/GMT+5", missing, malformed) leaves the language's country, if Steady
 *     covers it; English with no country is most often the United States.
 *  4. Anything else is "another country": never another country's emergency number shown as if it were local.
 * Steady is sure only when a signal names the country and no signal names a different one.
 */
export function resolveRegion(choice: Settings['region'], signals: DeviceSignals): ResolvedRegion {
  if (choice !== 'auto') return { region: choice, sure: true };
  const byLanguage = regionFromLanguages(signals.languages);
  const byZone = countryOfTimeZone(signals.timeZone);
  if (byZone !== undefined && byZone !== 'OTHER') {
    return { region: byZone, sure: !isCountry(byLanguage) || byLanguage === byZone };
  }
  if (byZone === 'OTHER') return { region: 'OTHER', sure: false };
  const languageCountry = covered(byLanguage);
  if (languageCountry) return { region: languageCountry, sure: true };
  const firstLanguage = signals.languages[0]?.toLowerCase().split(/[-_]/)[0];
  if (byLanguage === undefined && (firstLanguage === undefined || firstLanguage === 'en')) return { region: 'US', sure: false };
  return { region: 'OTHER', sure: false };
}
