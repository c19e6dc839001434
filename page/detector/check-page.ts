import { addUrl, compileTopicMatcher, TopicAccumulator, type TopicDecision } from '@/page/detector/detect-topic';
import { type ReadEnvironment, type ReadLimits, type ReadResult, readBodyText, readTitleAndHeadings } from '@/page/detector/read-page-text';

export interface PageCheck {
  decision: TopicDecision;
  /** The read of the body (null when the URL, title and headings settled it). */
  read: ReadResult | null;
}

export interface CheckOptions {
  readLimits?: Partial<ReadLimits>;
  accumulator?: ConstructorParameters<typeof TopicAccumulator>[0];
}

/**
 * The close reader: decides a page's topic cheapest-first (URL, title, headings, then the body's visible text in
 * slices). It runs only on a page where the first look (first-look.ts) found a benzo named.
 */
export async function checkPage(doc: Document, url: string, env: ReadEnvironment, options: CheckOptions = {}): Promise<PageCheck> {
  const accumulator = new TopicAccumulator(options.accumulator);
  addUrl(accumulator, url);
  const { title, headings } = readTitleAndHeadings(doc);
  accumulator.add('title', title);
  for (const heading of headings) accumulator.add('heading', heading);
  if (accumulator.isSettled() || !doc.body) return { decision: accumulator.decision(), read: null };
  // The body starts in a task of its own, so starting the script and the first slice of reading never add up;
  // before it, the topic matcher is compiled, to bytecode and then to machine code, each in a task of its own.
  for (let step = 0; step < 3; step++) {
    await env.yieldToPage();
    if (!env.isActive()) return { decision: accumulator.decision(), read: null };
    if (step < 2) compileTopicMatcher();
  }
  const read = await readBodyText(doc.body, accumulator, env, options.readLimits);
  return { decision: accumulator.decision(), read };
}
