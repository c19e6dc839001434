import type { HelpItemWords, WordsById } from '@/help-content/translation-types';

/** Spanish for `../coping.ts`, keyed by id. */
export const COPING_TIPS_ES: WordsById<HelpItemWords> = {
  'slow-breathing': {
    title: 'Respira despacio',
    text: 'Siéntate, relájate y respira despacio, llevando el aire a la barriga. Toma el aire por la nariz y luego suéltalo por la boca. No aguantes la respiración. Si te mareas, para y respira normal. Los estudios relacionan respirar despacio con un cuerpo más tranquilo.',
  },
  grounding: {
    title: 'Prueba el 5-4-3-2-1',
    text: 'Cuando sube el pánico, mira a tu alrededor y nombra 5 cosas que ves, 4 que puedes tocar, 3 que oyes, 2 que hueles y 1 que saboreas. Así llevas tu mente a lo que te rodea.',
  },
  'cbt-i': {
    title: 'Pregunta por la TCC-I para dormir',
    text: 'La terapia cognitivo-conductual para el insomnio (TCC-I) es una terapia psicológica para el sueño. Los expertos en sueño la recomiendan firmemente para los problemas para dormir que duran mucho tiempo. Pregunta por ella a tu médico o quien te receta.',
  },
  'sleep-habits': {
    title: 'Ten un horario fijo para dormir',
    text: 'Acuéstate y levántate a la misma hora todos los días. Relájate una hora antes de acostarte, y deja las pantallas antes de dormir.',
  },
  caffeine: {
    title: 'Cuidado con la cafeína',
    text: 'No tomes té ni café, ni fumes, en las seis horas antes de acostarte.',
  },
  'no-alcohol': {
    title: 'Evita el alcohol',
    text: 'El alcohol con una benzo hace más probable una sobredosis. No lo uses para calmarte.',
  },
  cbt: {
    title: 'Pregunta por la TCC',
    text: 'La terapia cognitivo-conductual (TCC) es una terapia psicológica. En los estudios, sumar la TCC al plan para bajar la dosis ayudó a que más personas dejaran la benzo en los primeros meses. Al cabo de un año, los estudios no vieron una diferencia clara. Aun así, se aconseja a los médicos ofrecerla, así que pregunta a tu médico o quien te receta.',
  },
  support: {
    title: 'Busca apoyo',
    text: 'A algunas personas les ayudan la terapia, los grupos de apoyo, la meditación o el yoga mientras bajan la dosis. Si los síntomas se vuelven difíciles de aguantar, díselo enseguida a tu médico o quien te receta. Se puede bajar la dosis más despacio.',
  },
};
