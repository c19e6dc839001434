/** Search engines whose result pages carry the query in the URL, and the parameter that holds it. */
const ENGINES: { host: RegExp; path: RegExp; params: string[] }[] = [
  { host: /(^|\.)google\.[a-z.]{2,6}$/, path: /^\/search/, params: ['q'] },
  { host: /(^|\.)bing\.com$/, path: /^\/search/, params: ['q'] },
  { host: /(^|\.)duckduckgo\.com$/, path: /^\/(html\/?)?$/, params: ['q'] },
  { host: /^search\.yahoo\.com$/, path: /^\/search/, params: ['p', 'q'] },
  { host: /^search\.brave\.com$/, path: /^\/search/, params: ['q'] },
  { host: /(^|\.)ecosia\.org$/, path: /^\/search/, params: ['q'] },
  { host: /(^|\.)startpage\.com$/, path: /^\/(do\/search|sp\/search|search)/, params: ['query', 'q'] },
];

/** The search query in a result page's URL, or undefined when the URL is not a known engine's search. */
export function searchQueryFromUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const engine = ENGINES.find((e) => e.host.test(parsed.hostname) && e.path.test(parsed.pathname));
  if (!engine) return undefined;
  for (const param of engine.params) {
    const value = parsed.searchParams.get(param);
    if (value) return value;
  }
  return undefined;
}

/** Words in a URL's path ("/klonopin-taper-guide" → "klonopin taper guide"), which often name the topic. */
export function pathWords(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname)
      .replace(/[-_/.+]+/g, ' ')
      .trim();
  } catch {
    return '';
  }
}

/** Only this much of a URL is read: a site sets its own URL (up to 2 MB), and it is read before the first yield. */
export const MAX_URL_CHARS = 4_000;

/** What a URL says, and how much it counts: a search engine's query, or else the words in its path. */
export function urlText(url: string): { field: 'query' | 'url'; text: string } {
  const head = url.slice(0, MAX_URL_CHARS);
  const query = searchQueryFromUrl(head);
  return query ? { field: 'query', text: query } : { field: 'url', text: pathWords(head) };
}
