import type { HelpItemWords, WordsById } from '../translation-types';

/** Spanish for `../coping.ts`, keyed by id. */
export const COPING_TIPS_ES: WordsById<HelpItemWords> = {
  'slow-breathing': {
    title: 'Respira despacio',
    text: 'Siéntate, relájate y respira despacio, llevando el aire a la barriga. Toma el aire por la nariz y suéltalo por la boca. No aguantes la respiración. Respirar despacio puede ayudar a que tu cuerpo se calme.',
  },
  grounding: {
    title: 'Prueba el 5-4-3-2-1',
    text: 'Cuando sube el pánico, nombra 5 cosas que ves, 4 que puedes tocar, 3 que oyes, 2 que hueles y 1 que saboreas. A muchas personas les ayuda a volver al aquí y ahora.',
  },
  'cbt-i': {
    title: 'Pregunta por la TCC-I para dormir',
    text: 'La terapia cognitivo-conductual para el insomnio (TCC-I) es una terapia psicológica para el sueño. Los expertos en sueño dicen que es lo primero que hay que probar cuando los problemas para dormir duran mucho tiempo. Los buenos hábitos de sueño ayudan, pero por sí solos muchas veces no bastan.',
  },
  'sleep-habits': {
    title: 'Ten un horario fijo para dormir',
    text: 'Acuéstate y levántate a la misma hora todos los días. Tómate una hora para relajarte antes de acostarte, lejos de las pantallas. Si llevas mucho rato en la cama sin dormir, levántate, haz algo tranquilo y luego vuelve a intentarlo.',
  },
  caffeine: {
    title: 'Cuidado con la cafeína',
    text: 'La cafeína puede empeorar la ansiedad y el sueño. Evítala durante unas seis horas antes de acostarte. Si tomas mucha, redúcela poco a poco.',
  },
  'no-alcohol': {
    title: 'Evita el alcohol',
    text: 'El alcohol con una benzo puede hacer que respires más despacio. También interrumpe tu sueño. No lo uses para calmarte.',
  },
  cbt: {
    title: 'Pregunta por la TCC',
    text: 'La terapia cognitivo-conductual (TCC) es una terapia psicológica. Quienes la hacen mientras bajan la dosis tienen más probabilidades de lograr dejar la benzo. Pregúntale a tu médico o quien te receta por esta terapia.',
  },
  support: {
    title: 'Busca apoyo',
    text: 'La terapia, los grupos de apoyo, la meditación y el yoga suave pueden ayudar. Si los síntomas se vuelven difíciles de aguantar, díselo enseguida a tu médico o quien te receta. Se puede bajar la dosis más despacio.',
  },
};
