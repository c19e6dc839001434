import { addUrl, TopicAccumulator, type TopicDecision } from '@/page/detector/detect-topic';
import { readBodyText, readTitleAndHeadings, type ReadEnvironment, type ReadLimits, type ReadResult } from '@/page/detector/read-page-text';

export interface PageCheck {
  decision: TopicDecision;
  read: ReadResult | null;
}

/** Reads a page cheapest-first (URL, title, headings, then body text in slices) and decides its topic. */
export async function checkPage(doc: Document, url: string, env: ReadEnvironment, limits?: Partial<ReadLimits>): Promise<PageCheck> {
  const accumulator = new TopicAccumulator();
  addUrl(accumulator, url);
  const { title, headings } = readTitleAndHeadings(doc);
  accumulator.add('title', title);
  for (const heading of headings) accumulator.add('heading', heading);
  if (accumulator.isSettled() || !doc.body) return { decision: accumulator.decision(), read: null };
  // The body starts in a task of its own, so starting the script and the first slice of reading never add up.
  await env.yieldToPage();
  if (!env.isActive()) return { decision: accumulator.decision(), read: null };
  const read = await readBodyText(doc.body, accumulator, env, limits);
  return { decision: accumulator.decision(), read };
}
