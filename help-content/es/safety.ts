import type { HelpItemWords, RedFlagWords, SymptomGroupWords, WordsById } from '@/help-content/translation-types';

/** Spanish for `../safety.ts`, keyed by id. Written in plain Spanish from the same sources, not word for word. */
export const SAFETY_FACTS_ES: WordsById<HelpItemWords> = {
  'do-not-stop-suddenly': {
    title: 'No dejes la benzo de golpe',
    text: 'Dejar una benzo de golpe, o bajar la dosis demasiado rápido, puede causar convulsiones. Este tipo de abstinencia puede poner tu vida en peligro. Habla con tu médico o quien te receta antes de cambiar tu dosis.',
  },
  'running-out': {
    title: 'Quedarte sin pastillas es dejar la benzo de golpe',
    text: 'Si se te van a acabar las pastillas, o tu médico quiere que la dejes de una vez, eso también es dejarla de golpe. Comunícate con tu médico o quien te receta, o con un farmacéutico, antes de tu última dosis. Pide, en cambio, bajar la dosis poco a poco.',
  },
  'suicidal-thoughts': {
    title: 'Ideas de suicidio: pide ayuda hoy',
    text: 'La abstinencia puede traer ideas de suicidio o de hacerte daño. Son una señal de abstinencia grave, así que díselo a tu médico o quien te receta el mismo día. Puedes llamar o enviar un mensaje de texto a una línea de crisis a cualquier hora, aunque no pienses actuar. Si hay riesgo de que actúes, llama ya al número de emergencias. Hay ayuda.',
  },
  'no-alcohol-or-opioids': {
    title: 'Alcohol y opioides: ten mucho cuidado',
    text: 'Mezclar una benzo con alcohol, opioides u otras drogas o medicamentos que dan sueño hace más probable una sobredosis. Puede hacer que respires más despacio, y eso puede poner tu vida en peligro. Nunca uses alcohol para aliviar la abstinencia. Si también te recetan opioides, no dejes ninguno de los dos por tu cuenta: habla con tu médico o quien te receta, y ten naloxona (Narcan) en casa.',
  },
  'pharmacy-pills-only': {
    title: 'Toma solo pastillas de una farmacia',
    text: 'Las pastillas compradas por internet, en la calle o a un amigo pueden ser falsas, hechas para parecer medicamentos de verdad. Pueden tener fentanilo y causar una sobredosis. Toma solo medicamentos que te recetó tu médico y que te dio una farmacia.',
  },
  'taper-with-prescriber': {
    title: 'Deja la benzo poco a poco, con tu médico',
    text: 'La forma segura de dejarla es bajar la dosis poco a poco, en pasos pequeños, con el tiempo. Planéalo con tu médico o quien te receta. Si te sientes mal, se puede ir más despacio o hacer una pausa.',
  },
  pregnancy: {
    title: '¿Embarazada? No dejes la benzo por tu cuenta',
    text: 'Si estás embarazada, o te enteras de que lo estás, no dejes la benzo de golpe. Habla pronto con tu médico o quien te receta, o con tu partera. Ellos van a considerar a la vez los riesgos para ti y para tu bebé.',
  },
  'seizure-medicine': {
    title: '¿Tomas clonazepam para las convulsiones?',
    text: 'El clonazepam también se usa para controlar las convulsiones de la epilepsia. Si lo tomas para las convulsiones, no cambies nada sin hablar antes con el médico que las trata.',
  },
  'delayed-symptoms': {
    title: 'Los síntomas pueden empezar días después',
    text: 'La abstinencia no siempre empieza enseguida. Después de bajar la dosis, los síntomas pueden tardar hasta una semana en aparecer. Después de dejar una benzo de acción larga, pueden empezar aún más tarde. Sentirte bien al día siguiente no quiere decir que el riesgo haya pasado.',
  },
  'dependence-is-not-addiction': {
    title: 'La dependencia no es una adicción',
    text: 'Tu cuerpo puede acostumbrarse a una benzo tras unas pocas semanas de uso regular, incluso con la dosis que te recetaron. Eso es dependencia física. No es una adicción: menos de 2 de cada 100 personas que toman benzos llegan a tener una adicción a ellas.',
  },
  'do-not-skip-doses': {
    title: 'Sigue el plan',
    text: 'Trata de no saltarte dosis, y no cambies el plan por tu cuenta. Saltarte dosis puede empeorar la abstinencia. Si te sientes mal entre una dosis y otra, díselo a tu médico o quien te receta.',
  },
  'no-new-sleeping-pills': {
    title: 'No empieces a tomar pastillas para dormir por tu cuenta',
    text: 'Las pastillas para dormir como el zolpidem y la zopiclona actúan en la misma parte del cerebro que las benzos. También pueden causar dependencia. No empieces a tomarlas, ni ningún otro medicamento nuevo que dé sueño, sin hablar con tu médico o quien te receta.',
  },
  'opioids-naloxone': {
    title: 'Si también tomas opioides, ten naloxona',
    text: 'Si tomas opioides además de una benzo, ten naloxona (Narcan) en casa y dile a tu familia dónde está. La naloxona puede revertir una sobredosis de opioides, pero no una sobredosis de benzos. Si alguien pudo tener una sobredosis, llama al 911 o al número de emergencias. Dale también la naloxona.',
  },
  driving: {
    title: 'Ten cuidado al manejar',
    text: 'Las benzos pueden darte sueño y hacer que manejar sea menos seguro. No manejes, no andes en bici ni uses máquinas si tienes sueño o confusión.',
  },
  'most-taper-at-home': {
    title: 'La mayoría puede bajar la dosis en casa',
    text: 'Casi todas las personas pueden dejar la benzo mientras viven en casa y van a ver a su médico. Quedarse en el hospital solo hace falta en algunos casos graves. Tu médico o quien te receta puede ayudarte a decidir.',
  },
};

export const COMMON_SYMPTOMS_ES: WordsById<SymptomGroupWords> = {
  mood: { label: 'Estado de ánimo', symptoms: ['Ansiedad o pánico', 'Ánimo bajo', 'Tensión o mal humor'] },
  sleep: { label: 'Sueño', symptoms: ['Problemas para dormir', 'Pesadillas'] },
  body: { label: 'Cuerpo', symptoms: ['Dolor de cabeza', 'Sudor', 'Latidos rápidos', 'Malestar de estómago'] },
  muscles: { label: 'Músculos', symptoms: ['Temblores', 'Dolores', 'Tirones musculares'] },
  mind: {
    label: 'Mente',
    symptoms: ['Problemas para concentrarte', 'Sentirte irreal o fuera de ti', 'Ideas de suicidio o de hacerte daño'],
  },
  senses: { label: 'Sentidos', symptoms: ['Molestia con la luz y los ruidos', 'Hormigueo', 'Zumbido en los oídos'] },
};

/** Each completes "Llama ya si la persona…", so adjectives agree with "la persona". */
export const RED_FLAGS_ES: WordsById<RedFlagWords> = {
  seizure: { sign: 'tiene una convulsión' },
  confusion: { sign: 'de pronto está muy confundida o no sabe dónde está' },
  hallucinations: { sign: 've u oye cosas que no están ahí' },
  suicide: { sign: 'puede llevar a cabo sus ideas de suicidio, o se ha hecho daño' },
  'chest-pain': { sign: 'tiene dolor en el pecho, o pierde el conocimiento' },
  breathing: { sign: 'respira lento, de forma superficial o con dificultad' },
  unresponsive: { sign: 'no despierta aunque intentes despertarla, o tiene los labios azules o grises' },
};
