/**
 * Search engines whose result pages carry the query in the URL, and the parameter that holds it. Hosts are
 * matched as strings: every page's URL is checked, and a host pattern would be compiled afresh on every page.
 */
const ENGINES: { host: (hostname: string) => boolean; path: RegExp; params: string[] }[] = [
  { host: isGoogle, path: /^\/search/, params: ['q'] },
  { host: onDomain('bing.com'), path: /^\/search/, params: ['q'] },
  { host: onDomain('duckduckgo.com'), path: /^\/(html\/?)?$/, params: ['q'] },
  { host: (hostname) => hostname === 'search.yahoo.com', path: /^\/search/, params: ['p', 'q'] },
  { host: (hostname) => hostname === 'search.brave.com', path: /^\/search/, params: ['q'] },
  { host: onDomain('ecosia.org'), path: /^\/search/, params: ['q'] },
  { host: onDomain('startpage.com'), path: /^\/(do\/search|sp\/search|search)/, params: ['query', 'q'] },
];

/** The domain itself or any host under it ("www.bing.com"), never a host that only ends the same way ("notbing.com"). */
function onDomain(domain: string): (hostname: string) => boolean {
  return (hostname) => hostname === domain || hostname.endsWith(`.${domain}`);
}

const GOOGLE = 'google.';

/** Google in any country: "google." (at the start or after a dot) then an ending of 2 to 6 letters and dots ("co.uk"). */
function isGoogle(hostname: string): boolean {
  // The last "google." decides: an earlier one has a longer ending, which fails wherever the last one's does.
  const dot = hostname.lastIndexOf(`.${GOOGLE}`);
  const start = dot >= 0 ? dot + 1 : hostname.startsWith(GOOGLE) ? 0 : -1;
  if (start < 0) return false;
  const ending = hostname.slice(start + GOOGLE.length);
  if (ending.length < 2 || ending.length > 6) return false;
  for (const char of ending) if (char !== '.' && (char < 'a' || char > 'z')) return false;
  return true;
}

/** The search query in a result page's URL, or undefined when the URL is not a known engine's search. */
export function searchQueryFromUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const engine = ENGINES.find((e) => e.host(parsed.hostname) && e.path.test(parsed.pathname));
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
