import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { backedBy, keysOf } from '@/help-content/backed-by';
import { EVIDENCE, type EvidenceKey } from '@/help-content/evidence';
import { QUOTES } from '@/tasks/evidence-quotes';
import { HELPLINES } from '@/help-content/helplines';
import type { Helpline, HelplineDetail, Sourced } from '@/help-content/types';
import { ALL_SOURCED_ITEMS, ENGLISH } from '@/tests/support/all-content';
import { OFFICIAL_DOMAINS, isOfficialUrl, sharedRun } from '@/tests/support/evidence-checks';
import { sourceFiles } from '@/tests/support/import-graph';

const MAX_QUOTE = 420;

/** An evidence key with its source, confidence, quote and where. */
function evidence(key: EvidenceKey) {
  return { ...EVIDENCE[key], ...QUOTES[key] };
}

/** Every quote behind one helpline detail, joined for searching. */
function quotesFor(line: Helpline, detail: HelplineDetail): string {
  return keysOf(line.evidenceFor[detail])
    .map((key) => QUOTES[key].quote)
    .join(' ');
}

/** Which helpline fields are present, as the details that need evidence. */
function detailsShown(line: Helpline): HelplineDetail[] {
  const shown: [HelplineDetail, unknown][] = [
    ['service', true],
    ['call', line.call],
    ['tty', line.tty],
    ['text', line.text],
    ['chat', line.chatUrl],
    ['hours', line.hours],
    ['cost', line.cost],
    ['languages', line.languages.length > 0],
    ['callNote', line.callNote],
    ['area', line.area],
  ];
  return shown.filter(([, value]) => Boolean(value)).map(([detail]) => detail);
}

/** A number's digits; North American numbers are often written without their leading 1, so it is dropped. */
function digits(value: string): string {
  const all = value.replace(/\D/g, '');
  return all.replace(/(^|\s)1(8\d{9})/g, '$1$2');
}

/**
 * What a reader sees of an item in Steady's own words, to compare with its quotes. Names and opening hours are
 * facts given exactly as the service states them ("24 hours a day, 7 days a week"), like its numbers.
 */
function shownText(item: Sourced): string {
  return Object.entries(item)
    .filter(
      ([key, value]) =>
        typeof value === 'string' &&
        !['id', 'reviewed', 'confidence', 'region', 'kind', 'group', 'url', 'chatUrl', 'operator', 'name', 'hours'].includes(key),
    )
    .map(([, value]) => value as string)
    .join(' ');
}

describe('evidence for every item', () => {
  it.each(ALL_SOURCED_ITEMS)('$label has at least one quote, each with its words, where it is and an address', ({ item }) => {
    expect(item.evidence.length).toBeGreaterThan(0);
    for (const key of item.evidence) {
      const { quote, where, source, confidence } = evidence(key);
      expect(quote.trim(), `${key}: empty quote`).not.toBe('');
      expect(quote.length, quote).toBeLessThanOrEqual(MAX_QUOTE);
      expect(where.trim()).not.toBe('');
      expect(source.url, `${key}: no address a reviewer can open`).toMatch(/^https?:\/\//);
      expect(['verified', 'check-official']).toContain(confidence);
    }
  });

  it.each(ALL_SOURCED_ITEMS)('$label shows the source of every quote, once each, and is no surer than its least sure quote', ({ item }) => {
    expect(item.sources).toEqual([...new Set(item.evidence.map((key) => EVIDENCE[key].source))]);
    const weakest = item.evidence.some((key) => EVIDENCE[key].confidence === 'check-official') ? 'check-official' : 'verified';
    expect(item.confidence).toBe(weakest);
  });

  it.each(ALL_SOURCED_ITEMS)('$label links only official pages, over https (secondary copies are evidence, never links)', ({ item }) => {
    for (const { url } of item.sources) {
      if (url === undefined) continue;
      expect(url).toMatch(/^https:\/\//);
      expect(isOfficialUrl(url), `${url} is not on an official domain`).toBe(true);
    }
  });

  it.each(ALL_SOURCED_ITEMS)('$label says it in its own words: no run of eight words copied from a quote', ({ item }) => {
    for (const key of item.evidence) expect(sharedRun(shownText(item), QUOTES[key].quote, 8), key).toBeUndefined();
  });
});

describe('evidence for every helpline detail', () => {
  it.each(HELPLINES)('$id backs every detail it shows, and nothing it does not', (line) => {
    const shown = detailsShown(line).sort();
    expect(Object.keys(line.evidenceFor).sort()).toEqual(shown);
    for (const detail of shown) expect(keysOf(line.evidenceFor[detail]).length, `${line.id} ${detail}`).toBeGreaterThan(0);
  });

  it.each(HELPLINES.filter((line) => line.call || line.text))('$id: the number people dial is in the quote that backs it', (line) => {
    if (line.call) expect(digits(quotesFor(line, 'call')), quotesFor(line, 'call')).toContain(digits(line.call.display));
    if (line.tty) expect(digits(quotesFor(line, 'tty'))).toContain(digits(line.tty.display));
    if (line.text) {
      expect(digits(quotesFor(line, 'text')), quotesFor(line, 'text')).toContain(digits(line.text.number));
      if (line.text.keyword) expect(quotesFor(line, 'text').toUpperCase()).toContain(line.text.keyword.toUpperCase());
    }
  });
});

describe('the evidence store', () => {
  it('has a quote for every key and no quote without a key', () => {
    expect(Object.keys(QUOTES).sort()).toEqual(Object.keys(EVIDENCE).sort());
  });

  it('is never loaded by shipped code: quotes are for reviewers, and cost readers nothing', () => {
    const shipped = sourceFiles();
    expect(shipped.length).toBeGreaterThan(100);
    const importers = shipped.filter((file) => /from\s+['"][^'"]*evidence-quotes['"]/.test(readFileSync(file, 'utf8')));
    expect(importers).toEqual([]);
  });
});

describe('the evidence checks themselves', () => {
  it('work out the source and the confidence from the evidence', () => {
    expect(backedBy('fdaSeizures').confidence).toBe('verified');
    expect(backedBy('fdaSeizures', 'samhsaPhone').confidence).toBe('check-official');
    expect(backedBy('fdaSeizures', 'samhsaPhone').sources).toEqual([EVIDENCE.fdaSeizures.source, EVIDENCE.samhsaPhone.source]);
    // Two quotes from one page name it once.
    expect(backedBy('fdaSeizures', 'fdaDependenceWeeks').sources).toEqual([EVIDENCE.fdaSeizures.source]);
  });

  it('find a copied run of words, and ignore case and punctuation', () => {
    expect(
      sharedRun(
        'Stop slowly. Physical dependence can occur when benzodiazepines are taken steadily, says FDA.',
        'Physical dependence can occur when benzodiazepines are taken steadily for several days',
        8,
      ),
    ).toBeDefined();
    expect(
      sharedRun(
        'Your body can get used to a benzo after a few weeks.',
        'Physical dependence can occur when benzodiazepines are taken steadily',
        8,
      ),
    ).toBeUndefined();
  });

  it('know official domains from secondary ones', () => {
    expect(isOfficialUrl('https://www.samhsa.gov/find-help/national-helpline')).toBe(true);
    expect(isOfficialUrl('https://eguideline.guidelinecentral.com/i/1539871/2')).toBe(true);
    expect(isOfficialUrl('https://example-blog.com/copy')).toBe(false);
    expect(isOfficialUrl('https://samhsa.gov.example.com/')).toBe(false);
    expect(OFFICIAL_DOMAINS.length).toBeGreaterThan(50);
  });

  it('cover every item in the content', () => {
    const guideBlocks = [ENGLISH.comingOffSafely, ENGLISH.withdrawalAndHelp, ENGLISH.yourSituation].flatMap((guide) => guide.blocks).length;
    const expected =
      ENGLISH.safetyFacts.length +
      ENGLISH.copingTips.length +
      ENGLISH.helpSomeoneTips.length +
      ENGLISH.redFlags.length +
      ENGLISH.commonSymptoms.length +
      ENGLISH.helplines.length +
      guideBlocks +
      ENGLISH.prescriberChecklist.length +
      ENGLISH.resources.length;
    expect(ALL_SOURCED_ITEMS).toHaveLength(expected);
  });
});
