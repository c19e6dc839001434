import type { HelpItemWords, RedFlagWords, SymptomGroupWords, WordsById } from '../translation-types';

/** Spanish for `../safety.ts`, keyed by id. Written in plain Spanish from the same sources, not word for word. */
export const SAFETY_FACTS_ES: WordsById<HelpItemWords> = {
  'do-not-stop-suddenly': {
    title: 'No dejes la benzo de golpe',
    text: 'Dejar una benzo de golpe, o bajar la dosis demasiado rápido, puede causar convulsiones. Las convulsiones pueden causar la muerte. Habla con tu médico o quien te receta antes de cambiar tu dosis.',
  },
  'taper-with-prescriber': {
    title: 'Deja la benzo poco a poco, con tu médico',
    text: 'La forma segura de dejarla es bajar la dosis poco a poco, en pasos pequeños, con el tiempo. Planéalo con tu médico o quien te receta. Si te sientes mal, se puede ir más despacio o hacer una pausa.',
  },
  'most-taper-at-home': {
    title: 'La mayoría puede bajar la dosis en casa',
    text: 'La mayoría de las personas deja la benzo mientras vive en casa y va a ver a su médico. Quedarse en el hospital solo es necesario en algunos casos graves. Tu médico o quien te receta puede ayudarte a decidir.',
  },
  'dependence-is-not-addiction': {
    title: 'La dependencia no es una adicción',
    text: 'Casi todas las personas que toman una benzo todos los días por más de un mes llegan a tener dependencia física. Tu cuerpo se ha acostumbrado al medicamento. Eso no es lo mismo que una adicción.',
  },
  'delayed-symptoms': {
    title: 'Los síntomas pueden empezar días después',
    text: 'El clonazepam y otras benzos de acción larga salen del cuerpo despacio. Después de bajar la dosis, los síntomas de abstinencia pueden tardar varios días en empezar, a menudo de 3 a 7. Sentirte bien al día siguiente no quiere decir que el riesgo haya pasado.',
  },
  'no-alcohol-or-opioids': {
    title: 'Nunca mezcles una benzo con alcohol ni opioides',
    text: 'Una benzo con alcohol, opioides u otras drogas o medicamentos que dan sueño puede hacer que respires más despacio. Esto puede causar la muerte. Nunca uses alcohol para aliviar la abstinencia.',
  },
  'do-not-skip-doses': {
    title: 'Sigue el plan',
    text: 'No te saltes dosis ni cambies el plan por tu cuenta. Eso puede empeorar la abstinencia. Si te sientes mal entre una dosis y otra, díselo a tu médico o quien te receta.',
  },
};

export const COMMON_SYMPTOMS_ES: WordsById<SymptomGroupWords> = {
  mood: { label: 'Estado de ánimo', symptoms: ['Ansiedad o pánico', 'Ánimo bajo', 'Tensión o mal humor'] },
  sleep: { label: 'Sueño', symptoms: ['Te cuesta dormir', 'Pesadillas'] },
  body: { label: 'Cuerpo', symptoms: ['Dolor de cabeza', 'Sudor', 'El corazón late rápido', 'Malestar de estómago'] },
  muscles: { label: 'Músculos', symptoms: ['Temblores', 'Dolores', 'Espasmos'] },
  mind: { label: 'Mente', symptoms: ['Te cuesta concentrarte', 'Sensación de irrealidad'] },
  senses: { label: 'Sentidos', symptoms: ['La luz y los sonidos se sienten demasiado fuertes', 'Hormigueo', 'Zumbido en los oídos'] },
};

/** Each completes "Llama ya si la persona…", so adjectives agree with "la persona". */
export const RED_FLAGS_ES: WordsById<RedFlagWords> = {
  seizure: { sign: 'tiene una convulsión' },
  confusion: { sign: 'está muy confundida o no sabe dónde está' },
  hallucinations: { sign: 've u oye cosas que no están ahí' },
  suicide: { sign: 'tiene ideas de suicidio y podría llevarlas a cabo, o se ha hecho daño' },
  'chest-pain': { sign: 'tiene dolor en el pecho o se desmaya' },
  breathing: { sign: 'tiene la respiración lenta o le cuesta respirar' },
  unresponsive: { sign: 'no se puede despertar, o tiene los labios azules o grises' },
};
