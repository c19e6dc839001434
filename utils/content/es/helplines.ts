import type { HelplineWords, WordsById } from '../translation-types';

const SIEMPRE_ABIERTO = 'Las 24 horas, los 7 días de la semana';
const EMERGENCIA = 'Para una convulsión, problemas para respirar, alguien que no se puede despertar o cualquier peligro para la vida.';
const NO_SE_INDICA = 'No se indica aquí: consulta el sitio oficial';
const SAMARITANS = 'Una persona voluntaria te escucha, pases por lo que pases.';

/** Spanish for `../helplines.ts`, keyed by id. Service names stay official; what they do is in Spanish. */
export const HELPLINES_ES: WordsById<HelplineWords> = {
  'us-911': {
    name: 'Emergencias (911)',
    purpose: EMERGENCIA,
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: [],
  },
  'us-988': {
    name: '988 Suicide & Crisis Lifeline',
    purpose:
      'Llama o envía un mensaje de texto para hablar con un consejero de crisis capacitado. Atiende en español. Es para ideas de suicidio o cualquier crisis de salud mental, drogas o alcohol.',
    callNote: 'Marca 2 para hablar en español. Marca 1 para la Línea de Crisis para Veteranos.',
    // The official Spanish text option: AYUDA to 988.
    text: { number: '988', keyword: 'AYUDA' },
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: ['inglés', 'español'],
  },
  'us-samhsa': {
    name: 'SAMHSA National Helpline',
    purpose:
      'Te ayuda gratis a encontrar tratamiento, grupos de apoyo y servicios cerca de ti. Atiende en español. Da información; no da terapia ni consejería.',
    hours: 'Las 24 horas del día, los 365 días del año',
    cost: 'Gratis y confidencial',
    languages: ['inglés', 'español'],
  },
  'us-crisis-text-line': {
    name: 'Crisis Text Line',
    purpose: 'Envía un mensaje de texto para hablar con un consejero de crisis voluntario y capacitado. No es consejo médico.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: ['inglés'],
  },
  'us-veterans-crisis-line': {
    name: 'Veterans Crisis Line',
    purpose: 'Apoyo en crisis para veteranos, militares en servicio y sus familias. No necesitas estar inscrito en el VA.',
    callNote: 'Después marca 1.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: ['inglés'],
  },
  'us-poison-help': {
    name: 'Poison Help',
    purpose:
      'Recibe consejo de expertos de tu centro local de control de intoxicaciones. Llama si alguien tomó demasiado de un medicamento por error. Si alguien se desplomó, tuvo una convulsión o le cuesta respirar, llama al 911 en su lugar.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis y confidencial',
    languages: ['inglés', 'intérpretes en 161 idiomas'],
  },
  'us-nami-helpline': {
    name: 'NAMI HelpLine',
    purpose:
      'Apoyo entre pares e información para personas con problemas de salud mental y para sus familias. No es una línea de crisis.',
    hours: 'De lunes a viernes, de 10 de la mañana a 10 de la noche, hora del Este',
    cost: 'Gratis',
    languages: ['inglés'],
  },
  'ca-911': {
    name: 'Emergencias (911)',
    purpose: EMERGENCIA,
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: [],
  },
  'ca-988': {
    name: '9-8-8 Suicide Crisis Helpline',
    purpose:
      'Llama o envía un mensaje de texto para hablar de ideas de suicidio con una persona capacitada. No rechazan a nadie.',
    hours: SIEMPRE_ABIERTO,
    cost: 'No se indica aquí: consulta la fuente',
    languages: ['inglés', 'francés'],
  },
  'ca-kids-help-phone': {
    name: 'Kids Help Phone',
    purpose: 'Apoyo para jóvenes, por teléfono o por mensaje de texto, a cualquier hora.',
    hours: SIEMPRE_ABIERTO,
    cost: NO_SE_INDICA,
    languages: ['inglés', 'francés'],
  },
  'ca-hope-for-wellness': {
    name: 'Hope for Wellness Help Line',
    purpose:
      'Para personas de las Primeras Naciones, inuit y métis de Canadá. Habla con alguien o recibe ayuda en una crisis.',
    hours: SIEMPRE_ABIERTO,
    cost: NO_SE_INDICA,
    languages: ['inglés', 'francés', 'cree, ojibwa e inuktitut si los pides'],
  },
  'gb-999': {
    name: 'Emergencias (999)',
    purpose: EMERGENCIA,
    callNote:
      'También puedes llamar al 112. Las personas sordas pueden usar el servicio de retransmisión de texto (text relay) en el 18000.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: [],
  },
  'gb-nhs-111': {
    name: 'NHS 111',
    purpose:
      'Ayuda médica urgente cuando la vida no corre peligro, por ejemplo si los síntomas de abstinencia son difíciles. En Inglaterra, elige la opción de salud mental para recibir apoyo en crisis.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: ['intérpretes si los pides'],
    area: 'Inglaterra, Escocia y Gales. No funciona en Irlanda del Norte.',
  },
  'gb-samaritans': {
    name: 'Samaritans',
    purpose: SAMARITANS,
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis desde cualquier teléfono, incluso sin saldo',
    languages: [],
  },
  'gb-shout': {
    name: 'Shout',
    purpose: 'Si necesitas hablar, envía un mensaje de texto y te responde un voluntario capacitado.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: [],
  },
  'gb-frank': {
    name: 'FRANK',
    purpose: 'Información y consejos sinceros sobre drogas, por teléfono, mensaje de texto o chat en vivo.',
    hours: 'Teléfono: las 24 horas del día. Chat en vivo: de 2 a 6 de la tarde, todos los días',
    cost: 'No es gratis: es una llamada normal con tarifa nacional, que puede aparecer en tu factura',
    languages: ['intérpretes en 120 idiomas'],
  },
  'gb-ni-lifeline': {
    name: 'Lifeline (Irlanda del Norte)',
    purpose: 'Habla con alguien cuando estés en crisis, en cualquier lugar de Irlanda del Norte.',
    callNote: 'Si usas teléfono de texto (textphone): 18001 0808 808 8000.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: [],
    area: 'Solo en Irlanda del Norte.',
  },
  'ie-emergency': {
    name: 'Emergencias (112 o 999)',
    purpose: EMERGENCIA,
    callNote: 'También puedes llamar al 999.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: [],
  },
  'ie-samaritans': {
    name: 'Samaritans',
    purpose: SAMARITANS,
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: [],
  },
  'ie-50808': {
    name: '50808',
    purpose: 'Apoyo en crisis por mensaje de texto, con voluntarios capacitados. Lo financia el HSE.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: [],
  },
  'au-000': {
    name: 'Emergencias (000)',
    purpose: EMERGENCIA,
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: [],
  },
  'au-lifeline': {
    name: 'Lifeline',
    purpose: 'Apoyo en crisis y prevención del suicidio, por teléfono, mensaje de texto o chat en línea.',
    hours: 'Las 24 horas, los 7 días de la semana, por teléfono, mensaje de texto y chat',
    cost: NO_SE_INDICA,
    languages: [],
  },
  'au-aod-hotline': {
    name: 'National Alcohol and Other Drug Hotline',
    purpose:
      'Consejo gratis y confidencial sobre el alcohol y otras drogas. Tu llamada pasa al servicio de tu estado o territorio.',
    hours:
      'Las 24 horas, los 7 días de la semana (en Australia Meridional, o South Australia, los consejeros atienden de 8:30 de la mañana a 10 de la noche)',
    cost: 'Gratis y confidencial',
    languages: [],
  },
  'au-poisons': {
    name: 'Poisons Information Centre',
    purpose: 'Consejo si alguien pudo tomar demasiado de un medicamento, o mezclar varios.',
    callNote: 'Si necesitas intérprete, llama a TIS al 131 450.',
    hours: SIEMPRE_ABIERTO,
    cost: NO_SE_INDICA,
    languages: [],
  },
  'nz-111': {
    name: 'Emergencias (111)',
    purpose: EMERGENCIA,
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: [],
  },
  'nz-1737': {
    name: '1737 Need to talk?',
    purpose:
      'Llama o envía un mensaje de texto para hablar con un consejero capacitado. De 2 de la tarde a 10 de la noche, puedes pedir hablar con una persona de apoyo entre pares.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: ['intérpretes en unos 150 idiomas'],
  },
  'nz-alcohol-drug-helpline': {
    name: 'Alcohol Drug Helpline',
    purpose: 'Ayuda gratis y confidencial sobre el alcohol y otras drogas, por teléfono, mensaje de texto o chat en línea.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis y confidencial',
    languages: [],
  },
  'other-emergency': {
    name: 'El número de emergencias de tu país',
    purpose:
      'Steady aún no tiene números de tu país. En una emergencia, llama al número de emergencias de tu país. Tu médico o quien te receta, tu farmacéutico o tu servicio de salud local pueden decirte qué líneas de ayuda atienden en tu zona.',
    hours: SIEMPRE_ABIERTO,
    cost: 'No se indica aquí: depende de tu país',
    languages: [],
  },
};
