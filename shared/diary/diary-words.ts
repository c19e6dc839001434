import type { Locale } from '@/locales/locale';
import type { Direction, Measure } from '@/shared/diary/diary-trend';

/** The diary's words for what it measures and how it went, in each language Steady speaks. */
export interface DiaryWords {
  /** Each measure as a reader names it; the symptoms as Steady's symptom list writes them. */
  measures: Record<Measure, string>;
  directions: Record<Direction, string>;
  /** "over the last 2 weeks" */
  overWeeks: (weeks: number) => string;
  summaryTitle: string;
  /** "19 Nov 2026 to 2 Dec 2026 (14 days)" */
  period: (from: string, to: string, days: number) => string;
  checkIns: (count: number, days: number) => string;
  scale: string;
  average: (value: string) => string;
  doseChangeDays: string;
  redFlagDays: string;
  notes: string;
  none: string;
  footer: string;
}

export const DIARY_WORDS: Record<Locale, DiaryWords> = {
  en: {
    measures: {
      overall: 'Your days overall',
      sleep: 'Trouble sleeping',
      anxiety: 'Anxiety or panic',
      'low-mood': 'Low mood',
      'racing-heart': 'Racing heart',
      shaking: 'Shaking',
      'trouble-focusing': 'Trouble focusing',
      'feeling-unreal': 'Feeling unreal',
      senses: 'Light and sound feel too strong',
    },
    directions: { better: 'better', worse: 'worse', same: 'about the same', 'too-few': 'too few check-ins to tell' },
    overWeeks: (weeks) => `over the last ${weeks} weeks`,
    summaryTitle: 'Taper diary',
    period: (from, to, days) => `${from} to ${to} (${days} days)`,
    checkIns: (count, days) => `Check-ins: ${count} of ${days} days`,
    scale: 'Each day was rated from 0 to 3: for symptoms, 0 none and 3 severe; for "your days overall", 0 very hard and 3 good.',
    average: (value) => `average ${value}`,
    doseChangeDays: 'Days the prescriber changed the dose',
    redFlagDays: 'Days with a warning sign (a seizure, sudden confusion, seeing or hearing things, or thoughts of suicide)',
    notes: 'My notes',
    none: 'none',
    footer: 'Written by me in Steady, a private diary on my own device. It is not a medical record.',
  },
  es: {
    measures: {
      overall: 'Tus días en general',
      sleep: 'Problemas para dormir',
      anxiety: 'Ansiedad o pánico',
      'low-mood': 'Ánimo bajo',
      'racing-heart': 'Latidos rápidos',
      shaking: 'Temblores',
      'trouble-focusing': 'Problemas para concentrarte',
      'feeling-unreal': 'Sentirte irreal o fuera de ti',
      senses: 'Molestia con la luz y los ruidos',
    },
    directions: { better: 'mejor', worse: 'peor', same: 'más o menos igual', 'too-few': 'faltan registros para saberlo' },
    overWeeks: (weeks) => `en las últimas ${weeks} semanas`,
    summaryTitle: 'Diario de la reducción',
    period: (from, to, days) => `del ${from} al ${to} (${days} días)`,
    checkIns: (count, days) => `Registros: ${count} de ${days} días`,
    scale:
      'Cada día se puntuó de 0 a 3: en los síntomas, 0 es nada y 3 es fuerte; en «tus días en general», 0 es muy difícil y 3 es bueno.',
    average: (value) => `promedio ${value}`,
    doseChangeDays: 'Días en que el médico cambió la dosis',
    redFlagDays: 'Días con una señal de alarma (una convulsión, confusión repentina, ver u oír cosas, o ideas de suicidio)',
    notes: 'Mis notas',
    none: 'ninguno',
    footer: 'Lo escribí en Steady, un diario privado en mi propio dispositivo. No es un historial médico.',
  },
};
