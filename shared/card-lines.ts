import { crisisLineForRegion, emergencyLineForRegion, mainHelplineForRegion } from '@/help-content/helplines';
import { REGIONS } from '@/help-content/regions';
import type { CardLines, Helpline, CardLine } from '@/help-content/types';
import type { Locale } from '@/locales/locale';
import { helplinesIn } from '@/shared/localized-helplines';

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
 * The card's helplines in one language, worked out from the help content by the same rules every page uses.
 * `npm run card-lines` writes them into help-content/card-lines-<language>.ts, and a unit test fails when those are stale.
 */
export function cardLinesFor(locale: Locale): CardLines {
  const all = helplinesIn(locale);
  const lines: Record<string, CardLine> = {};
  const regions = Object.fromEntries(
    REGIONS.map((region) => {
      const chosen = {
        main: mainHelplineForRegion(region, all),
        crisis: crisisLineForRegion(region, all),
        emergency: emergencyLineForRegion(region, all),
      };
      for (const line of Object.values(chosen)) lines[line.id] = cardLine(line);
      return [region, { main: chosen.main.id, crisis: chosen.crisis.id, emergency: chosen.emergency.id }];
    }),
  ) as CardLines['regions'];
  return { lines, regions };
}
