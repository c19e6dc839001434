import type { ChecklistItemWords, GuideWords, WordsById } from '@/help-content/translation-types';

/** Spanish for `../guides.ts`: each guide and its blocks by id, and the prescriber checklist by id. */
export const GUIDES_ES: WordsById<GuideWords> = {
  'coming-off-safely': {
    title: 'Dejar la benzo con seguridad',
    summary: 'Cómo se baja la dosis de forma segura, en palabras sencillas. Tu propio plan viene de tu médico o quien te receta.',
    blocks: {
      'why-slowly': {
        heading: 'Por qué despacio',
        text: 'Si tomas el medicamento con regularidad, tu cuerpo puede llegar a depender de él. Dejarlo de golpe, o bajar la dosis demasiado rápido, puede causar convulsiones, y eso puede poner tu vida en peligro. Bajar la dosis poco a poco le da tiempo a tu cuerpo para adaptarse.',
      },
      'plan-together': {
        heading: 'Hacer el plan juntos',
        text: 'A los médicos se les pide planear la reducción con el paciente, no en su lugar. También puedes sumar al plan a alguien de tu confianza. Di qué es importante para ti y qué te preocupa.',
      },
      'what-slow-looks-like': {
        heading: 'Cómo es una reducción lenta',
        text: 'La dosis baja en pasos pequeños, a menudo con unas semanas entre uno y otro, al ritmo que acuerden tú y quien te receta. Tu médico debería ver en cada paso cómo te sientes y ajustar el ritmo a lo que necesitas. Si te proponen bajar mucho de una vez, o muy rápido, haz preguntas.',
        bullets: [
          'Si los síntomas se vuelven fuertes, se puede ir más despacio o hacer una pausa.',
          'Algunas personas necesitan bajar la dosis más despacio que otras. Es normal.',
          'Trata de no saltarte dosis, y no cambies el plan por tu cuenta.',
        ],
      },
      'no-set-time': {
        heading: 'No hay un tiempo fijo',
        text: 'Bajar la dosis puede durar un par de meses, o un año o más. Ir a un ritmo que puedas llevar importa más que ir rápido.',
      },
      'near-the-end': {
        heading: 'Cerca del final, y las pausas',
        text: 'Los síntomas pueden ser más fuertes cerca del final de la reducción. Quedarte un tiempo en la misma dosis es una parte normal del proceso. En casos raros, quien te receta puede sugerir volver por un tiempo a la dosis anterior. Toma estas decisiones con tu médico o quien te receta, nunca a solas.',
      },
      'lower-dose-ok': {
        heading: 'Una dosis más baja puede ser un buen resultado',
        text: 'La meta no siempre tiene que ser llegar a cero. Si seguir bajando es demasiado difícil, quedarte en una dosis más baja puede ser un buen resultado. Decídelo con tu médico o quien te receta.',
      },
      'prescriber-stopping': {
        heading: 'Si tu médico quiere quitártela de golpe',
        text: 'Las guías piden a quienes recetan que no quiten una benzo de golpe a alguien que es probable que tenga dependencia. Si tu médico planea quitártela de golpe, o estás a punto de quedarte sin ella, pide bajar la dosis poco a poco. Si no puedes comunicarte con tu médico, habla ese mismo día con un farmacéutico o con un servicio médico que atienda fuera del horario normal.',
      },
      'at-home': {
        heading: 'Casi siempre se baja la dosis en casa',
        text: 'Casi siempre se puede bajar la dosis mientras vives en casa y vas a ver a tu médico o quien te receta. Quedarse en el hospital es solo para algunos casos graves, como una abstinencia grave o un riesgo alto de daño.',
      },
      'therapy-helps': {
        heading: 'Terapia psicológica a la vez',
        text: 'A los médicos se les aconseja ofrecer terapia psicológica mientras bajas la dosis, como la terapia cognitivo-conductual (TCC), y la TCC-I para los problemas de sueño. Pregúntale a tu médico o a quien te receta sobre esta terapia.',
      },
      'if-not-helping': {
        heading: 'Si tu médico no te está ayudando',
        text: 'No todos los que recetan tienen formación especial en reducciones difíciles. Puedes pedir que te vea uno de estos especialistas. La guía de la ASAM para pacientes te puede ayudar a explicar lo que necesitas.',
        bullets: [
          'Un médico de adicciones',
          'Un psiquiatra de adicciones',
          'Un farmacéutico especializado en psiquiatría',
          'Un toxicólogo médico',
        ],
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
        text: 'Puede que los síntomas no empiecen hasta unos días después de bajar la dosis, hasta más o menos una semana después. Después de dejar una benzo de acción larga, pueden empezar aún más tarde.',
      },
      rebound: {
        heading: '¿Síntomas de antes o nuevos?',
        text: 'Los problemas por los que te recetaron el medicamento, como la ansiedad o dormir mal, pueden volver. La abstinencia también puede traer síntomas nuevos, como hormigueo o zumbido en los oídos. Tu médico o quien te receta revisa los dos y puede ayudarte a distinguirlos.',
      },
      'thoughts-of-suicide': {
        heading: 'Si tienes ideas de suicidio',
        text: 'Las ideas de suicidio o de hacerte daño pueden ser parte de la abstinencia. Son una señal de abstinencia grave, no una debilidad tuya. Díselo a tu médico o quien te receta el mismo día. Puedes llamar o enviar un mensaje de texto a una línea de crisis a cualquier hora, aunque no pienses actuar. Si hay riesgo de que actúes, llama ya al número de emergencias.',
      },
      protracted: {
        heading: 'Cuando los síntomas duran después de dejarla',
        text: 'Algunas personas siguen con síntomas de abstinencia después de dejar la benzo del todo. Esto se llama abstinencia prolongada. Guías de Australia y de Escocia dicen que le pasa hasta a 15 de cada 100 personas que tienen abstinencia, y que puede durar meses o más. Los síntomas pueden ir mejorando poco a poco: la guía de Escocia dice que la ansiedad se calma de a poco a lo largo de un año, más o menos. Si los síntomas siguen más de un mes después de dejarla, habla con tu médico o quien te receta. Puede buscar otras causas y ayudarte con los síntomas.',
      },
    },
  },
  'your-situation': {
    title: 'Si este es tu caso',
    summary: 'Algunas situaciones cambian cómo se planea la reducción. Coméntalas con tu médico o quien te receta.',
    blocks: {
      'pregnancy-breastfeeding': {
        heading: 'Embarazo o lactancia',
        text: 'Si estás embarazada, planeas un embarazo o das pecho, no dejes la benzo de golpe. Habla pronto con tu médico o quien te receta, o con tu partera: ellos ven a la vez los riesgos para ti y para tu bebé. Puedes seguir dando pecho mientras tomas una benzo. Si tomaste una durante el embarazo, díselo al médico de tu bebé.',
      },
      'older-adults': {
        heading: 'Si tienes 65 años o más',
        text: 'En las personas mayores, las benzos suben el riesgo de caídas, problemas de memoria y accidentes de tránsito. Por eso se aconseja a los médicos ofrecer a la mayoría de las personas de 65 años o más bajar la dosis poco a poco. Pregunta a tu médico o quien te receta por tus propios riesgos, y cómo te podría ayudar bajar la dosis.',
      },
      epilepsy: {
        heading: 'Si tomas clonazepam para las convulsiones',
        text: 'El clonazepam también se usa para la epilepsia, y algunas personas lo necesitan por mucho tiempo. Si lo tomas para las convulsiones, no cambies nada sin hablar antes con el médico que las trata.',
      },
      'other-drugs': {
        heading: 'Si también usas opioides u otras drogas',
        text: 'Tomar una benzo con opioides sube el riesgo de sobredosis. Ten naloxona (Narcan) en casa, y asegúrate de que las personas cercanas sepan dónde está. La naloxona funciona con los opioides, no con las benzos. Si en una sobredosis puede haber opioides, dásela y llama enseguida al número de emergencias. Las pastillas compradas fuera de una farmacia pueden tener fentanilo.',
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
  'near-the-end': { text: '¿Qué pasa si los síntomas empeoran cerca del final de la reducción?' },
  symptoms: { text: '¿Qué síntomas debo vigilar? ¿Cuáles quieren decir que debo llamar a su consultorio, o buscar ayuda ya?' },
  'between-visits': { text: '¿A quién puedo llamar si las cosas se ponen difíciles entre una consulta y otra?' },
  'running-out': { text: '¿Qué hago si estoy a punto de quedarme sin el medicamento, o si no puedo comunicarme con usted?' },
  therapy: { text: '¿Me podría ayudar la terapia cognitivo-conductual (TCC), o la TCC-I para el sueño, mientras bajo la dosis?' },
  'other-medicines': { text: '¿Alguno de mis otros medicamentos, o el alcohol, no se debe mezclar con este?' },
  'new-medicines': {
    text: '¿Debo consultarle a usted o a un farmacéutico antes de tomar cualquier medicamento nuevo, como una pastilla para dormir?',
  },
  pregnancy: { text: 'Estoy embarazada, planeo un embarazo o estoy dando pecho. ¿Qué cambia eso?' },
  'older-adult': { text: 'Tengo 65 años o más. ¿Cuáles son mis riesgos, y me podría ayudar bajar la dosis?' },
  seizures: { text: 'Tomo este medicamento para las convulsiones. ¿El médico que me trata las convulsiones va a ser parte del plan?' },
  naloxone: { text: 'También tomo opioides. ¿Debo tener naloxona en casa?' },
  'medicine-list': {
    text: 'Una lista de todos tus medicamentos, incluidos los que compras sin receta, las vitaminas y los productos de hierbas.',
  },
  notes: { text: 'Notas sobre cómo has dormido y cómo te has sentido.' },
  'patient-guide': { text: 'Una copia de la guía de la ASAM para pacientes sobre cómo bajar la dosis.' },
  'support-person': { text: 'Alguien de tu confianza, si quieres compañía.' },
};
