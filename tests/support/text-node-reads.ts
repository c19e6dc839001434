/** Test helpers for readers of the page's text. */

/** Makes reading `node`'s text whole throw: only substringData, a bounded piece at a time, may read it. */
export function onlyByPieces(node: Text): number[] {
  const counts: number[] = [];
  let inside = false;
  const substring = node.substringData.bind(node);
  node.substringData = (offset: number, count: number) => {
    counts.push(count);
    inside = true;
    try {
      return substring(offset, count);
    } finally {
      inside = false;
    }
  };
  for (const key of ['data', 'nodeValue', 'textContent', 'wholeText']) {
    let proto: object | null = node;
    let getter: (() => unknown) | undefined;
    while (proto && !getter) {
      getter = Object.getOwnPropertyDescriptor(proto, key)?.get;
      proto = Object.getPrototypeOf(proto) as object | null;
    }
    Object.defineProperty(node, key, {
      get() {
        if (!inside) throw new Error(`read ${key} whole`);
        return getter!.call(node);
      },
    });
  }
  return counts;
}
