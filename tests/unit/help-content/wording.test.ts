import { describe, expect, it } from 'vitest';
import { COPING_TIPS } from '@/help-content/coping';
import { HELP_SOMEONE_TIPS } from '@/help-content/help-someone';
import { SAFETY_FACTS } from '@/help-content/safety';
import { ALL_PROSE, ALL_STRINGS, allStrings, prosePassages, SPANISH } from '@/tests/support/all-content';
import { fernandezHuerta } from '@/tests/support/reading-ease-es';
import { readingGrade } from '@/tests/support/reading-grade';

const MAX_GRADE = 8;
// Fernández-Huerta 60 and up is "normal" to "easy" Spanish, about the level of US grade 8 and below.
const MIN_SPANISH_EASE = 60;
const SPANISH_PROSE = prosePassages(SPANISH);
const SPANISH_STRINGS = allStrings('es');
const SPANISH_DOSE = /\d\s*(?:mg|mcg|µg|miligramos?|microgramos?)\b|\b(?:mg|mcg)\b/i;
const SPANISH_PERCENT_CUT = /\d\s*(?:%|por\s*ciento\b)/i;
const SPANISH_PILL_CUTTING =
  /(?<!\p{L})(?:cort|part|divid|rasp)\p{L}*\s+(?:(?:la|las|el|los|un|una|tu|tus|media|medio)\s+)?(?:pastillas?|tabletas?|comprimidos?|píldoras?)(?!\p{L})/iu;
// JavaScript's \b knows no accented letters, so word edges are spelled out ("se suicidó." must match).
const SPANISH_STIGMA = /(?<!\p{L})(?:adict[oa]s?|drogadict[oa]s?|abusador(?:es|as?)?|yonquis?|cometió suicidio|se suicidó)(?!\p{L})/iu;
const DOSE = /\d\s*(?:mg|mcg|µg|milligrams?|micrograms?)\b|\b(?:mg|mcg)\b/i;
const PERCENT_CUT = /\d\s*(?:%|percent\b)/i;
const PILL_CUTTING = /\b(?:cut|split|halve|shave)\w*\s+(?:the\s+|your\s+)?(?:pill|tablet)s?\b/i;
const STIGMA = /\b(?:addicts?|abusers?|junkies?|substance abusers?|committed suicide|drug[- ]seeking)\b/i;
// Stale or wrong numbers that still circulate online (listed in help-content/README.md).
const STALE_NUMBERS = [
  '1-800-273-8255',
  '18002738255',
  '1-833-456-4566',
  '18334564566',
  '45645',
  '0800 77 66 00',
  '08007766',
  '086 1800 280',
  'Crisis Text Line UK',
];

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

  it('ships no stale helpline number, in either language', () => {
    for (const text of [...ALL_STRINGS, ...SPANISH_STRINGS]) for (const stale of STALE_NUMBERS) expect(text).not.toContain(stale);
  });

  it('sends people back to their prescriber in the safety facts', () => {
    const mentions = SAFETY_FACTS.filter((fact) => /prescriber/i.test(fact.text));
    expect(mentions.length).toBeGreaterThanOrEqual(3);
  });

  it('has checks that catch what they are meant to catch, in Spanish too', () => {
    expect('Toma 0,5 mg por la noche').toMatch(SPANISH_DOSE);
    expect('Baja un 10 % cada dos semanas').toMatch(SPANISH_PERCENT_CUT);
    expect('Parte la pastilla por la mitad').toMatch(SPANISH_PILL_CUTTING);
    expect('Los drogadictos').toMatch(SPANISH_STIGMA);
    expect('Se suicidó.').toMatch(SPANISH_STIGMA);
    expect('Divide el comprimido').toMatch(SPANISH_PILL_CUTTING);
    expect('Parte media pastilla').toMatch(SPANISH_PILL_CUTTING);
    expect('No es una adicción').not.toMatch(SPANISH_STIGMA);
    expect(fernandezHuerta('La farmacodependencia iatrogénica benzodiazepínica conlleva manifestaciones neuropsiquiátricas.')).toBeLessThan(
      MIN_SPANISH_EASE,
    );
  });

  it('has checks that catch what they are meant to catch', () => {
    expect('Take 0.5 mg at night').toMatch(DOSE);
    expect('Cut 10% every two weeks').toMatch(PERCENT_CUT);
    expect('Split the tablet in half').toMatch(PILL_CUTTING);
    expect('Benzo addicts').toMatch(STIGMA);
    expect('Cutting down slowly').not.toMatch(PILL_CUTTING);
  });
});

describe('help content wording in Spanish', () => {
  it.each(SPANISH_PROSE)('$label reads easily (Fernández-Huerta 60 or more)', ({ text }) => {
    expect(fernandezHuerta(text), text).toBeGreaterThanOrEqual(MIN_SPANISH_EASE);
  });

  it('never gives doses, schedules or pill-cutting advice, and uses no stigmatising words', () => {
    for (const text of SPANISH_STRINGS) {
      expect(text, text).not.toMatch(SPANISH_DOSE);
      expect(text, text).not.toMatch(SPANISH_PILL_CUTTING);
      expect(text, text).not.toMatch(SPANISH_STIGMA);
    }
    for (const item of [...SPANISH.safetyFacts, ...SPANISH.copingTips, ...SPANISH.helpSomeoneTips]) {
      expect(`${item.title} ${item.text}`).not.toMatch(SPANISH_PERCENT_CUT);
    }
  });

  it('sends people back to their doctor in the safety facts', () => {
    expect(SPANISH.safetyFacts.filter((fact) => /médico/i.test(fact.text)).length).toBeGreaterThanOrEqual(3);
  });

  it('never offers the retired 988 "press 3" option', () => {
    for (const text of SPANISH_STRINGS) expect(text).not.toMatch(/marca\s+(?:el\s+)?3\b/i);
  });
});
