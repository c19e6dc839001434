/** What the body's text is handed to: the close reader's TopicAccumulator, or the first look's name search. */
export interface BodyTextSink {
  add(field: 'body', text: string): void;
  /** True once more text cannot change the answer: reading stops. */
  isSettled(): boolean;
  /** Text kept for scoring once a name appeared: scored a chunk at a time between slices. */
  hasUnscored(): boolean;
  scoreSome(maxChars: number): void;
}

/** Elements whose text a reader does not see, or that hold what the user is typing. */
export const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'textarea',
  'template',
  'iframe',
  'object',
  'svg',
  'canvas',
  'select',
  'input',
]);

export interface ReadLimits {
  /** Stop after this many characters of body text, whitespace included: blank text costs time to walk too. */
  maxChars: number;
  /** Stop after this many steps through the page (a node looked at, or a level climbed out of a skipped part). */
  maxNodes: number;
  /** Look at the clock at least this often (steps), so empty elements or comments cannot make a long task. */
  clockEveryNodes: number;
  /** Hand the main thread back to the page after this long (ms). */
  sliceMs: number;
  /** Characters handed to the matcher at a time, and the most ever read from one text node at once. */
  chunkChars: number;
}

// 30,000 steps and 3 ms slices: on a page of 1,000,000 empty elements, 100,000 steps and 5 ms slices still gave
// 12-22 ms tasks (touching that many nodes from the extension's world costs the browser bookkeeping), these ≤ 9 ms.
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = {
  maxChars: 300_000,
  maxNodes: 30_000,
  clockEveryNodes: 50,
  sliceMs: 3,
  chunkChars: 4_000,
};

export interface ReadEnvironment {
  now(): number;
  /** Resolves after the page has had a turn on the main thread. */
  yieldToPage(): Promise<void>;
  /** False once the extension has been updated or unloaded: stop at once. */
  isActive(): boolean;
}

export interface ReadResult {
  charsRead: number;
  /** Steps taken through the page, as counted against `maxNodes`. */
  nodesVisited: number;
  slices: number;
  /** The longest stretch of work between two yields (ms). */
  longestSliceMs: number;
  stoppedEarly: boolean;
}

/** Hidden by its own style attribute; read as text, never through getComputedStyle, which forces style work. */
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Only this much of a style attribute is looked at, so one huge attribute cannot make one step slow. */
const MAX_STYLE_CHARS = 1_000;

function isSkipped(element: Element): boolean {
  // localName is already lower case: no copy of a (possibly huge) custom tag name to upper-case it.
  if (SKIPPED_TAGS.has(element.localName)) return true;
  // Most elements have no attributes: one call across to the page's DOM instead of four.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style && INLINE_HIDDEN.test(style.slice(0, MAX_STYLE_CHARS))) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Every node, comments included: a node the walker skips by itself costs time that no step would count. */
const SHOW_ALL = 0xffffffff;
const NOT_BLANK = /\S/;

/** One step through a tree: a node to look at, null for a step with nothing to look at, undefined at the end. */
type Step = () => Node | null | undefined;

/**
 * Walks `walker` one node per call, stepping over the subtree of every element `skip` accepts. Climbing out of a
 * skipped subtree takes one call per level, so even a very deep page is walked in steps that can be counted.
 */
function stepThrough(walker: TreeWalker, skip: (element: Element) => boolean): Step {
  let climbing = false;
  const look = (node: Node): Node | null => {
    if (node.nodeType !== ELEMENT_NODE || !skip(node as Element)) return node;
    climbing = true;
    return null;
  };
  return () => {
    if (!climbing) {
      const node = walker.nextNode();
      return node ? look(node) : undefined;
    }
    const sibling = walker.nextSibling();
    if (sibling) {
      climbing = false;
      return look(sibling);
    }
    return walker.parentNode() ? null : undefined;
  };
}

/** A title or heading longer than this is cut: no page can make one of them a long task. */
const MAX_HEADING_CHARS = 500;
/** Characters of a heading read before trimming it: room for indentation around the words. */
const HEADING_PREFIX_CHARS = 4 * MAX_HEADING_CHARS;
/** Steps spent finding and reading headings. They are read before the first yield, so this stays a few ms. */
export const HEADING_SCAN_NODES = 5_000;
const HEADING = /^h[123]$/;

/** Hidden from readers, the way the heading scan has always judged it: hidden, aria-hidden, or a template. */
function hidesHeadings(element: Element): boolean {
  return element.localName === 'template' || element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

/** A heading's text, like textContent but reading only a bounded prefix of it. */
function headingText(heading: Element, budget: { steps: number }): string {
  const next = stepThrough(heading.ownerDocument.createTreeWalker(heading, SHOW_ALL), () => false);
  let text = '';
  while (text.length < HEADING_PREFIX_CHARS && budget.steps > 0) {
    budget.steps--;
    const node = next();
    if (node === undefined) break;
    if (node?.nodeType === TEXT_NODE) text += (node as Text).substringData(0, HEADING_PREFIX_CHARS - text.length);
  }
  return text.trim().slice(0, MAX_HEADING_CHARS);
}

/**
 * The title and the first headings: read before the body because they say the most for the least work. Finding
 * and reading them takes at most `maxNodes` steps in all, however big the page.
 */
export function readTitleAndHeadings(
  doc: Document,
  maxHeadings = 30,
  maxNodes = HEADING_SCAN_NODES,
): { title: string; headings: string[] } {
  const headings: string[] = [];
  const budget = { steps: maxNodes };
  if (doc.documentElement) {
    const next = stepThrough(doc.createTreeWalker(doc.documentElement, SHOW_ALL), hidesHeadings);
    let found = 0;
    while (found < maxHeadings && budget.steps > 0) {
      budget.steps--;
      const node = next();
      if (node === undefined) break;
      if (node?.nodeType !== ELEMENT_NODE || !HEADING.test((node as Element).localName)) continue;
      found++;
      const text = headingText(node as Element, budget);
      if (text) headings.push(text);
    }
  }
  return { title: readTitle(doc), headings };
}

/** The page's title, cut like a heading. */
export function readTitle(doc: Document): string {
  return doc.title.slice(0, MAX_HEADING_CHARS);
}

/**
 * Feeds the visible text of `root` to the accumulator, in small slices so no task blocks the page, and stops
 * as soon as the answer is settled or a cap (characters, nodes) is reached. Never uses innerText: that forces
 * layout. Text is read with substringData, a chunk at a time, so one huge text node is never copied whole.
 */
export async function readBodyText(
  root: Node,
  accumulator: BodyTextSink,
  env: ReadEnvironment,
  overrides: Partial<ReadLimits> = {},
): Promise<ReadResult> {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...overrides };
  const doc = root.ownerDocument ?? (root as Document);
  // No filter callback: a JS callback per node costs a call across into the script for every node, so
  // hidden subtrees are skipped by hand instead.
  const next = stepThrough(doc.createTreeWalker(root, SHOW_ALL), isSkipped);
  const result: ReadResult = { charsRead: 0, nodesVisited: 0, slices: 1, longestSliceMs: 0, stoppedEarly: false };
  let chunk = '';
  let charsSinceClock = 0;
  let sliceStart = env.now();
  const flush = () => {
    if (chunk) accumulator.add('body', chunk);
    chunk = '';
  };
  /** Yields to the page once the slice is used up; false when the extension has gone meanwhile. */
  const keepSliceShort = async (): Promise<boolean> => {
    const elapsed = env.now() - sliceStart;
    if (elapsed < limits.sliceMs) return true;
    result.longestSliceMs = Math.max(result.longestSliceMs, elapsed);
    await env.yieldToPage();
    if (!env.isActive()) return false;
    result.slices++;
    sliceStart = env.now();
    return true;
  };
  /** Scores text the accumulator kept until a benzo was named, a chunk at a time between slices; false if the extension has gone. */
  const scoreKeptText = async (): Promise<boolean> => {
    while (accumulator.hasUnscored()) {
      accumulator.scoreSome(limits.chunkChars);
      if (!(await keepSliceShort())) return false;
    }
    return true;
  };

  for (;;) {
    if (result.nodesVisited >= limits.maxNodes) return finish(true);
    const node = next();
    if (node === undefined) return finish(false);
    if (++result.nodesVisited % limits.clockEveryNodes === 0 && !(await keepSliceShort())) return result;
    if (node?.nodeType !== TEXT_NODE) continue;
    const text = node as Text;
    // Re-checked each time round: the page may shorten the node while this script waits.
    for (let offset = 0; offset < text.length; ) {
      const piece = text.substringData(offset, Math.min(limits.chunkChars, limits.maxChars - result.charsRead));
      offset += piece.length;
      result.charsRead += piece.length;
      charsSinceClock += piece.length;
      if (NOT_BLANK.test(piece)) chunk += `${piece} `;
      if (chunk.length >= limits.chunkChars) {
        flush();
        if (!(await scoreKeptText())) return result;
        if (accumulator.isSettled()) return finish(true);
      }
      if (result.charsRead >= limits.maxChars) return finish(true);
      // The clock is read after each chunk's worth of text, not after every short paragraph: a text node is one
      // step like any other node, counted against clockEveryNodes.
      if (charsSinceClock >= limits.chunkChars) {
        charsSinceClock = 0;
        if (!(await keepSliceShort())) return result;
      }
    }
  }

  async function finish(stoppedEarly: boolean): Promise<ReadResult> {
    flush();
    if (!(await scoreKeptText())) return result;
    result.stoppedEarly = stoppedEarly;
    result.longestSliceMs = Math.max(result.longestSliceMs, env.now() - sliceStart);
    return result;
  }
}
