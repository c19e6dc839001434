/**
 * Every message between Steady's own scripts, grouped by direction. Senders build them with these functions
 * (no type strings at call sites), and every receiver checks the shape with the guard before acting on one.
 */

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

// ---- From a web page (the detector or the card) to the background ----

export interface PageDecisionMessage {
  type: 'steady:page-decision';
  /** Whether help should be offered, at the user's sensitivity. */
  offer: boolean;
  aboutBenzos: boolean;
  aboutStopping: boolean;
  /** True when the user asked for this check from the popup. */
  requested: boolean;
}

export interface OpenMoreHelpMessage {
  type: 'steady:open-more-help';
}

/** The detector's first look found a benzo named: the background puts the close reader into the page, then answers. */
export interface CloseReaderRequestMessage {
  type: 'steady:need-close-reader';
}

export type PageToBackgroundMessage = PageDecisionMessage | OpenMoreHelpMessage | CloseReaderRequestMessage;

export function pageDecisionMessage(decision: Omit<PageDecisionMessage, 'type'>): PageDecisionMessage {
  return { type: 'steady:page-decision', ...decision };
}

export function openMoreHelpMessage(): OpenMoreHelpMessage {
  return { type: 'steady:open-more-help' };
}

export function closeReaderRequestMessage(): CloseReaderRequestMessage {
  return { type: 'steady:need-close-reader' };
}

export function isCloseReaderRequestMessage(value: unknown): value is CloseReaderRequestMessage {
  return isObject(value) && value.type === 'steady:need-close-reader' && Object.keys(value).length === 1;
}

export function isPageDecisionMessage(value: unknown): value is PageDecisionMessage {
  return (
    isObject(value) &&
    value.type === 'steady:page-decision' &&
    typeof value.offer === 'boolean' &&
    typeof value.aboutBenzos === 'boolean' &&
    typeof value.aboutStopping === 'boolean' &&
    typeof value.requested === 'boolean'
  );
}

export function isOpenMoreHelpMessage(value: unknown): value is OpenMoreHelpMessage {
  return isObject(value) && value.type === 'steady:open-more-help' && Object.keys(value).length === 1;
}

/** Only Steady's own top-frame scripts in a real tab may talk to the background. */
export function isFromOwnTopFrame(sender: { id?: string; tab?: { id?: number }; frameId?: number }, ownId: string): boolean {
  return sender.id === ownId && sender.tab?.id !== undefined && sender.frameId === 0;
}

// ---- From the background to the offscreen document (Chrome's clipboard) ----

export interface OffscreenCopyMessage {
  type: 'steady:offscreen-copy';
  text: string;
}

/** Far longer than any helpline block; a longer text is not one of Steady's. */
const MAX_COPY_CHARS = 20_000;

export function offscreenCopyMessage(text: string): OffscreenCopyMessage {
  return { type: 'steady:offscreen-copy', text };
}

export function isOffscreenCopyMessage(value: unknown): value is OffscreenCopyMessage {
  return isObject(value) && value.type === 'steady:offscreen-copy' && typeof value.text === 'string' && value.text.length < MAX_COPY_CHARS;
}
