/**
 * Keys for the little state Steady keeps on the global object of its world in a page. Symbols, because an
 * element's id in the page becomes a global name there and could otherwise stand in for Steady's own values.
 */
export const CHECK_REQUESTED = Symbol.for('steady.checkRequested');
export const CARD_HOST = Symbol.for('steady.cardHost');
export function lifetimeKey(name: string): symbol {
  return Symbol.for(`steady.lifetime.${name}`);
}
