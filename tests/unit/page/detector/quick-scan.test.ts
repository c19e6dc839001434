// @vitest-environment jsdom
// jsdom, not happy-dom: happy-dom 21's Range reads a range that ends before an element as empty.
import { describe, expect, it } from 'vitest';
import { mayNameABenzo, mayNameABenzoInJoinedText } from '@/page/detector/naming';
import { WORD_EDGED_ONLY } from '@/page/detector/naming-sources';
import { quickScan } from '@/page/detector/quick-scan';
import { BENZO_TERMS } from '@/page/detector/vocabulary';

function bodyOf(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html').body;
}

const syncEnv = { now: () => 0, yieldToPage: async () => undefined, isActive: () => true };
const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>Bus routes and library hours, item ${i}.</p>`).join('');

describe('mayNameABenzoInJoinedText', () => {
  it('finds a name where two elements ran together with no space, as text read in one go has them', () => {
    for (const joined of ['homevalium taper', '10klonopin', 'resultsclonazepam', 'menulorazepam']) {
      expect(mayNameABenzo(joined), joined).toBe(false);
      expect(mayNameABenzoInJoinedText(joined), joined).toBe(true);
    }
  });

  it('does not find names inside everyday words', () => {
    const everyday = 'equilibrium, estafilococo, derivó, privó, evalmodule, arrivals, festivals, intervals, spins, crowbars';
    expect(mayNameABenzoInJoinedText(everyday)).toBe(false);
  });

  it('names only terms of the vocabulary as the ones kept to word edges', () => {
    // A misspelt entry would quietly be searched inside words.
    expect(WORD_EDGED_ONLY.length).toBeGreaterThan(5);
    for (const term of WORD_EDGED_ONLY) expect(BENZO_TERMS, term).toContain(term);
  });
});

describe('quickScan', () => {
  it('answers no for a page that names no benzo, in one read when it is small', async () => {
    const result = await quickScan(bodyOf(filler(50)), syncEnv);
    expect(result).toEqual({ mayNameABenzo: false, reads: 1, charsRead: expect.any(Number), stoppedEarly: false });
    expect(result.charsRead).toBeGreaterThan(1_500);
  });

  it('reads a big page a few thousand elements at a time, and finds a name in the last read', async () => {
    const body = bodyOf(`${filler(120)}<p>My klonopin taper</p>`);
    const result = await quickScan(body, syncEnv, { elementsPerRead: 50 });
    expect(result.mayNameABenzo).toBe(true);
    expect(result.reads).toBe(3);
  });

  it('finds a name in minified markup, where elements meet with no space', async () => {
    expect((await quickScan(bodyOf('<ul><li>Home</li><li>Valium</li></ul>'), syncEnv)).mayNameABenzo).toBe(true);
  });

  it('finds a street name and its stopping word in two reads, with a space where one read ends, as the close reader has it', async () => {
    const street = await quickScan(bodyOf(`<p>Six weeks off the bars now.</p><p>Tapering went well.</p>${filler(4)}`), syncEnv, {
      elementsPerRead: 1,
    });
    expect(street).toMatchObject({ mayNameABenzo: true, reads: 1 });
    const apart = await quickScan(bodyOf(`<p>Finally quit the</p><p>bars last month.</p>${filler(4)}`), syncEnv, { elementsPerRead: 1 });
    expect(apart).toMatchObject({ mayNameABenzo: true, reads: 2 });
  });

  it('stops at its caps, and says so', async () => {
    const late = bodyOf(`${filler(40)}<p>Klonopin taper</p>`);
    expect(await quickScan(late, syncEnv, { elementsPerRead: 10, maxElements: 30 })).toMatchObject({
      mayNameABenzo: false,
      reads: 3,
      stoppedEarly: true,
    });
    const long = bodyOf(`<p>${'word '.repeat(2_000)}</p><p>Klonopin taper</p>`);
    expect(await quickScan(long, syncEnv, { maxChars: 5_000 })).toMatchObject({ mayNameABenzo: false, charsRead: 5_000 });
  });

  it('gives the page the main thread back between reads once a slice is used up, and stops when the extension goes', async () => {
    let clock = 0;
    let yields = 0;
    let active = true;
    const env = {
      now: () => (clock += 2),
      yieldToPage: async () => {
        yields++;
        if (yields === 2) active = false;
      },
      isActive: () => active,
    };
    const result = await quickScan(bodyOf(filler(100)), env, { elementsPerRead: 10, sliceMs: 3 });
    // The clock moves 2 ms a look: a yield after every second read, and none after the extension has gone.
    expect(yields).toBe(2);
    expect(result.reads).toBe(4);
  });

  it('keeps reading in order when the page removes and adds elements between two reads', async () => {
    const body = bodyOf(filler(30));
    let clock = 0;
    const env = {
      ...syncEnv,
      now: () => (clock += 10),
      yieldToPage: async () => {
        body.getElementsByTagName('p')[10]!.remove();
        body.insertAdjacentHTML('beforeend', '<p>Week 3 of my Ativan taper</p>');
      },
    };
    expect(await quickScan(body, env, { elementsPerRead: 10, sliceMs: 3 })).toMatchObject({ mayNameABenzo: true, reads: 3 });
  });
});
