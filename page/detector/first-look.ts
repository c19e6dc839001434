import { mayNameABenzo } from '@/page/detector/naming';
import { normalizeText } from '@/page/detector/normalize-text';
import {
  type BodyTextSink,
  DEFAULT_READ_LIMITS,
  type ReadEnvironment,
  type ReadLimits,
  readBodyText,
  readTitle,
} from '@/page/detector/read-page-text';
import { scanTextNodes } from '@/page/detector/scan-text-nodes';
import { urlText } from '@/page/detector/search-query';

const namesABenzo = (text: string) => mayNameABenzo(normalizeText(text));

/** Takes the body's text as the close reader would, and settles at the first name. */
class NameSearch implements BodyTextSink {
  named = false;
  add(_field: 'body', text: string): void {
    if (!this.named && namesABenzo(text)) this.named = true;
  }
  isSettled(): boolean {
    return this.named;
  }
  hasUnscored(): boolean {
    return false;
  }
  scoreSome(): void {}
}

/**
 * The question asked of every page, by the one script that runs on every page: could it be about benzos at all?
 * Only a benzo named in its URL, title or body says so, found the way the close reader finds one. The body is
 * read by its text nodes alone (scan-text-nodes.ts), which takes in at least what the close reader would read, or,
 * on a page of very many elements, exactly as the close reader reads it. Every other page ends here, and the close
 * reader (the rest of the detector, in a script of its own) is never loaded into it.
 */
export async function mayBeAboutBenzos(doc: Document, url: string, env: ReadEnvironment, limits?: Partial<ReadLimits>): Promise<boolean> {
  // The same texts, normalised the same way, that the close reader's accumulator checks first.
  if (mayNameABenzo(normalizeText(urlText(url).text)) || mayNameABenzo(normalizeText(readTitle(doc)))) return true;
  if (!doc.body) return false;
  // The body starts in a task of its own, so the script's start-up and the first slice of reading never add up.
  await env.yieldToPage();
  if (!env.isActive() || !doc.body) return false;
  const quick = await scanTextNodes(doc.body, namesABenzo, env, { ...DEFAULT_READ_LIMITS, ...limits });
  if (quick !== undefined) return quick;
  // More elements than the quick scan may pass over unseen: every node is looked at, and counted.
  if (!env.isActive() || !doc.body) return false;
  const search = new NameSearch();
  await readBodyText(doc.body, search, env, limits);
  return search.named;
}
