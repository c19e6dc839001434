import type { TopicAccumulator } from './detect-topic';

/** Elements whose text a reader does not see, or that hold what the user is typing. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS', 'SELECT', 'INPUT']);

export interface ReadLimits {
  /** Stop after this many characters of body text. */
  maxChars: number;
  /** Hand the main thread back to the page after this long (ms). */
  sliceMs: number;
  /** Characters handed to the matcher at a time. */
  chunkChars: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxChars: 300_000, sliceMs: 5, chunkChars: 4_000 };

export interface ReadEnvironment {
  now(): number;
  /** Resolves after the page has had a turn on the main thread. */
  yieldToPage(): Promise<void>;
  /** False once the extension has been updated or unloaded: stop at once. */
  isActive(): boolean;
}

export interface ReadResult {
  charsRead: number;
  slices: number;
  /** The longest stretch of work between two yields (ms). */
  longestSliceMs: number;
  stoppedEarly: boolean;
}

/** Hidden by its own style attribute; read as text, never through getComputedStyle, which forces style work. */
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style && INLINE_HIDDEN.test(style)) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

const ELEMENT_NODE = 1;

/**
 * Moves the walker so that its next nextNode() is the first node after the current element's subtree.
 * Returns false when nothing follows it.
 */
function skipSubtree(walker: TreeWalker): boolean {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) {
      // Step back so the loop's nextNode() returns this sibling.
      walker.previousNode();
      return true;
    }
    if (!walker.parentNode()) return false;
  }
}

/** A title or heading longer than this is cut: no page can make one of them a long task. */
const MAX_HEADING_CHARS = 500;

/** The title and the first headings: read before the body because they say the most for the least work. */
export function readTitleAndHeadings(doc: Document, maxHeadings = 30): { title: string; headings: string[] } {
  const headings = [...doc.querySelectorAll('h1, h2, h3')]
    .slice(0, maxHeadings)
    .filter((h) => !h.closest('[hidden], [aria-hidden="true"], template'))
    .map((h) => (h.textContent ?? '').trim().slice(0, MAX_HEADING_CHARS))
    .filter(Boolean);
  return { title: doc.title.slice(0, MAX_HEADING_CHARS), headings };
}

/**
 * Feeds the visible text of `root` to the accumulator, in small slices so no task blocks the page, and stops
 * as soon as the answer is settled or the character cap is reached. Never uses innerText: that forces layout.
 */
export async function readBodyText(root: Node, accumulator: TopicAccumulator, env: ReadEnvironment, limits = DEFAULT_READ_LIMITS): Promise<ReadResult> {
  const doc = root.ownerDocument ?? (root as Document);
  // No filter callback: a JS callback per node costs a call across into the script for every node, so
  // hidden subtrees are skipped by hand instead.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const result: ReadResult = { charsRead: 0, slices: 1, longestSliceMs: 0, stoppedEarly: false };
  let chunk = '';
  let sliceStart = env.now();
  const flush = () => {
    if (chunk) accumulator.add('body', chunk);
    chunk = '';
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === ELEMENT_NODE) {
      if (isSkipped(node as Element) && !skipSubtree(walker)) break;
      continue;
    }
    const text = node.nodeValue ?? '';
    if (!text.trim()) continue;
    // A huge text node is taken a chunk at a time, so it cannot make one long task either.
    for (let offset = 0; offset < text.length; offset += limits.chunkChars) {
      const piece = text.slice(offset, offset + limits.chunkChars);
      chunk += `${piece} `;
      result.charsRead += piece.length;
      if (chunk.length >= limits.chunkChars) {
        flush();
        if (accumulator.isSettled() || result.charsRead >= limits.maxChars) {
          result.stoppedEarly = true;
          return finish();
        }
      }
      const elapsed = env.now() - sliceStart;
      if (elapsed >= limits.sliceMs) {
        result.longestSliceMs = Math.max(result.longestSliceMs, elapsed);
        await env.yieldToPage();
        if (!env.isActive()) return result;
        result.slices++;
        sliceStart = env.now();
      }
    }
  }
  return finish();

  function finish(): ReadResult {
    flush();
    result.longestSliceMs = Math.max(result.longestSliceMs, env.now() - sliceStart);
    return result;
  }
}
