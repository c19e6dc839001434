import { crisisLineForRegion, emergencyLineForRegion, mainHelplineForRegion } from '@/help-content/region-lines';
import type { RegionCode } from '@/help-content/regions';
import type { CardLine, CardLines, Helpline } from '@/help-content/types';

/** A line as the card carries it: no sources or evidence ("More help" opens the pages that show them), no region. */
function cardLine({
  sources: _s,
  reviewed: _r,
  confidence: _c,
  evidence: _e,
  evidenceFor: _f,
  region: _g,
  purpose,
  ...line
}: Helpline): CardLine {
  return line.call || line.text ? line : { ...line, purpose };
}

/**
 * The three lines one reader's card shows, from the helplines in their language, by the same rules every page
 * uses. The card is handed them as it is put in a page, so its script carries no helpline and no way of telling
 * one region from another.
 */
export function cardLinesFor(region: RegionCode, all: readonly Helpline[]): CardLines {
  return {
    main: cardLine(mainHelplineForRegion(region, all)),
    crisis: cardLine(crisisLineForRegion(region, all)),
    emergency: cardLine(emergencyLineForRegion(region, all)),
  };
}
