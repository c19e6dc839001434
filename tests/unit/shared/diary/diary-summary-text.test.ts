import { describe, expect, it } from 'vitest';
import { addDays, type DiaryEntry, type Level } from '@/shared/diary/diary-entry';
import { summaryText, trendSentence } from '@/shared/diary/diary-summary-text';
import { periodEnding, summarize, trendOf } from '@/shared/diary/diary-trend';

const TODAY = '2026-12-02';
const PERIOD = periodEnding(TODAY, 2);

/** Eight check-ins over the last eight days: sleep easing 3 → 0, the days getting better, anxiety steady. */
const SLEEP: Level[] = [3, 3, 2, 2, 1, 1, 0, 0];
const DAYS: Level[] = [0, 1, 1, 1, 2, 2, 3, 3];
const DIARY: DiaryEntry[] = SLEEP.map((sleep, i) => ({
  day: addDays(TODAY, i - 7),
  overall: DAYS[i]!,
  symptoms: { sleep, anxiety: 2 },
  doseChanged: i === 2,
  redFlags: i === 4 ? ['confusion'] : [],
  note: i === 2 ? 'Prescriber slowed the plan.\nFeeling relieved.' : '',
}));

describe('the trend sentence a screen reader hears', () => {
  it('says the measure and how it went, in plain words', () => {
    expect(trendSentence(trendOf(DIARY, 'sleep', PERIOD), 2, 'en')).toBe('Trouble sleeping: better over the last 2 weeks.');
    expect(trendSentence(trendOf(DIARY, 'overall', PERIOD), 2, 'es')).toBe('Tus días en general: mejor en las últimas 2 semanas.');
    expect(trendSentence(trendOf(DIARY, 'shaking', PERIOD), 2, 'en')).toBe('Shaking: too few check-ins to tell.');
  });
});

describe('the summary for the prescriber, as copied or printed text', () => {
  it('in English, with the notes', () => {
    expect(summaryText(summarize(DIARY, PERIOD), 'en', true)).toBe(
      [
        'Taper diary: 19 Nov 2026 to 2 Dec 2026 (14 days)',
        'Check-ins: 8 of 14 days',
        '',
        'Each day was rated from 0 to 3: for symptoms, 0 none and 3 severe; for "your days overall", 0 very hard and 3 good.',
        '- Your days overall: average 1.6, better',
        '- Trouble sleeping: average 1.5, better',
        '- Anxiety or panic: average 2.0, about the same',
        '- Low mood: not answered',
        '- Racing heart: not answered',
        '- Shaking: not answered',
        '- Trouble focusing: not answered',
        '- Feeling unreal: not answered',
        '- Light and sound feel too strong: not answered',
        '',
        'Days the prescriber changed the dose: 27 Nov 2026',
        'Days with a warning sign (a seizure, sudden confusion, seeing or hearing things, or thoughts of suicide): 29 Nov 2026',
        '',
        'My notes:',
        '- 27 Nov 2026: Prescriber slowed the plan. Feeling relieved.',
        '',
        'Written by me in Steady, a private diary on my own device. It is not a medical record.',
      ].join('\n'),
    );
  });

  it('in Spanish, without the notes when the person leaves them out', () => {
    const text = summaryText(summarize(DIARY, PERIOD), 'es', false);
    expect(text.split('\n').slice(0, 7)).toEqual([
      'Diario de la reducción: del 19 nov 2026 al 2 dic 2026 (14 días)',
      'Registros: 8 de 14 días',
      '',
      'Cada día se puntuó de 0 a 3: en los síntomas, 0 es nada y 3 es fuerte; en «tus días en general», 0 es «muy difícil» y 3 es «bien».',
      '- Tus días en general: promedio 1,6, mejor',
      '- Problemas para dormir: promedio 1,5, mejor',
      '- Ansiedad o pánico: promedio 2,0, más o menos igual',
    ]);
    expect(text).toContain('Días en que el médico cambió la dosis: 27 nov 2026');
    expect(text).not.toContain('Mis notas');
    expect(text).not.toContain('relieved');
  });
});
