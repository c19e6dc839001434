/** Messages between Steady's own scripts. Every receiver checks the shape before acting on one. */

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

export type SteadyMessage = PageDecisionMessage | OpenMoreHelpMessage;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

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
