/**
 * Las palabras de la tarjeta de ayuda en la página, en español: la tarjeta, su botón Copiar y lo que copia.
 * `es.ts` las usa tal cual; el script de la tarjeta en español lleva solo estas.
 */
import type { CardStrings } from '@/locales/card-en';

export const cardEs: CardStrings = {
  common: {
    call: (number) => `Llamar al ${number}`,
    text: (number) => `Enviar un mensaje de texto al ${number}`,
    textKeyword: (keyword, number) => `Enviar ${keyword} por texto al ${number}`,
    thinkingAboutSuicide: '¿Tienes ideas de suicidio?',
    findCrisisLine: 'Busca una línea de crisis de tu país',
  },
  source: {
    pageIn: { en: '(en inglés)', es: '(en español)' },
  },
  copy: {
    copy: 'Copiar',
    copyWhat: (what) => `Copiar ${what}`,
    copiedMark: 'Copiado ✓',
    copiedWhat: (what) => `Copiado: ${what}.`,
    moreWays: 'Otras formas de copiar',
    moreWaysFor: (what) => `Otras formas de copiar ${what}`,
    refused: 'Tu navegador no dejó copiar. Los datos están seleccionados abajo: presiona Ctrl+C (o ⌘C en una Mac) para copiarlos.',
    details: (name) => `los datos de ${name}`,
    adviceWhat: 'el consejo de emergencia',
    choices: { short: 'Copiar corto', full: 'Copiar completo', message: 'Copiar como mensaje' },
    formatNames: { short: 'formato corto', full: 'formato completo', message: 'como mensaje' },
  },
  copyText: {
    call: (number) => `llama al ${number}`,
    text: (number) => `envía un texto al ${number}`,
    textKeyword: (keyword, number) => `envía ${keyword} por texto al ${number}`,
    or: 'o',
    callRow: 'Llamar',
    ttyRow: 'TTY',
    chatRow: 'Chat',
    hoursRow: 'Horario',
    costRow: 'Costo',
    languagesRow: 'Idiomas',
    siteRow: 'Sitio oficial',
    messageOpening: (name, ways) => `Pienso en ti. Si quieres hablar con alguien, puedes comunicarte con ${name}: ${ways}.`,
    messageNoWays: 'Pienso en ti. Si necesitas ayuda ahora, llama al número de emergencias de tu país.',
    messageDirectory: (name, url) =>
      `Pienso en ti. Si quieres hablar con alguien, ${name} te ayuda a encontrar una línea de crisis gratis cerca de ti. Búscala aquí: ${url}`,
    // Lower case after the colon, as Spanish writes it mid-sentence.
    messageHours: (hours) => `Atiende ${hours}.`,
    messageCost: (cost) => `${cost}.`,
    messageMore: (url) => `Más información: ${url}`,
  },
  emergency: {
    helpBarEmergency: 'Emergencias:',
    localNumber: 'Llama al número de emergencias de tu país',
  },
  card: {
    title: '¿Piensas dejar una benzo?',
    close: 'Cerrar la tarjeta de ayuda de Steady',
    warning: 'No la dejes de golpe: puede causar convulsiones.',
    taper: 'Habla con tu médico para bajar la dosis poco a poco.',
    textLine: (number) => `Mensaje al ${number}`,
    textKeyword: (keyword, number) => `Enviar ${keyword} al ${number}`,
    more: 'Más',
    moreHelp: 'Más ayuda',
    notOnThisSite: 'No en este sitio',
    snooze: 'Pausar un día',
    refused:
      'No se cambió nada: esta página tapaba u ocultaba la tarjeta de Steady. Para cambiar dónde ayuda Steady, usa sus ajustes desde el ícono de Steady en la barra de herramientas.',
    trustedSurface: 'El ícono de Steady en la barra también se marca en esta pestaña.',
    announcement: 'Steady agregó una tarjeta de ayuda abajo a la derecha de la página.',
    closed: 'Tarjeta cerrada en esta página.',
    blocked: (site) => `Steady no volverá a ofrecer ayuda en ${site}.`,
    snoozed: 'Steady no ofrecerá ayuda en ningún sitio durante un día.',
    whereToChange: 'Para elegir dónde ayuda Steady, usa los ajustes de Steady (su ícono en la barra, luego Ajustes).',
    undo: 'Deshacer',
  },
};
