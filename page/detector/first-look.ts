import { mayNameABenzo } from '@/page/detector/naming';
import { normalizeText } from '@/page/detector/normalize-text';
import { quickScan, type QuickScanLimits } from '@/page/detector/quick-scan';
import type { ReadEnvironment } from '@/page/detector/read-page-text';
import { readTitle } from '@/page/detector/read-page-text';
import { urlText } from '@/page/detector/search-query';

/**
 * The question asked of every page, by the one script that runs on every page: could it be about benzos at all?
 * Only a benzo named in its URL, title or body says so. Every other page ends here, and the close reader (the
 * rest of the detector, in a script of its own) is never loaded into it.
 */
export async function mayBeAboutBenzos(
  doc: Document,
  url: string,
  env: ReadEnvironment,
  scanLimits?: Partial<QuickScanLimits>,
): Promise<boolean> {
  // The same texts, normalised the same way, that the close reader's accumulator checks first.
  if (mayNameABenzo(normalizeText(urlText(url).text)) || mayNameABenzo(normalizeText(readTitle(doc)))) return true;
  if (!doc.body) return false;
  return (await quickScan(doc.body, env, scanLimits)).mayNameABenzo;
}
