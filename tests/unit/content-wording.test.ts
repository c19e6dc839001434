import { describe, expect, it } from 'vitest';
import { COPING_TIPS } from '../../utils/content/coping';
import { HELP_SOMEONE_TIPS } from '../../utils/content/help-someone';
import { SAFETY_FACTS } from '../../utils/content/safety';
import { ALL_PROSE, ALL_STRINGS } from '../support/all-content';
import { readingGrade } from '../support/reading-grade';

const MAX_GRADE = 8;
const DOSE = /\d\s*(?:mg|mcg|µg|milligrams?|micrograms?)\b|\b(?:mg|mcg)\b/i;
const PERCENT_CUT = /\d\s*(?:%|percent\b)/i;
const PILL_CUTTING = /\b(?:cut|split|halve|shave)\w*\s+(?:the\s+|your\s+)?(?:pill|tablet)s?\b/i;
const STIGMA = /\b(?:addicts?|abusers?|junkies?|substance abusers?|committed suicide|drug[- ]seeking)\b/i;
// Stale or wrong numbers that still circulate online (listed in utils/content/README.md).
const STALE_NUMBERS = ['1-800-273-8255', '18002738255', '1-833-456-4566', '18334564566', '45645', '0800 77 66 00', '08007766', '086 1800 280', 'Crisis Text Line UK'];

describe('help content wording', () => {
  it.each(ALL_PROSE)('$label reads at grade 8 or below', ({ text }) => {
    expect(readingGrade(text), text).toBeLessThanOrEqual(MAX_GRADE);
  });

  it('never gives doses', () => {
    for (const text of ALL_STRINGS) expect(text, text).not.toMatch(DOSE);
  });

  it('never gives percentages that read like a personal schedule', () => {
    for (const item of [...SAFETY_FACTS, ...COPING_TIPS, ...HELP_SOMEONE_TIPS]) {
      expect(`${item.title} ${item.text}`).not.toMatch(PERCENT_CUT);
    }
  });

  it('never tells people how to cut pills', () => {
    for (const text of ALL_STRINGS) expect(text, text).not.toMatch(PILL_CUTTING);
  });

  it('uses no stigmatising words', () => {
    for (const text of ALL_STRINGS) expect(text, text).not.toMatch(STIGMA);
  });

  it('ships no stale helpline number', () => {
    for (const text of ALL_STRINGS) for (const stale of STALE_NUMBERS) expect(text).not.toContain(stale);
  });

  it('sends people back to their prescriber in the safety facts', () => {
    const mentions = SAFETY_FACTS.filter((fact) => /prescriber/i.test(fact.text));
    expect(mentions.length).toBeGreaterThanOrEqual(3);
  });

  it('has checks that catch what they are meant to catch', () => {
    expect('Take 0.5 mg at night').toMatch(DOSE);
    expect('Cut 10% every two weeks').toMatch(PERCENT_CUT);
    expect('Split the tablet in half').toMatch(PILL_CUTTING);
    expect('Benzo addicts').toMatch(STIGMA);
    expect('Cutting down slowly').not.toMatch(PILL_CUTTING);
  });
});
