import { describe, expect, it } from 'vitest';
import { countSpanishForReadability, countSpanishSyllables, fernandezHuerta } from '@/tests/support/reading-ease-es';

describe('countSpanishSyllables', () => {
  it.each([
    ['casa', 2],
    ['queso', 2],
    ['guerra', 2],
    ['guitarra', 3],
    ['pingüino', 3],
    ['vergüenza', 3],
    ['día', 2],
    ['río', 2],
    ['país', 2],
    ['reúne', 3],
    ['ciudad', 2],
    ['cuidado', 3],
    ['Paraguay', 3],
    ['buey', 1],
    ['hoy', 1],
    ['muy', 1],
    ['y', 1],
    ['ayuda', 3],
    ['leer', 2],
    ['poeta', 3],
    ['aire', 2],
    ['Europa', 3],
    ['tranquilo', 3],
    ['benzodiazepina', 6],
    ['médico', 3],
    ['abstinencia', 4],
    ['convulsión', 3],
    ['farmacéutico', 5],
    ['cognitivo-conductual', 7],
    ['TCC', 1],
  ])('%s has %i', (word, syllables) => {
    expect(countSpanishSyllables(word)).toBe(syllables);
  });
});

describe('fernandezHuerta', () => {
  it('matches a hand-computed score', () => {
    // Lla-ma ya. La a-yu-da es-tá a-quí. → 6 words, 11 syllables, 2 sentences.
    // P = 11/6·100 = 183.33, F = 2/6·100 = 33.33; 206.84 − 0.60·183.33 − 1.02·33.33 = 206.84 − 110 − 34 = 62.84.
    expect(countSpanishForReadability('Llama ya. La ayuda está aquí.')).toEqual({ sentence: 2, word: 6, syllable: 11 });
    expect(fernandezHuerta('Llama ya. La ayuda está aquí.')).toBeCloseTo(62.84, 2);
  });

  it('ends sentences at . ! ? … but not at ¿ or ¡', () => {
    expect(countSpanishForReadability('¿Cómo estás? ¡Bien! Espera… Ya voy').sentence).toBe(4);
  });

  it('leaves out numbers and links', () => {
    expect(countSpanishForReadability('Llama al 911 o visita https://988lifeline.org/es hoy.')).toEqual({
      sentence: 1,
      word: 5,
      syllable: 8,
    });
  });

  it('rates short plain sentences above long technical ones', () => {
    const plain = 'No la dejes de golpe. Habla con tu médico. Él te puede ayudar.';
    const dense =
      'La discontinuación farmacológica de benzodiazepinas requiere protocolos individualizados de reducción supervisados por profesionales especializados.';
    expect(fernandezHuerta(plain)).toBeGreaterThan(80);
    expect(fernandezHuerta(dense)).toBeLessThan(30);
  });

  it('returns 0 for text with no words', () => {
    expect(fernandezHuerta(' … 911 ')).toBe(0);
  });
});
