import type { ResourceGroupWords, ResourceWords, WordsById } from '@/help-content/translation-types';

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
    caution: 'Comprueba que la casa esté certificada por un grupo estatal que trabaje con NARR antes de pagar o mudarte.',
  },
  'smart-recovery': {
    cost: 'Gratis',
    description:
      'Reuniones de grupo gratis, en línea y en persona, para cualquier persona que quiera ayuda con el alcohol, las drogas u otros hábitos. Tu meta puede ser dejarlo, reducirlo o hacer otros cambios.',
  },
  'al-anon': {
    cost: 'Sin cuotas ni pagos',
    description: 'Reuniones para familiares y amigos a quienes les afecta que otra persona beba. Hay grupos desde 1951.',
  },
  'ashton-manual-spanish': {
    name: 'El Manual Ashton, en español',
    cost: 'Se puede leer gratis',
    description:
      'El Manual Ashton en español. Es una guía conocida sobre la abstinencia de las benzos, de la profesora Heather Ashton. Esta edición se revisó en agosto de 2002.',
    caution:
      'Algunos de sus consejos están anticuados. Sus planes de ejemplo no son instrucciones para ti. Planea cualquier reducción con tu médico o quien te receta.',
  },
  'gb-frank-find-support': {
    cost: 'Buscar es gratis; llamar a FRANK cuesta lo mismo que una llamada nacional',
    description:
      'Busca servicios de apoyo por consumo de drogas cerca de ti en el sitio de FRANK. FRANK también responde preguntas sobre drogas por teléfono, por mensaje de texto o por chat en vivo.',
    caution:
      'Es posible que la búsqueda muestre sobre todo servicios de Inglaterra. Tu médico general también puede ayudarte a encontrar servicios cerca de ti.',
  },
  'gb-nhs-wales-drug-services': {
    name: 'NHS 111 Wales: servicios de alcohol y drogas',
    cost: 'Gratis en el NHS',
    description:
      'Encuentra apoyo por consumo de alcohol y drogas cerca de ti en Gales. Muchos servicios de tratamiento por consumo de drogas te atienden sin que te mande un médico, así que puedes comunicarte con ellos directamente.',
  },
  'gb-postscript-360': {
    cost: 'Sin confirmar',
    description:
      'Una organización benéfica del Reino Unido para personas afectadas por tranquilizantes, como las benzos. Empezó en 1986 con el nombre Battle Against Tranquillisers. Tiene un servicio de apoyo por teléfono para personas que viven fuera de su propia zona.',
  },
  'gb-smart-recovery': {
    cost: 'Gratis, aunque algunos grupos pueden pedir una pequeña donación',
    description:
      'Reuniones de grupo en todo el Reino Unido, en persona y en línea. Son para personas que quieren cambiar su forma de consumir alcohol o drogas.',
  },
  'ie-services-map': {
    name: 'Mapa de servicios de alcohol y drogas (Irlanda)',
    cost: 'Gratis',
    description:
      'Un mapa en línea de los servicios de alcohol y drogas de Irlanda que reciben fondos públicos. Da los datos de contacto de cada uno.',
  },
  'ie-drugs-ie-services': {
    name: 'drugs.ie: servicios por condado',
    cost: 'Gratis',
    description:
      'Una lista de servicios de alcohol y drogas en Irlanda, ordenados por condado. El Departamento de Salud de Irlanda manda a la gente a esta lista.',
  },
  'ca-connexontario': {
    cost: 'La llamada es gratis; solo incluye servicios gratis o con tarifa según tus ingresos',
    description: 'Ayuda para encontrar servicios de adicciones y de salud mental en Ontario. Llama al 1-866-531-2600.',
  },
  'ca-hope-for-wellness-counseling': {
    cost: 'Gratis',
    description:
      'Consejería y apoyo en crisis para los pueblos indígenas de Canadá, a cualquier hora. Llama al 1-855-242-3310 o usa el chat en línea. Puedes hablar en inglés o francés, y en cree, ojibwa o inuktut si lo pides.',
  },
  'au-reconnexion': {
    cost: 'Sin confirmar',
    description:
      'El único servicio de Australia que se especializa en benzos. Llama a su línea de apoyo al 1300 273 266 en horario de oficina, de lunes a viernes. También tiene BDZ Digital Health, un programa en línea para ayudar a bajar la dosis poco a poco.',
    caution:
      'Usa el programa en línea solo junto con tu médico o quien te receta, que debe planear contigo cualquier reducción. Sus servicios se recortaron en 2024, así que puede que tengas que esperar.',
  },
  'au-national-aod-hotline': {
    cost: 'Gratis',
    description:
      'Llama al 1800 250 015 para recibir consejo gratis y confidencial sobre el alcohol y otras drogas. Tu llamada pasa al servicio de tu estado o territorio.',
  },
  'au-vic-directline': {
    cost: 'Gratis',
    description:
      'Una línea telefónica sobre alcohol y drogas para personas en Victoria. Llama al 1800 888 236 a cualquier hora. No tienes que dar tu nombre.',
  },
  'au-wa-alcohol-drug-support-line': {
    cost: 'Sin confirmar',
    description:
      'Una línea telefónica sobre alcohol y drogas para personas en Australia Occidental, abierta de día y de noche. Llama al 9442 5000, o al 1800 192 024 si vives en una zona rural.',
  },
  'au-act-alcohol-drug-line': {
    name: 'Línea de alcohol y drogas (ACT)',
    cost: 'Sin confirmar',
    description:
      'Una línea telefónica sobre alcohol y drogas para personas en el Territorio de la Capital Australiana, que indica ACT Health. Llama al 5124 9977 a cualquier hora.',
  },
  'au-sa-adis': {
    cost: 'Sin confirmar',
    description:
      'Una línea de información sobre alcohol y drogas para personas en Australia Meridional (South Australia). Llama al 1300 13 1340.',
  },
  'au-family-drug-support': {
    cost: 'Sin confirmar',
    description:
      'Una línea de apoyo para familias que enfrentan el consumo de drogas de un ser querido. Llama al 1300 368 186 a cualquier hora. Primero contestan voluntarios capacitados.',
  },
  'au-smart-recovery': {
    cost: 'Gratis',
    description:
      'Reuniones de grupo gratis cada semana, en línea o en persona, para personas que quieren cambiar su consumo de alcohol u otras drogas. Cada reunión dura una hora y media.',
  },
  'au-counselling-online': {
    cost: 'Gratis',
    description:
      'Consejería gratis sobre el alcohol y otras drogas por chat de texto en línea, a cualquier hora. También tiene un foro para adultos que viven en Australia.',
    caution:
      'Lo que se publica en el foro viene de otras personas, no de consejeros. Lleva tus preguntas sobre tu medicamento a tu médico o quien te receta.',
  },
  'nz-adh': {
    cost: 'Gratis',
    description:
      'Ayuda gratis y confidencial con el consumo de alcohol y otras drogas. Llama al 0800 787 797 o envía un texto al 8681. Health New Zealand la recomienda.',
  },
  'nz-need-to-talk': {
    cost: 'Sin confirmar',
    description:
      'Llama o envía un texto al 1737 para hablar con un consejero capacitado sobre cómo te sientes. Puedes comunicarte a cualquier hora del día o de la noche.',
  },
  'mx-cij': {
    cost: 'Algunos servicios son gratis; otros tienen un costo',
    description:
      'Una red de centros sin fines de lucro en todo México que ayuda a personas con el consumo de drogas. Forma parte del sector salud público, y la Secretaría de Salud federal le da fondos. Parte de la atención, la orientación y la consejería es gratis. Llama al 55 5212 1212 o envía un WhatsApp al 55 4555 1212.',
  },
  'es-proyecto-hombre': {
    cost: 'Sin confirmar',
    description:
      'Una red de centros de tratamiento sin fines de lucro en toda España para personas que quieren ayuda con el consumo de drogas. Puede ir cualquier persona que necesite tratamiento.',
  },
  maudsley: {
    cost: 'Libro que se compra',
    description:
      'Un manual de 2024 para profesionales de la salud sobre cómo dejar medicamentos, incluidas las benzos. Puede ser útil para tu médico o quien te receta.',
  },
};
