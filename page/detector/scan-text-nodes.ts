import { type ReadEnvironment, type ReadLimits, SKIPPED_TAGS } from '@/page/detector/read-page-text';

/** Text and comment nodes: the walker passes over elements natively, with no call into the script for each one. */
const SHOW_TEXT_AND_COMMENTS = 0x4 | 0x80;
/** A node with at least this many characters has its parent looked at, so a big script or style is not read. */
const LOOK_AT_PARENT_FROM_CHARS = 200;
/** Characters handed to the matcher at once: fewer, larger calls than the close reader's chunks. */
const MATCH_CHARS = 16_000;
/**
 * The end of one batch carried into the next, so nothing is split between them: more than the longest name and
 * the window a street name is paired with a stopping word in (naming.ts).
 */
export const CARRIED_CHARS = 400;
const NOT_BLANK = /\S/;

/**
 * True when `root` holds at most `max` elements. item() walks only as far as the index asked for, so a page of a
 * million elements costs no more to ask about than one of `max`. Not `[max]`: Chromium 156 answers an index that
 * way by collecting every element first (66 ms on a million, against 0.5 ms for item()).
 */
export function holdsAtMostElements(root: Element, max: number): boolean {
  return root.getElementsByTagName('*').item(max) === null;
}

/**
 * Whether `found` says yes to the text under `root`, read quickly: only text and comment nodes are handed to the
 * script (on an article, about a quarter of the calls into the page of a walk that checks every element), in
 * bounded pieces, in slices that hand the main thread back. It reads more than the close reader does (comments,
 * short scripts and styles, hidden parts), to say yes wherever the close reader would find a name; the close reader
 * decides. corpus.test.ts holds every labelled page to that. (Extra text between a street name and a stopping word
 * can push them out of the pairing window, and extra text counts toward the character cap.)
 *
 * The walker passes over elements by itself, which no step counts, so it runs only where the page holds at most
 * `maxNodes` elements, asked again after every yield; undefined means the page holds more: read it step by step.
 */
export async function scanTextNodes(
  root: Element,
  found: (text: string) => boolean,
  env: ReadEnvironment,
  limits: ReadLimits,
): Promise<boolean | undefined> {
  if (!holdsAtMostElements(root, limits.maxNodes)) return undefined;
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT_AND_COMMENTS);
  let batch = '';
  let chars = 0;
  let steps = 0;
  let charsSinceClock = 0;
  let sliceStart = env.now();
  /** Hands the main thread back once the slice is used up: false when the extension has gone, undefined when the page outgrew the walker. */
  const keepSliceShort = async (): Promise<boolean | undefined> => {
    if (env.now() - sliceStart < limits.sliceMs) return true;
    await env.yieldToPage();
    if (!env.isActive()) return false;
    if (!holdsAtMostElements(root, limits.maxNodes)) return undefined;
    sliceStart = env.now();
    return true;
  };

  while (steps < limits.maxNodes && chars < limits.maxChars) {
    const node = walker.nextNode() as CharacterData | null;
    if (!node) break;
    if (++steps % limits.clockEveryNodes === 0) {
      const going = await keepSliceShort();
      if (going !== true) return going;
    }
    for (let offset = 0; chars < limits.maxChars; ) {
      const want = Math.min(limits.chunkChars, limits.maxChars - chars);
      let piece: string;
      try {
        piece = node.substringData(offset, want);
      } catch {
        // The page shortened the node while this script waited.
        break;
      }
      if (offset === 0 && piece.length >= LOOK_AT_PARENT_FROM_CHARS) {
        const parent = node.parentNode as Element | null;
        if (parent && SKIPPED_TAGS.has(parent.localName)) break;
      }
      offset += piece.length;
      chars += piece.length;
      charsSinceClock += piece.length;
      // Blank text is counted but not kept, as the close reader does, so words are as far apart as it sees them.
      if (NOT_BLANK.test(piece)) batch += `${piece} `;
      if (batch.length >= MATCH_CHARS) {
        if (found(batch)) return true;
        batch = batch.slice(-CARRIED_CHARS);
      }
      if (charsSinceClock >= limits.chunkChars) {
        charsSinceClock = 0;
        const going = await keepSliceShort();
        if (going !== true) return going;
      }
      if (piece.length < want) break;
    }
  }
  return found(batch);
}
