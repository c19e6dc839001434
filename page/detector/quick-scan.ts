import { mayNameABenzoInJoinedText } from '@/page/detector/naming';
import { normalizeText } from '@/page/detector/normalize-text';
import { DEFAULT_READ_LIMITS, type ReadEnvironment } from '@/page/detector/read-page-text';

/**
 * The first look at a page's body: is a benzo named anywhere in it? Almost every page says no, and then nothing
 * else is read. The text is read natively, a Range over a few thousand elements per call, instead of node by node
 * from the extension's world, where every step is a call across to the page (issue 16: that walk was most of
 * what Steady cost a page).
 */
export interface QuickScanLimits {
  /** Elements per native read: one Range over this many elements and the text among them is one call. */
  elementsPerRead: number;
  /** Stop after this many elements. The close reader stops after as many nodes, and every element is a node. */
  maxElements: number;
  /** Stop after this many characters: more than the close reader's cap, since script and hidden text count here. */
  maxChars: number;
  /** Hand the main thread back to the page after this long (ms). */
  sliceMs: number;
}

export const DEFAULT_QUICK_SCAN_LIMITS: Readonly<QuickScanLimits> = {
  elementsPerRead: 2_000,
  maxElements: 2 * DEFAULT_READ_LIMITS.maxNodes,
  maxChars: 2 * DEFAULT_READ_LIMITS.maxChars,
  sliceMs: DEFAULT_READ_LIMITS.sliceMs,
};

/**
 * The end of one read is read again, with a space, before the next: a street name and its stopping word can sit
 * either side. A read always ends where an element starts, and the close reader puts a space there too.
 */
const CARRY_CHARS = 256;

export interface QuickScanResult {
  /** False only when nothing in the text read names a benzo: the page cannot be about them. */
  mayNameABenzo: boolean;
  /** Native reads (Ranges) made. */
  reads: number;
  charsRead: number;
  /** A cap was reached before the end of the body. */
  stoppedEarly: boolean;
}

/**
 * Reads `root`'s text a Range at a time, in document order, until a benzo may be named or a cap is reached. The
 * range is live: when the page adds or removes elements between two reads, its start moves with them.
 */
export async function quickScan(root: Element, env: ReadEnvironment, overrides: Partial<QuickScanLimits> = {}): Promise<QuickScanResult> {
  const limits: QuickScanLimits = { ...DEFAULT_QUICK_SCAN_LIMITS, ...overrides };
  const result: QuickScanResult = { mayNameABenzo: false, reads: 0, charsRead: 0, stoppedEarly: false };
  const doc = root.ownerDocument;
  // A live list in document order: asking for element n, then n + 2,000, walks the tree natively, once.
  const elements = root.getElementsByTagName('*');
  const range = doc.createRange();
  range.setStart(root, 0);
  let carry = '';
  let sliceStart = env.now();
  for (let covered = 0; ; ) {
    covered = Math.min(covered + limits.elementsPerRead, limits.maxElements);
    const end = elements.item(covered);
    // At the start inside the element, not before it: the offset is then 0, where "before it" is its index among
    // its siblings, which the browser counts one by one (a page of a million siblings made that the whole cost).
    if (end) range.setEnd(end, 0);
    else if (root.lastChild) range.setEndAfter(root.lastChild);
    const text = range.toString().slice(0, limits.maxChars - result.charsRead);
    result.reads++;
    result.charsRead += text.length;
    if (mayNameABenzoInJoinedText(normalizeText(`${carry} ${text}`))) {
      result.mayNameABenzo = true;
      return result;
    }
    if (!end) return result;
    if (covered >= limits.maxElements || result.charsRead >= limits.maxChars) {
      result.stoppedEarly = true;
      return result;
    }
    carry = `${carry} ${text}`.slice(-CARRY_CHARS);
    range.setStart(end, 0);
    if (env.now() - sliceStart >= limits.sliceMs) {
      await env.yieldToPage();
      if (!env.isActive()) return result;
      sliceStart = env.now();
    }
  }
}
