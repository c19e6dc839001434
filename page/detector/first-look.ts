import { mayNameABenzo } from '@/page/detector/naming';
import { normalizeText } from '@/page/detector/normalize-text';
import { type BodyTextSink, type ReadEnvironment, type ReadLimits, readBodyText, readTitle } from '@/page/detector/read-page-text';
import { urlText } from '@/page/detector/search-query';

/** Takes the body's text as the close reader would, and settles at the first name. */
class NameSearch implements BodyTextSink {
  named = false;
  add(_field: 'body', text: string): void {
    if (!this.named && mayNameABenzo(normalizeText(text))) this.named = true;
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
 * Only a benzo named in its URL, title or body says so, found the way the close reader finds one (the same text,
 * read in the same bounded slices). Every other page ends here, and the close reader (the rest of the detector,
 * in a script of its own) is never loaded into it.
 */
export async function mayBeAboutBenzos(doc: Document, url: string, env: ReadEnvironment, limits?: Partial<ReadLimits>): Promise<boolean> {
  // The same texts, normalised the same way, that the close reader's accumulator checks first.
  if (mayNameABenzo(normalizeText(urlText(url).text)) || mayNameABenzo(normalizeText(readTitle(doc)))) return true;
  if (!doc.body) return false;
  // The body starts in a task of its own, so the script's start-up and the first slice of reading never add up.
  await env.yieldToPage();
  if (!env.isActive() || !doc.body) return false;
  const search = new NameSearch();
  await readBodyText(doc.body, search, env, limits);
  return search.named;
}
