import { describe, expect, it } from 'vitest';
import { TopicAccumulator } from '../../utils/detection/detect-topic';
import { readBodyText, readTitleAndHeadings } from '../../utils/detection/read-page-text';

function docOf(body: string, title = 'Untitled') {
  return new DOMParser().parseFromString(`<html><head><title>${title}</title></head><body>${body}</body></html>`, 'text/html');
}

const syncEnv = { now: () => 0, yieldToPage: async () => undefined, isActive: () => true };

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
    const result = await readBodyText(doc.body, new TopicAccumulator(), env, { maxChars: 1_000_000, sliceMs: 5, chunkChars: 4_000 });
    expect(yields).toBeGreaterThan(100);
    expect(result.slices).toBe(yields + 1);
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
    const env = { now: () => (clock += 10), yieldToPage: async () => void (active = false), isActive: () => active };
    const result = await readBodyText(doc.body, new TopicAccumulator(), env);
    expect(result.slices).toBe(1);
  });
});

describe('readTitleAndHeadings', () => {
  it('takes the title and visible headings', () => {
    const doc = docOf('<h1>Coming off Ativan</h1><div hidden><h2>Secret</h2></div><h3>Week two</h3>', 'Ativan taper');
    expect(readTitleAndHeadings(doc)).toEqual({ title: 'Ativan taper', headings: ['Coming off Ativan', 'Week two'] });
  });
});
