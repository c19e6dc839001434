import { HELPLINE_FACTS } from '@/help-content/helpline-facts';
import { HELPLINE_WORDS } from '@/help-content/helpline-words';
import * as regionLines from '@/help-content/region-lines';
import type { Helpline } from '@/help-content/types';
import type { RegionCode } from '@/help-content/regions';

export { HELPLINE_FACTS, type HelplineFacts } from '@/help-content/helpline-facts';

/**
 * Every line in English: its numbers, links and sourcing (`helpline-facts.ts`) with its English words
 * (`helpline-words.ts`), as the Spanish lines are the same facts with `es/helplines.ts`. A unit test checks every
 * line has its words.
 */
export const HELPLINES: readonly Helpline[] = HELPLINE_FACTS.map((line) => ({ ...line, ...HELPLINE_WORDS[line.id] }) as Helpline);

// The region's lines (`region-lines.ts`), in English unless other lines are given.
export const mainHelplineForRegion = (region: RegionCode, lines: readonly Helpline[] = HELPLINES): Helpline =>
  regionLines.mainHelplineForRegion(region, lines);
export const crisisLineForRegion = (region: RegionCode, lines: readonly Helpline[] = HELPLINES): Helpline =>
  regionLines.crisisLineForRegion(region, lines);
export const helplinesForRegion = (region: RegionCode, lines: readonly Helpline[] = HELPLINES): Helpline[] =>
  regionLines.helplinesForRegion(region, lines);
export const emergencyLineForRegion = (region: RegionCode, lines: readonly Helpline[] = HELPLINES): Helpline =>
  regionLines.emergencyLineForRegion(region, lines);
export const linesForRegion = (
  region: RegionCode,
  lines: readonly Helpline[] = HELPLINES,
): { emergency: Helpline; helplines: Helpline[]; crisis: Helpline } => regionLines.linesForRegion(region, lines);
export const quickCopyLines = (region: RegionCode, lines: readonly Helpline[] = HELPLINES): Helpline[] =>
  regionLines.quickCopyLines(region, lines);
