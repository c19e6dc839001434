import { describe, expect, it, vi } from 'vitest';
import { TopicAccumulator } from '@/page/detector/detect-topic';
import { type DEFAULT_READ_LIMITS, HEADING_SCAN_NODES, readBodyText, readTitleAndHeadings } from '@/page/detector/read-page-text';
import { onlyByPieces } from '../../../support/text-node-reads';

function docOf(body: string, title = 'Untitled') {
  return new DOMParser().parseFromString(`<html><head><title>${title}</title></head><body>${body}</body></html>`, 'text/html');
}

const syncEnv = { now: () => 0, yieldToPage: async () => undefined, isActive: () => true };

/** Counts every move of every TreeWalker the document makes: one node looked at, or one level climbed. */
function countWalkerMoves(doc: Document): () => number {
  let moves = 0;
  const create = doc.createTreeWalker.bind(doc);
  vi.spyOn(doc, 'createTreeWalker').mockImplementation((...args: Parameters<Document['createTreeWalker']>) => {
    const walker = create(...args);
    for (const name of ['nextNode', 'nextSibling', 'parentNode', 'previousNode', 'firstChild', 'lastChild', 'previousSibling'] as const) {
      const move = walker[name].bind(walker);
      Object.assign(walker, {
        [name]: () => {
          const node = move();
          if (node) moves++;
          return node;
        },
      });
    }
    return walker;
  });
  return () => moves;
}

/** The most walker moves between two looks at the clock (the start and the end count as looks). */
async function longestStretchWithoutClock(
  doc: Document,
  limits: Partial<typeof DEFAULT_READ_LIMITS>,
): Promise<{ stretch: number; looks: number }> {
  const moves = countWalkerMoves(doc);
  const seen: number[] = [];
  const env = {
    now: () => {
      seen.push(moves());
      return 0;
    },
    yieldToPage: async () => undefined,
    isActive: () => true,
  };
  await readBodyText(doc.body, new TopicAccumulator(), env, limits);
  return { stretch: Math.max(...seen.slice(1).map((m, i) => m - seen[i]!)), looks: seen.length };
}

describe('readBodyText', () => {
  it('reads visible text and skips scripts, styles, forms, hidden and inline-hidden parts', async () => {
    const doc = docOf(
      '<p>Klonopin taper diary.</p><script>clonazepam withdrawal</script><style>.x{}</style><textarea>xanax taper</textarea>' +
        '<div hidden><p>valium withdrawal</p></div><div style="display: none"><p>ativan taper</p></div><div contenteditable><p>librium detox</p></div>' +
        '<p>Still tapering clonazepam.</p>',
    );
    const accumulator = new TopicAccumulator();
    await readBodyText(doc.body, accumulator, syncEnv);
    expect(accumulator.decision().matchedTerms.sort()).toEqual(['clonazepam', 'klonopin', 'taper', 'tapering']);
  });

  it('hands the main thread back between slices', async () => {
    const doc = docOf('<p>word </p>'.repeat(2_000));
    let clock = 0;
    let yields = 0;
    const env = { now: () => (clock += 1), yieldToPage: async () => void yields++, isActive: () => true };
    const limits = { maxChars: 1_000_000, sliceMs: 5, chunkChars: 4_000, clockEveryNodes: 10 };
    const result = await readBodyText(doc.body, new TopicAccumulator(), env, limits);
    // 4,000 nodes (a paragraph and its text each), the clock read every 10 steps and each read 1 ms on: a yield
    // every 5 reads, so at least 4,000 / 10 / 5 = 80.
    expect(result.nodesVisited).toBeGreaterThanOrEqual(4_000);
    expect(yields).toBeGreaterThanOrEqual(80);
    expect(result.slices).toBe(yields + 1);
  });

  it('scores the text it kept before a late benzo name a chunk at a time, between slices, never all at once', async () => {
    const doc = docOf(
      `${'<p>Tapering is slow; the withdrawal nights are long and I hold each cut. </p>'.repeat(3_000)}<p>It is clonazepam.</p>`,
    );
    const proto = TopicAccumulator.prototype as unknown as { scoreText(field: string, text: string): void };
    const original = proto.scoreText;
    const scoredPerSlice = [0];
    const spy = vi.spyOn(proto, 'scoreText').mockImplementation(function (this: unknown, field: string, text: string) {
      scoredPerSlice[scoredPerSlice.length - 1]! += text.length;
      return original.call(this, field, text);
    });
    let clock = 0;
    const env = { now: () => (clock += 1), yieldToPage: async () => void scoredPerSlice.push(0), isActive: () => true };
    const accumulator = new TopicAccumulator();
    try {
      await readBodyText(doc.body, accumulator, env, { maxChars: 1_000_000, sliceMs: 2, chunkChars: 4_000 });
    } finally {
      spy.mockRestore();
    }
    const scored = scoredPerSlice.reduce((a, b) => a + b, 0);
    expect(scored).toBeGreaterThan(200_000);
    expect(Math.max(...scoredPerSlice)).toBeLessThanOrEqual(2 * 4_000 + 200);
    expect(accumulator.decision().aboutStopping).toBe(true);
  });

  it('stops at the character cap, and as soon as the answer is settled', async () => {
    const long = docOf('<p>The bus is late again today. </p>'.repeat(5_000));
    const capped = await readBodyText(long.body, new TopicAccumulator(), syncEnv, { maxChars: 20_000, sliceMs: 5, chunkChars: 4_000 });
    expect(capped.stoppedEarly).toBe(true);
    expect(capped.charsRead).toBeLessThan(25_000);
    const settled = new TopicAccumulator();
    settled.add('title', 'My Klonopin taper');
    const obvious = docOf('<p>Tapering clonazepam, withdrawal is easing, the Klonopin taper goes on. </p>'.repeat(2_000));
    const early = await readBodyText(obvious.body, settled, syncEnv);
    expect(early.stoppedEarly).toBe(true);
    expect(early.charsRead).toBeLessThan(10_000);
  });

  it('stops at once when the extension goes away mid-read', async () => {
    const doc = docOf('<p>word </p>'.repeat(2_000));
    let active = true;
    let clock = 0;
    const env = {
      now: () => {
        clock += 10;
        return clock;
      },
      yieldToPage: async () => {
        active = false;
      },
      isActive: () => active,
    };
    const result = await readBodyText(doc.body, new TopicAccumulator(), env);
    expect(result.slices).toBe(1);
  });
});

describe('readBodyText on pages built to make it slow', () => {
  const limits = { clockEveryNodes: 50 };

  it.each([
    { name: 'empty elements', body: '<div></div>'.repeat(2_000) },
    { name: 'comments', body: '<!-- x -->'.repeat(2_000) },
    { name: 'whitespace-only text', body: '<span> </span>\n'.repeat(1_000) },
    { name: 'skipped elements', body: '<div><script>x</script></div>'.repeat(1_000) },
  ])('looks at the clock at least every 50 steps through $name', async ({ body }) => {
    const { stretch, looks } = await longestStretchWithoutClock(docOf(body), limits);
    expect(stretch).toBeLessThanOrEqual(limits.clockEveryNodes);
    expect(looks).toBeGreaterThan(2_000 / limits.clockEveryNodes);
  });

  it('counts climbing out of a deeply nested skipped element as steps too', async () => {
    const depth = 1_500;
    const doc = docOf(`${'<div>'.repeat(depth)}<script>x</script>${'</div>'.repeat(depth)}<p>After.</p>`);
    const { stretch } = await longestStretchWithoutClock(doc, limits);
    expect(stretch).toBeLessThanOrEqual(limits.clockEveryNodes);
    const result = await readBodyText(doc.body, new TopicAccumulator(), syncEnv);
    expect(result.nodesVisited).toBeGreaterThanOrEqual(2 * depth);
  });

  it('yields to the page during a run of empty elements, with no text at all', async () => {
    let clock = 0;
    let yields = 0;
    const env = { now: () => (clock += 1), yieldToPage: async () => void yields++, isActive: () => true };
    const result = await readBodyText(docOf('<i></i>'.repeat(2_000)).body, new TopicAccumulator(), env, { ...limits, sliceMs: 1 });
    expect(yields).toBeGreaterThanOrEqual(2_000 / limits.clockEveryNodes - 1);
    expect(result.charsRead).toBe(0);
  });

  it('stops after the node cap, whatever the nodes are', async () => {
    const doc = docOf(`${'<div></div>'.repeat(5_000)}<p>Klonopin taper</p>`);
    const moves = countWalkerMoves(doc);
    const accumulator = new TopicAccumulator();
    const result = await readBodyText(doc.body, accumulator, syncEnv, { maxNodes: 1_000 });
    expect(result).toMatchObject({ nodesVisited: 1_000, stoppedEarly: true });
    expect(moves()).toBeLessThanOrEqual(1_000);
    expect(accumulator.decision().matchedTerms).toEqual([]);
  });

  it('looks at only the start of a huge style attribute', async () => {
    const doc = docOf(`<p style="${'color: red;'.repeat(100_000)} display: none">Klonopin taper</p><p style="display: none">Xanax</p>`);
    const accumulator = new TopicAccumulator();
    await readBodyText(doc.body, accumulator, syncEnv);
    expect(accumulator.decision().matchedTerms.sort()).toEqual(['klonopin', 'taper']);
  });

  it('counts whitespace toward the character cap', async () => {
    const doc = docOf(`${`<p>${' '.repeat(10_000)}</p>`.repeat(300)}<p>Klonopin taper</p>`);
    const accumulator = new TopicAccumulator();
    const result = await readBodyText(doc.body, accumulator, syncEnv, { maxChars: 20_000 });
    expect(result).toMatchObject({ charsRead: 20_000, stoppedEarly: true });
    expect(result.nodesVisited).toBeLessThan(10);
    expect(accumulator.decision().matchedTerms).toEqual([]);
  });

  it('reads one huge text node a bounded piece at a time, looking at the clock between pieces', async () => {
    const doc = docOf('<p>placeholder</p>');
    const huge = doc.createTextNode('The bus is late again. '.repeat(100_000));
    doc.querySelector('p')!.replaceChildren(huge);
    const pieces = onlyByPieces(huge);
    let clock = 0;
    let yields = 0;
    const env = { now: () => (clock += 1), yieldToPage: async () => void yields++, isActive: () => true };
    const result = await readBodyText(doc.body, new TopicAccumulator(), env, { maxChars: 50_000, chunkChars: 4_000, sliceMs: 1 });
    expect(Math.max(...pieces)).toBeLessThanOrEqual(4_000);
    expect(result.charsRead).toBe(50_000);
    expect(yields).toBeGreaterThanOrEqual(pieces.length - 1);
  });

  it('reads a text node the page shortens while the reader waits, without an error', async () => {
    const doc = docOf('<p>placeholder</p>');
    const text = doc.createTextNode('x '.repeat(10_000));
    doc.querySelector('p')!.replaceChildren(text);
    let clock = 0;
    const env = {
      now: () => {
        clock += 1;
        return clock;
      },
      yieldToPage: async () => {
        text.data = 'Klonopin taper';
      },
      isActive: () => true,
    };
    const result = await readBodyText(doc.body, new TopicAccumulator(), env, { chunkChars: 4_000, sliceMs: 1 });
    expect(result.charsRead).toBe(4_000);
  });
});

describe('readTitleAndHeadings', () => {
  it('takes the title and visible headings', () => {
    const doc = docOf('<h1>Coming off Ativan</h1><div hidden><h2>Secret</h2></div><h3>Week two</h3>', 'Ativan taper');
    expect(readTitleAndHeadings(doc)).toEqual({ title: 'Ativan taper', headings: ['Coming off Ativan', 'Week two'] });
  });

  it('looks for headings only within its node budget, and reads each one in bounded pieces', () => {
    const headingAfter = (n: number) => docOf(`${'<i></i>'.repeat(n)}<h2>Late heading</h2>`);
    expect(readTitleAndHeadings(headingAfter(80), 30, 100).headings).toEqual(['Late heading']);
    expect(readTitleAndHeadings(headingAfter(200), 30, 100).headings).toEqual([]);
    const doc = docOf('<h1>x</h1>');
    const big = doc.createTextNode(`  ${'Klonopin '.repeat(200_000)}`);
    doc.querySelector('h1')!.replaceChildren(big);
    const pieces = onlyByPieces(big);
    const [heading] = readTitleAndHeadings(doc).headings;
    expect(heading).toHaveLength(500);
    expect(heading!.startsWith('Klonopin Klonopin')).toBe(true);
    expect(Math.max(...pieces)).toBeLessThanOrEqual(2_000);
  });

  it('spends the same budget inside a heading: a heading stuffed with empty elements cannot stall it', () => {
    const doc = docOf(`<h1>${'<b></b>'.repeat(HEADING_SCAN_NODES)}Klonopin taper</h1><h2>Next</h2>`);
    const moves = countWalkerMoves(doc);
    expect(readTitleAndHeadings(doc).headings).toEqual([]);
    expect(moves()).toBeLessThanOrEqual(HEADING_SCAN_NODES);
  });
});
