import { checkPage } from '@/page/detector/check-page';
import { shouldOfferHelp } from '@/page/detector/detect-topic';
import type { ReadEnvironment } from '@/page/detector/read-page-text';
import { CLOSE_READER } from '@/shared/page-script-keys';
import type { Sensitivity } from '@/shared/settings-schema';

/** What the close reader tells the page detector: never the page's text or address. */
export interface PageReading {
  offer: boolean;
  aboutBenzos: boolean;
  aboutStopping: boolean;
}

export type CloseReader = (doc: Document, url: string, env: ReadEnvironment, sensitivity: Sensitivity) => Promise<PageReading>;

/** Reads a page closely and decides whether to offer help at the user's sensitivity. */
export const readClosely: CloseReader = async (doc, url, env, sensitivity) => {
  const { decision } = await checkPage(doc, url, env);
  return { offer: shouldOfferHelp(decision, sensitivity), aboutBenzos: decision.aboutBenzos, aboutStopping: decision.aboutStopping };
};

/** Leaves the close reader where the page detector, in the same extension world, finds it. */
export function installCloseReader(scope = globalThis as unknown as Record<symbol, unknown>): void {
  scope[CLOSE_READER] = readClosely;
}
