import { browser } from 'wxt/browser';
import { hasPageAccess } from '@/browser-api/page-access';
import { loadSettings } from '@/browser-api/settings';
import { IS_FIREFOX } from '@/shared/build-target';
import { CARD_LINES_KEY, CHECK_REQUESTED_KEY } from '@/shared/page-script-keys';
import type { CardLines } from '@/help-content/types';
import type { Locale } from '@/locales/locale';
import { EXTENSION_FILES, PAGE_ORIGINS } from '@/shared/manifest';

const DETECTOR_ID = 'steady-page-detector';
const DETECTOR_FILE = EXTENSION_FILES.pageDetector;

// Firefox's MV2 build registers with contentScripts.register, which returns a handle to unregister with.
let firefoxRegistration: { unregister(): Promise<void> } | undefined;

interface FirefoxContentScripts {
  register(options: {
    js: { file: string }[];
    matches: string[];
    runAt: 'document_idle';
    allFrames: boolean;
  }): Promise<{ unregister(): Promise<void> }>;
}

let syncing: Promise<boolean> = Promise.resolve(false);

/**
 * Makes the page detector run in new pages exactly when contextual help is on and the user has granted access
 * to pages; otherwise makes sure it is not registered. Safe to call as often as anything changes: calls run one
 * after another, each reading the state afresh, so a quick on-then-off can never leave it registered.
 */
export function syncDetectorRegistration(): Promise<boolean> {
  syncing = syncing.catch(() => false).then(syncOnce);
  return syncing;
}

async function syncOnce(): Promise<boolean> {
  const [settings, access] = await Promise.all([loadSettings(), hasPageAccess()]);
  const wanted = settings.contextualHelp !== 'off' && access;
  if (!IS_FIREFOX) {
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [DETECTOR_ID] });
    if (wanted && registered.length === 0) {
      await browser.scripting.registerContentScripts([
        {
          id: DETECTOR_ID,
          js: [DETECTOR_FILE],
          matches: PAGE_ORIGINS,
          runAt: 'document_idle',
          allFrames: false,
          persistAcrossSessions: true,
        },
      ]);
    } else if (!wanted && registered.length > 0) {
      await browser.scripting.unregisterContentScripts({ ids: [DETECTOR_ID] });
    }
    return wanted;
  }
  const contentScripts = (browser as unknown as { contentScripts: FirefoxContentScripts }).contentScripts;
  if (wanted && !firefoxRegistration) {
    firefoxRegistration = await contentScripts.register({
      js: [{ file: DETECTOR_FILE }],
      matches: PAGE_ORIGINS,
      runAt: 'document_idle',
      allFrames: false,
    });
  } else if (!wanted && firefoxRegistration) {
    await firefoxRegistration.unregister();
    firefoxRegistration = undefined;
  }
  return wanted;
}

/** What one reader's card shows: its language, and its region's lines in that language (shared/card-lines.ts). */
export interface ReaderCard {
  locale: Locale;
  lines: CardLines;
}

/**
 * Puts the help card into a tab's top frame. Its code reaches a page only after a match there. With a document
 * id (Chrome), it goes only into the very page that matched, never the next one the tab has moved on to.
 * The card's script is the one in the reader's language, and it is handed just the three lines the reader's
 * region shows, so the page receives no other language's words and no other region's lines.
 */
export async function injectHelpCard(tabId: number, { locale, lines }: ReaderCard, documentId?: string): Promise<void> {
  await handOverToTopFrame(tabId, CARD_LINES_KEY, lines, documentId);
  await injectIntoTopFrame(tabId, EXTENSION_FILES.helpCard[locale], documentId);
}

/**
 * Leaves a value on the global object of Steady's world in a tab's top frame, under `Symbol.for(key)`, for the
 * script injected next to take. That world is the extension's own: the page cannot read it.
 */
async function handOverToTopFrame(tabId: number, key: string, value: boolean | CardLines, documentId?: string): Promise<void> {
  // Self-contained: it runs in the page's extension world and gets its values as arguments.
  const handOver = (symbolKey: string, handed: boolean | CardLines) => {
    (globalThis as Record<symbol, unknown>)[Symbol.for(symbolKey)] = handed;
  };
  if (!IS_FIREFOX) {
    const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] };
    await browser.scripting.executeScript({ target, func: handOver, args: [key, value] });
  } else {
    await browser.tabs.executeScript(tabId, {
      code: `globalThis[Symbol.for(${JSON.stringify(key)})] = ${JSON.stringify(value)};`,
      frameId: 0,
    });
  }
}

/** Puts the close reader (the rest of the detector) into the very page whose first look found a benzo named. */
export function injectCloseReader(tabId: number, documentId?: string): Promise<void> {
  return injectIntoTopFrame(tabId, EXTENSION_FILES.pageReader, documentId);
}

/** The scripts Steady puts into a page's top frame on demand, named as `scripting` takes them. */
type InjectedFile =
  | typeof EXTENSION_FILES.pageDetector
  | typeof EXTENSION_FILES.pageReader
  | (typeof EXTENSION_FILES.helpCard)[keyof typeof EXTENSION_FILES.helpCard];

async function injectIntoTopFrame(tabId: number, file: InjectedFile, documentId?: string): Promise<void> {
  if (!IS_FIREFOX) {
    const target = documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] };
    await browser.scripting.executeScript({ target, files: [file] });
  } else {
    await browser.tabs.executeScript(tabId, { file, frameId: 0 });
  }
}

/** Runs the detector once in the active tab on the user's request, under activeTab: no broad access needed. */
export async function checkTabNow(tabId: number): Promise<void> {
  await handOverToTopFrame(tabId, CHECK_REQUESTED_KEY, true);
  await injectIntoTopFrame(tabId, DETECTOR_FILE);
}
