/**
 * A few lines in place of a UI library: the card is built once and changed in place, so a control keeps its
 * focus and a live region its place while the card updates, and the page is sent no framework.
 */
type Child = Node | string | false | null | undefined;
type Props = Record<string, string | boolean | number | ((event: MouseEvent) => void) | undefined>;

/** An element with attributes (`true` sets an empty one, `false` and `undefined` none), `on…` click handlers, and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') node.addEventListener(name.slice(2), value as EventListener);
    else if (value === true) node.setAttribute(name, '');
    else if (value !== false && value !== undefined) node.setAttribute(name, String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/**
 * Puts `node` into `parent` before `before` (at the end without it), or takes it out. Parts that come and go are
 * added and removed, never only hidden, so what is folded away is out of the page for every reader and tool alike.
 */
export function place(parent: Node, node: Node, shown: boolean, before: Node | null = null): void {
  if (!shown) node.parentNode?.removeChild(node);
  else if (node.parentNode !== parent) parent.insertBefore(node, before);
}
