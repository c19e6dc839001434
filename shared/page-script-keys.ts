/**
 * Keys for the little state Steady keeps on the global object of its world in a page. Symbols, because an
 * element's id in the page becomes a global name there and could otherwise stand in for Steady's own values.
 */
/** Set by the popup's "Check this page" just before it runs the detector; a string, to pass into the page. */
export const CHECK_REQUESTED_KEY = 'steady.checkRequested';
export const CHECK_REQUESTED = Symbol.for(CHECK_REQUESTED_KEY);
/** The lines the card shows, put there by the background just before the card's script; a string, to pass into the page. */
export const CARD_LINES_KEY = 'steady.cardLines';
export const CARD_LINES = Symbol.for(CARD_LINES_KEY);
export const CARD_HOST = Symbol.for('steady.cardHost');
export function lifetimeKey(name: string): symbol {
  return Symbol.for(`steady.lifetime.${name}`);
}
/** The close reader (the rest of the detector), put there by its own script once the first look finds a benzo named. */
export const CLOSE_READER = Symbol.for('steady.closeReader');
