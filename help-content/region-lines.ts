import type { Helpline } from '@/help-content/types';
import type { RegionCode } from '@/help-content/regions';

// Which of the given lines a region shows: the lines are passed in, so a page can pass them in its reader's language.

/** The directory that stands in for a crisis line where Steady knows none. */
const CRISIS_DIRECTORY_ID = 'intl-find-a-helpline';

/**
 * The line the in-page help card offers first: free and always open where possible, and made for substance
 * use or urgent medical questions. Canada has no national substance use line, so its crisis line comes first.
 */
const MAIN_HELPLINE_ID: Record<RegionCode, string> = {
  US: 'us-samhsa',
  CA: 'ca-988',
  GB: 'gb-nhs-111',
  IE: 'ie-samaritans',
  AU: 'au-aod-hotline',
  NZ: 'nz-alcohol-drug-helpline',
  // No crisis or drug line in Mexico or Spain has an official page on record yet: the directory finds one.
  MX: 'intl-find-a-helpline',
  ES: 'intl-find-a-helpline',
  OTHER: 'intl-find-a-helpline',
};

export function mainHelplineForRegion(region: RegionCode, lines: readonly Helpline[]): Helpline {
  const line = lines.find((l) => l.id === MAIN_HELPLINE_ID[region]);
  if (!line) throw new Error(`No main helpline for region ${region}`);
  return line;
}

function ownCrisisLine(region: RegionCode, lines: readonly Helpline[]): Helpline | undefined {
  return lines.find((l) => l.region === region && l.kind === 'crisis' && l.call);
}

/**
 * The region's crisis route, never none: its own crisis line with a number (988 in the United States), or,
 * where Steady knows no such line (Mexico, Spain, another country), the international directory that finds one.
 */
export function crisisLineForRegion(region: RegionCode, lines: readonly Helpline[]): Helpline {
  const line = ownCrisisLine(region, lines) ?? lines.find((l) => l.id === CRISIS_DIRECTORY_ID);
  if (!line) throw new Error(`No crisis route for region ${region}`);
  return line;
}

/**
 * A region's lines in the order given (pass the reader's language's lines: they may be ordered for it), with the
 * international directories after them where the region has no crisis line of its own.
 */
export function helplinesForRegion(region: RegionCode, lines: readonly Helpline[]): Helpline[] {
  const own = lines.filter((line) => line.region === region);
  return ownCrisisLine(region, lines) ? own : [...own, ...lines.filter((line) => line.region === 'INTL')];
}

/** The region's emergency line: every region must have exactly one. */
export function emergencyLineForRegion(region: RegionCode, lines: readonly Helpline[]): Helpline {
  const line = lines.find((l) => l.region === region && l.kind === 'emergency');
  if (!line) throw new Error(`No emergency line for region ${region}`);
  return line;
}

/** What every Steady page shows for a region: its emergency line, its other lines, and the crisis line among them. */
export function linesForRegion(
  region: RegionCode,
  lines: readonly Helpline[],
): { emergency: Helpline; helplines: Helpline[]; crisis: Helpline } {
  const helplines = helplinesForRegion(region, lines).filter((line) => line.kind !== 'emergency');
  return { emergency: emergencyLineForRegion(region, lines), helplines, crisis: crisisLineForRegion(region, lines) };
}

/**
 * What the copy shortcut copies: the emergency route, the crisis route, and the region's main line (once, where
 * it is the crisis line), so one key press always gives a person both routes to pass on.
 */
export function quickCopyLines(region: RegionCode, lines: readonly Helpline[]): Helpline[] {
  const chosen = [emergencyLineForRegion(region, lines), crisisLineForRegion(region, lines), mainHelplineForRegion(region, lines)];
  return chosen.filter((line, index) => chosen.indexOf(line) === index);
}
