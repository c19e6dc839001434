import { describe, expect, it } from 'vitest';
import { mayBeAboutBenzos } from '@/page/detector/first-look';
import { mayNameABenzo } from '@/page/detector/naming';
import { normalizeText } from '@/page/detector/normalize-text';
import { DEFAULT_READ_LIMITS, type ReadEnvironment, type ReadLimits } from '@/page/detector/read-page-text';
import { onlyByPieces } from '../../../support/text-node-reads';
import { CARRIED_CHARS, holdsAtMostElements, scanTextNodes } from '@/page/detector/scan-text-nodes';

function docOf(body: string) {
  return new DOMParser().parseFromString(`<html><head><title>Untitled</title></head><body>${body}</body></html>`, 'text/html');
}

const syncEnv: ReadEnvironment = { now: () => 0, yieldToPage: async () => undefined, isActive: () => true };
const namesABenzo = (text: string) => mayNameABenzo(normalizeText(text));

function scan(doc: Document, limits: Partial<ReadLimits> = {}, env = syncEnv, found = namesABenzo) {
  return scanTextNodes(doc.body, found, env, { ...DEFAULT_READ_LIMITS, ...limits });
}

/** Every text each call to `found` was given, in order. */
function recordingFound(): { found: (text: string) => boolean; seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    found: (text) => {
      seen.push(text);
      return namesABenzo(text);
    },
  };
}

describe('holdsAtMostElements', () => {
  it('counts the elements under the root, up to the limit', () => {
    const doc = docOf('<div></div>'.repeat(10));
    expect(holdsAtMostElements(doc.body, 10)).toBe(true);
    expect(holdsAtMostElements(doc.body, 9)).toBe(false);
  });
});

describe('scanTextNodes', () => {
  it('finds a name in the text of any element, and says no on a page that names none', async () => {
    expect(await scan(docOf('<main><h2>Week notes</h2><p>Day 40 of my <em>Klonopin</em> taper.</p></main>'))).toBe(true);
    expect(await scan(docOf('<main><h2>Week notes</h2><p>The bus is late again.</p></main>'))).toBe(false);
  });

  it('keeps text nodes apart with a space, as the close reader does: words in neighbouring elements stay words', async () => {
    const { found, seen } = recordingFound();
    expect(await scan(docOf('<ul><li>Xanax</li><li>s</li></ul><p>tapering</p>'), {}, syncEnv, found)).toBe(true);
    expect(seen.join('')).toContain('Xanax s ');
  });

  it('skips the text of a long script or style, and reads short ones (it may say yes where the close reader would not)', async () => {
    const long = `/* ${'x'.repeat(300)} */ var drug = "clonazepam";`;
    expect(await scan(docOf(`<p>Bus times.</p><script>${long}</script><style>${long}</style>`))).toBe(false);
    expect(await scan(docOf('<p>Bus times.</p><script>var drug = "clonazepam";</script>'))).toBe(true);
  });

  it('finds a street name and a stopping word that fall either side of the point where one batch of text ends', async () => {
    // The first batch ends just after "bars" (12,003 + 3,999 characters with the spaces between pieces); "taper"
    // opens the next one, well within the pairing window.
    const filler = 'The bus is late again. '.repeat(800);
    const doc = docOf(`<p>${filler.slice(0, 12_000)}</p><p>${filler.slice(0, 3_993)} bars</p><p>taper soon</p>`);
    const { found, seen } = recordingFound();
    expect(await scan(doc, {}, syncEnv, found)).toBe(true);
    expect(seen.length).toBe(2);
    expect(seen[0]).toMatch(/bars $/);
    expect(seen[0]).not.toContain('taper');
    expect(seen[1]!.startsWith(seen[0]!.slice(-CARRIED_CHARS))).toBe(true);
  });

  it('reads one huge text node a bounded piece at a time, never whole', async () => {
    const doc = docOf('<p>placeholder</p>');
    const huge = doc.createTextNode('The bus is late again. '.repeat(100_000));
    doc.querySelector('p')!.replaceChildren(huge);
    const pieces = onlyByPieces(huge);
    expect(await scan(doc, { maxChars: 50_000, chunkChars: 4_000 })).toBe(false);
    expect(Math.max(...pieces)).toBeLessThanOrEqual(4_000);
    expect(pieces.reduce((a, b) => a + b, 0)).toBe(50_000);
  });

  it('counts whitespace toward the character cap without keeping it', async () => {
    const doc = docOf(`${`<p>${' '.repeat(10_000)}</p>`.repeat(300)}<p>Klonopin taper</p>`);
    const { found, seen } = recordingFound();
    expect(await scan(doc, { maxChars: 20_000 }, syncEnv, found)).toBe(false);
    expect(seen.join('').trim()).toBe('');
    expect(await scan(doc, { maxChars: 4_000_000 })).toBe(true);
  });

  it('stops after the node cap, text and comment nodes counted alike', async () => {
    const doc = docOf(`${'<!-- a -->x '.repeat(600)}<p>Klonopin taper</p>`);
    expect(await scan(doc, { maxNodes: 1_000 })).toBe(false);
    expect(await scan(doc, { maxNodes: 2_000 })).toBe(true);
  });

  it('hands the main thread back between slices, and stops at once when the extension goes away', async () => {
    const doc = docOf('<p>word </p>'.repeat(2_000));
    let clock = 0;
    let yields = 0;
    const env = { now: () => (clock += 1), yieldToPage: async () => void yields++, isActive: () => true };
    expect(await scan(doc, { sliceMs: 5, clockEveryNodes: 10 }, env)).toBe(false);
    // 2,000 text nodes, the clock read every 10 and each read 1 ms on: a yield every 5 reads.
    expect(yields).toBeGreaterThanOrEqual(2_000 / 10 / 5 - 1);
    let active = true;
    const going = {
      now: () => (clock += 10),
      yieldToPage: async () => {
        active = false;
      },
      isActive: () => active,
    };
    const named = docOf(`${'<p>word </p>'.repeat(2_000)}<p>Klonopin taper</p>`);
    expect(await scan(named, { sliceMs: 5, clockEveryNodes: 10 }, going)).toBe(false);
  });

  it('gives the page back to the careful reader when it holds more elements than the cap, or grows past it mid-scan', async () => {
    expect(await scan(docOf(`${'<i></i>'.repeat(1_001)}<p>Klonopin</p>`), { maxNodes: 1_000 })).toBeUndefined();
    const doc = docOf(`${'<p>word </p>'.repeat(200)}<p>Klonopin taper</p>`);
    let clock = 0;
    const growing = {
      now: () => (clock += 10),
      yieldToPage: async () => void doc.body.append(...Array.from({ length: 1_000 }, () => doc.createElement('i'))),
      isActive: () => true,
    };
    expect(await scan(doc, { maxNodes: 1_000, sliceMs: 5, clockEveryNodes: 10 }, growing)).toBeUndefined();
  });
});

describe('mayBeAboutBenzos on a page of more elements than the quick scan takes', () => {
  it('reads it with the careful reader and still finds the name', async () => {
    const doc = docOf(`${'<i></i>'.repeat(1_500)}<p>Klonopin taper</p>`);
    expect(await mayBeAboutBenzos(doc, 'https://example.org/', syncEnv, { maxNodes: 1_000 })).toBe(false);
    expect(await mayBeAboutBenzos(doc, 'https://example.org/', syncEnv, { maxNodes: 3_100 })).toBe(true);
    expect(await scan(doc, { maxNodes: 1_000 })).toBeUndefined();
  });
});
