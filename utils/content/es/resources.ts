import type { ResourceGroupWords, ResourceWords, WordsById } from '../translation-types';

/** Spanish for `../resources.ts`: groups keyed by kind, resources keyed by id. */
export const RESOURCE_GROUPS_ES: WordsById<ResourceGroupWords> = {
  'find-treatment': {
    label: 'Encontrar tratamiento',
    intro: 'Formas gratis y confidenciales de encontrar atención cerca de ti. Confirma los datos con el servicio antes de ir.',
  },
  outpatient: {
    label: 'Atención ambulatoria y terapia',
    intro:
      'Atención que recibes mientras vives en casa. Pide a tu médico o quien te receta que te mande a terapia psicológica, como la TCC, o la TCC-I para el sueño. O busca atención ambulatoria cerca de ti.',
  },
  'peer-support': {
    label: 'Apoyo entre pares y grupos',
    intro: 'Conocer a personas que han pasado por lo mismo puede ayudar. Los grupos no reemplazan a tu médico o quien te receta.',
  },
  'benzo-support': {
    label: 'Apoyo en línea y sobre benzos',
    intro:
      'Grupos y guías sobre las benzos. Los foros pueden ayudarte a sentir menos soledad, pero los consejos que leas ahí pueden estar mal o dar miedo. Lleva lo que leas a tu médico o quien te receta.',
  },
  family: {
    label: 'Familia y amigos',
    intro: 'Apoyo para quienes quieren a alguien que está dejando una benzo.',
  },
  'other-substances': {
    label: 'Si también usas otras drogas o alcohol',
    intro:
      'Para personas que también usan otras drogas o alcohol, o que tienen un trastorno por consumo de sustancias, y para sus familias.',
  },
};

export const RESOURCES_ES: WordsById<ResourceWords> = {
  'findtreatment-gov': {
    cost: 'Gratis',
    description:
      'Busca atención de salud mental y por consumo de sustancias cerca de ti. Puedes filtrar por forma de pago, como Medicaid, Medicare o tarifa según tus ingresos, y por tipo de atención. Es confidencial y anónimo.',
    caution: 'Los datos pueden cambiar. Llama al centro para confirmar antes de ir.',
  },
  'samhsa-helpline': {
    cost: 'Gratis',
    description:
      'Llama al 1-800-662-4357 a cualquier hora. Te pueden referir a tratamiento, grupos de apoyo y servicios locales, en inglés o en español. Dan información, no consejería.',
  },
  'nami-helpline': {
    cost: 'Gratis',
    description:
      'Apoyo e información de personas que han pasado por lo mismo, para cualquiera con un problema de salud mental y para sus familias. NAMI también ofrece clases gratis para familias.',
  },
  'asam-patient-guide': {
    cost: 'Se puede leer gratis',
    description:
      'Una guía en palabras sencillas de la ASAM, que dirigió la guía clínica de 2025 para bajar la dosis. Te ayuda a pedir lo que necesitas, y puedes llevarla a tu médico o quien te receta.',
  },
  'na-meetings': {
    name: 'Narcóticos Anónimos',
    cost: 'Gratis',
    description:
      'Una confraternidad de 12 pasos para personas que quieren dejar de consumir drogas, con reuniones en persona, en línea y por teléfono.',
  },
  'benzo-information-coalition': {
    cost: 'Gratis',
    description:
      'Una organización sin fines de lucro de Estados Unidos, dirigida por pacientes y profesionales de la salud. Da información sobre el daño de las benzos tomadas como se recetan. También dice dónde encontrar apoyo.',
    caution:
      'Es un grupo que defiende a los pacientes. Algunas de sus ideas van más allá de las guías médicas, así que coméntalas con tu médico o quien te receta.',
  },
  'ashton-manual': {
    cost: 'Se puede leer gratis',
    description:
      'Una guía conocida sobre la abstinencia de las benzos, de la profesora Heather Ashton. Se revisó por última vez en 2002, con un suplemento en 2011.',
    caution:
      'Algunos de sus consejos están anticuados. Sus planes de ejemplo no son instrucciones para ti. Planea cualquier reducción con tu médico o quien te receta.',
  },
  benzobuddies: {
    cost: 'Gratis',
    description: 'Un gran foro en línea. Allí, personas que están dejando las benzos se apoyan entre sí.',
    caution:
      'Las publicaciones pueden tener consejos equivocados e historias que asustan. Lleva lo que leas a tu médico o quien te receta.',
  },
  'nar-anon': {
    name: 'Grupos de Familia Nar-Anon',
    cost: 'Gratis',
    description: 'Una comunidad de 12 pasos para familiares y amigos de alguien con una adicción a las drogas.',
  },
  narr: {
    cost: 'Consultar es gratis; cada casa fija sus propios precios',
    description:
      'Algunas personas con un trastorno por consumo de sustancias viven un tiempo en una casa de recuperación. NARR fija el estándar nacional para estas casas, y los grupos estatales que trabajan con NARR las certifican.',
    caution:
      'Comprueba que la casa esté certificada por un grupo estatal que trabaje con NARR antes de pagar o mudarte.',
  },
  maudsley: {
    cost: 'Libro que se compra',
    description:
      'Un manual de 2024 para profesionales de la salud sobre cómo dejar medicamentos, incluidas las benzos. Puede ser útil para tu médico o quien te receta.',
  },
};
