import type { ChecklistItemWords, GuideWords, WordsById } from '../translation-types';

/** Spanish for `../guides.ts`: each guide and its blocks by id, and the prescriber checklist by id. */
export const GUIDES_ES: WordsById<GuideWords> = {
  'coming-off-safely': {
    title: 'Dejar la benzo con seguridad',
    summary: 'Cómo se baja la dosis de forma segura, en palabras sencillas. Tu propio plan viene de tu médico o quien te receta.',
    blocks: {
      'why-slowly': {
        heading: 'Por qué despacio',
        text: 'Si tomas el medicamento con regularidad, tu cuerpo pasa a depender de él. Dejarlo de golpe, o bajar la dosis demasiado rápido, puede causar convulsiones. Las convulsiones pueden causar la muerte. Bajar la dosis poco a poco le da tiempo a tu cuerpo para adaptarse.',
      },
      'plan-together': {
        heading: 'Hacer el plan juntos',
        text: 'A los médicos se les pide planear la reducción con el paciente, no en su lugar. También puedes sumar al plan a alguien de tu confianza. Di qué es importante para ti y qué te preocupa.',
      },
      'small-steps': {
        heading: 'Pasos pequeños a tu medida',
        text: 'La dosis baja en pasos pequeños. Tu médico o quien te receta debería ver cómo te sientes en cada paso y cambiar el ritmo según lo que necesites.',
        bullets: [
          'Si los síntomas se vuelven fuertes, se puede ir más despacio o hacer una pausa.',
          'Algunas personas necesitan ir más despacio que otras. Es normal.',
          'No te saltes dosis ni cambies el plan por tu cuenta.',
        ],
      },
      'no-set-time': {
        heading: 'No hay un tiempo fijo',
        text: 'Bajar la dosis puede durar un par de meses, o más de un año. Ir a un ritmo que puedas aguantar importa más que ir rápido.',
      },
      'lower-dose-ok': {
        heading: 'Una dosis más baja puede ser un buen resultado',
        text: 'La meta no siempre tiene que ser llegar a cero. Llegar a una dosis en la que los riesgos ya no son mayores que los beneficios puede ser un buen resultado.',
      },
      'at-home': {
        heading: 'La mayoría baja la dosis en casa',
        text: 'La mayoría de las personas baja la dosis mientras vive en casa y va a ver a su médico. Quedarse en el hospital es solo para algunos casos graves, como una abstinencia grave o un riesgo alto de daño.',
      },
      'therapy-helps': {
        heading: 'La terapia ayuda',
        text: 'A los médicos se les aconseja ofrecer terapia psicológica, como la terapia cognitivo-conductual (TCC), mientras se baja la dosis. La TCC para el insomnio (TCC-I) puede ayudar con el sueño.',
      },
      'if-not-helping': {
        heading: 'Si tu médico no te está ayudando',
        text: 'No todos los que recetan tienen formación especial para bajar una dosis poco a poco. Puedes pedir que te vea un especialista. Puede ser un médico especialista en adicciones, un psiquiatra o un farmacéutico.',
      },
    },
  },
  'withdrawal-and-help': {
    title: 'Cómo se puede sentir la abstinencia',
    summary: 'Síntomas que la gente suele tener, cuánto pueden durar y cuándo buscar ayuda ya.',
    blocks: {
      'many-do-well': {
        heading: 'A muchas personas les va bien',
        text: 'Muchas personas bajan la dosis sin grandes problemas. Otras lo pasan mal. Si es tu caso, díselo a tu médico o quien te receta. El plan puede cambiar.',
      },
      delayed: {
        heading: 'Los síntomas pueden llegar días después',
        text: 'Con una benzo de acción larga como el clonazepam, los síntomas pueden tardar varios días en empezar después de bajar la dosis. Algunas personas los notan hasta una semana después.',
      },
      rebound: {
        heading: '¿Síntomas de antes o nuevos?',
        text: 'Tu ansiedad o tus problemas de sueño de antes pueden volver por un tiempo, a veces más fuertes que antes. La abstinencia también puede traer síntomas nuevos, como hormigueo o zumbido en los oídos. Tu médico o quien te receta está atento a los dos y puede ayudarte a distinguirlos.',
      },
      lasting: {
        heading: 'Si los síntomas duran',
        text: 'Algunas personas siguen con síntomas después de terminar la reducción. Por lo general mejoran poco a poco con el tiempo. Si los síntomas siguen más de un mes después de dejar la benzo, habla con un profesional de la salud.',
      },
    },
  },
};

// The questions speak to the doctor, so they use "usted"; the things to bring speak to the reader with "tú".
export const PRESCRIBER_CHECKLIST_ES: WordsById<ChecklistItemWords> = {
  'still-right': { text: '¿Este medicamento sigue siendo adecuado para mí? ¿Los beneficios siguen siendo mayores que los riesgos?' },
  'plan-together': { text: '¿Podemos planear juntos cómo bajar la dosis poco a poco?' },
  goal: { text: '¿La meta es dejarlo, o llegar a una dosis más baja?' },
  pace: { text: '¿Qué pasa si me siento mal? ¿Podemos ir más despacio o hacer una pausa?' },
  symptoms: { text: '¿Qué síntomas debo vigilar? ¿Cuáles quieren decir que debo llamarle, o buscar ayuda ya?' },
  'between-visits': { text: '¿A quién puedo llamar si las cosas se ponen difíciles entre una consulta y otra?' },
  therapy: { text: '¿Me podría ayudar la terapia cognitivo-conductual (TCC), o la TCC-I para el sueño, mientras bajo la dosis?' },
  'other-medicines': { text: '¿Alguno de mis otros medicamentos, o el alcohol, es una mala mezcla con este?' },
  'new-medicines': { text: '¿Debo consultarle a usted o a un farmacéutico antes de tomar cualquier medicamento nuevo?' },
  'medicine-list': { text: 'Una lista de todos tus medicamentos, incluidos los que compras sin receta, las vitaminas y los productos de hierbas.' },
  notes: { text: 'Notas sobre cómo has dormido y cómo te has sentido.' },
  'patient-guide': { text: 'Una copia de la guía de la ASAM para pacientes sobre cómo bajar la dosis.' },
  'support-person': { text: 'Alguien de tu confianza, si quieres compañía.' },
};
