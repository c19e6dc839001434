import type { HelplineWords, WordsById } from '@/help-content/translation-types';

// `hours` completes "Atiende …", so it starts in lowercase; `cost` stands as a sentence of its own; `area` has no final period.
const SIEMPRE_ABIERTO = 'las 24 horas, los 7 días de la semana';
const EMERGENCIA =
  'Para una convulsión, problemas para respirar, alguien a quien no se le puede despertar o cualquier peligro para la vida.';
const SAMARITANS = 'Una persona voluntaria te escucha, pases por lo que pases.';

/** Spanish for `../helplines.ts`, keyed by id. Service names stay official; what they do is in Spanish. */
export const HELPLINES_ES: WordsById<HelplineWords> = {
  'us-911': {
    name: 'Emergencias (911)',
    purpose: EMERGENCIA,
    languages: [],
  },
  'us-988': {
    name: '988 Suicide & Crisis Lifeline',
    purpose:
      'Llama o envía un mensaje de texto para hablar con un consejero de crisis capacitado. Es para ideas de suicidio o cualquier crisis de salud mental, drogas o alcohol.',
    callNote: 'Marca 2 para hablar en español. Marca 1 para la Línea de Crisis para Veteranos.',
    // The official Spanish text option: AYUDA to 988.
    text: { number: '988', keyword: 'AYUDA' },
    // 988's own chat in Spanish.
    chatUrl: 'https://988lifeline.org/es/chat/',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: ['inglés', 'español'],
  },
  'us-samhsa': {
    name: 'SAMHSA National Helpline',
    purpose: 'Te ayuda gratis a buscar tratamiento, grupos de apoyo y servicios cerca de ti. Te da información, pero no consejería.',
    hours: 'las 24 horas del día, los 365 días del año',
    cost: 'Gratis y confidencial',
    languages: ['inglés', 'español'],
  },
  'us-crisis-text-line': {
    name: 'Crisis Text Line',
    purpose: 'Envía un mensaje de texto para hablar con un consejero de crisis voluntario y capacitado. No es consejo médico.',
    // Crisis Text Line's Spanish keyword: AYUDA reaches a Spanish-speaking volunteer.
    text: { number: '741741', keyword: 'AYUDA' },
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: [],
  },
  'us-veterans-crisis-line': {
    name: 'Veterans Crisis Line',
    purpose: 'Apoyo en crisis para veteranos, militares en servicio y sus familias. No necesitas inscribirte en el VA.',
    callNote: 'Después marca 1.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: [],
  },
  'us-poison-help': {
    name: 'Poison Help',
    purpose:
      'Consejo gratis de expertos de tu centro de toxicología local. Llama si alguien pudo tomar demasiado de un medicamento, o uno equivocado, aunque no lo sepas con certeza. En cambio, llama al 911 si tiene una convulsión, se desmayó, no despierta o le cuesta respirar.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis y confidencial',
    languages: ['inglés', 'intérpretes en 161 idiomas'],
    // HRSA's page about Poison Help, in Spanish.
    url: 'https://poisonhelp.hrsa.gov/es/about-us',
  },
  'us-nami-helpline': {
    name: 'NAMI HelpLine',
    purpose: 'Apoyo entre pares e información para personas con problemas de salud mental y para sus familias. No es una línea de crisis.',
    hours: 'de lunes a viernes, de 10 de la mañana a 10 de la noche, hora del Este',
    cost: 'Gratis',
    languages: [],
  },
  'ca-911': {
    name: 'Emergencias (911)',
    purpose: EMERGENCIA,
    languages: [],
  },
  'ca-988': {
    name: '9-8-8 Suicide Crisis Helpline',
    purpose: 'Llama o envía un mensaje de texto para hablar de ideas de suicidio con una persona capacitada. No rechazan a nadie.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: ['inglés', 'francés'],
  },
  'ca-kids-help-phone': {
    name: 'Kids Help Phone',
    purpose: 'Apoyo para jóvenes, por teléfono o por mensaje de texto, a cualquier hora.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: ['inglés', 'francés'],
  },
  'ca-hope-for-wellness': {
    name: 'Hope for Wellness Help Line',
    purpose: 'Para los pueblos indígenas de Canadá. Habla con alguien o recibe ayuda en una crisis.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: ['inglés', 'francés', 'cree, ojibwa e inuktut si los pides'],
  },
  'gb-999': {
    name: 'Emergencias (999)',
    purpose: EMERGENCIA,
    callNote: 'También puedes llamar al 112.',
    languages: [],
  },
  'gb-nhs-111': {
    name: 'NHS 111',
    purpose: 'Ayuda médica urgente cuando la vida no corre peligro, por ejemplo si los síntomas de abstinencia son difíciles de aguantar.',
    callNote: 'En Inglaterra, marca 2 para recibir apoyo de salud mental en una crisis.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: ['intérpretes si los pides'],
    area: 'Inglaterra, Escocia y Gales; no funciona en Irlanda del Norte',
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
    hours: 'las 24 horas por teléfono, y por chat en vivo de 2 a 6 de la tarde, todos los días',
    cost: 'No es gratis: cuesta una llamada normal con tarifa nacional, que puede aparecer en tu factura',
    languages: ['intérpretes en 120 idiomas'],
  },
  'gb-ni-lifeline': {
    name: 'Lifeline (Irlanda del Norte)',
    purpose: 'Habla con alguien cuando estés en crisis, en cualquier lugar de Irlanda del Norte.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: [],
    area: 'solo en Irlanda del Norte',
  },
  'ie-emergency': {
    name: 'Emergencias (112 o 999)',
    purpose: EMERGENCIA,
    callNote: 'También puedes llamar al 999.',
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
    purpose: 'Apoyo gratis en crisis por mensaje de texto, a cualquier hora del día o de la noche.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: [],
  },
  'au-000': {
    name: 'Emergencias (000)',
    purpose: EMERGENCIA,
    cost: 'Gratis',
    languages: [],
  },
  'au-lifeline': {
    name: 'Lifeline',
    purpose: 'Apoyo en crisis y prevención del suicidio, por teléfono, mensaje de texto o chat en línea.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis desde un celular',
    languages: [],
  },
  'au-aod-hotline': {
    name: 'National Alcohol and Other Drug Hotline',
    purpose: 'Consejo gratis y confidencial sobre el alcohol y otras drogas. Tu llamada pasa al servicio de tu estado o territorio.',
    hours:
      'las 24 horas, los 7 días de la semana (en Australia Meridional, o South Australia, los consejeros atienden de 8:30 de la mañana a 10 de la noche)',
    cost: 'Gratis y confidencial',
    languages: [],
  },
  'au-healthdirect': {
    name: 'healthdirect',
    purpose:
      'Consejos de salud por teléfono cuando no es una emergencia, por ejemplo si los síntomas de abstinencia son difíciles de aguantar. Lo ofrece el gobierno.',
    cost: 'Gratis',
    languages: [],
  },
  'au-poisons': {
    name: 'Poisons Information Centre',
    purpose: 'Consejo si alguien pudo tomar demasiado de un medicamento, o mezclar varios.',
    hours: SIEMPRE_ABIERTO,
    languages: [],
  },
  'nz-111': {
    name: 'Emergencias (111)',
    purpose: EMERGENCIA,
    cost: 'Gratis',
    languages: [],
  },
  'nz-1737': {
    name: '1737 Need to talk?',
    purpose: 'Llama o envía un mensaje de texto para hablar con un consejero capacitado.',
    hours: 'a cualquier hora del día o de la noche',
    languages: [],
  },
  'nz-alcohol-drug-helpline': {
    name: 'Alcohol Drug Helpline',
    purpose: 'Ayuda con el alcohol y otras drogas, por teléfono o por mensaje de texto.',
    cost: 'Gratis y confidencial',
    languages: [],
  },
  'nz-healthline': {
    name: 'Healthline',
    purpose:
      'Consejos de salud por teléfono cuando no es una emergencia, por ejemplo si los síntomas de abstinencia son difíciles de aguantar.',
    languages: [],
  },
  'nz-poisons': {
    name: 'National Poisons Centre',
    purpose:
      'Consejo si alguien pudo tomar demasiado de un medicamento. Si la persona no despierta o le cuesta respirar, llama primero al 111.',
    hours: SIEMPRE_ABIERTO,
    cost: 'Gratis',
    languages: [],
  },
  'mx-911': {
    name: 'Emergencias (911)',
    purpose: EMERGENCIA,
    languages: [],
  },
  'es-112': {
    name: 'Emergencias (112)',
    purpose: EMERGENCIA,
    cost: 'Gratis',
    languages: [],
  },
  'intl-find-a-helpline': {
    name: 'Find A Helpline',
    purpose:
      'Un directorio gratis de líneas de crisis de muchos países, cada una revisada con criterios fijos. Elige tu país para encontrar una línea a la que puedas llamar o enviar un mensaje de texto ahora.',
    cost: 'Gratis',
    languages: [],
  },
  'intl-befrienders': {
    name: 'Befrienders Worldwide',
    purpose: 'Una red de centros de apoyo emocional en 32 países. En su sitio puedes buscar un centro cerca de ti.',
    languages: [],
  },
  'other-emergency': {
    name: 'El número de emergencias de tu país',
    purpose:
      'En una emergencia, llama al número de emergencias de tu país. En cualquier país de la UE funciona el 112, y es gratis. Tu médico o quien te receta, tu farmacéutico o tu servicio de salud local pueden decirte qué líneas de ayuda atienden en tu zona.',
    callNote: 'En cualquier país de la UE funciona el 112, y es gratis.',
    languages: [],
  },
};
