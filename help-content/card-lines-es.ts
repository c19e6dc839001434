// Written by `npm run card-lines` from helplines.ts and es/helplines.ts: do not edit. A unit test fails when it is stale.
import type { CardLines } from '@/help-content/types';

export const CARD_LINES_ES: CardLines = {
  lines: {
    'us-samhsa': {
      id: 'us-samhsa',
      kind: 'referral',
      name: 'SAMHSA National Helpline',
      call: {
        display: '1-800-662-4357',
        dial: '+18006624357',
      },
      tty: {
        display: '1-800-487-4889',
        dial: '+18004874889',
      },
      hours: 'las 24 horas del día, los 365 días del año',
      cost: 'Gratis y confidencial',
      languages: ['inglés', 'español'],
      url: 'https://www.samhsa.gov/find-help/national-helpline',
    },
    'us-988': {
      id: 'us-988',
      kind: 'crisis',
      name: '988 Suicide & Crisis Lifeline',
      call: {
        display: '988',
        dial: '988',
      },
      callNote: 'Marca 2 para hablar en español. Marca 1 para la Línea de Crisis para Veteranos.',
      text: {
        number: '988',
        keyword: 'AYUDA',
      },
      chatUrl: 'https://988lifeline.org/es/chat/',
      hours: 'las 24 horas, los 7 días de la semana',
      cost: 'Gratis',
      languages: ['inglés', 'español'],
      url: 'https://988lifeline.org',
    },
    'us-911': {
      id: 'us-911',
      kind: 'emergency',
      name: 'Emergencias (911)',
      call: {
        display: '911',
        dial: '911',
      },
      languages: [],
    },
    'ca-988': {
      id: 'ca-988',
      kind: 'crisis',
      name: '9-8-8 Suicide Crisis Helpline',
      call: {
        display: '988',
        dial: '988',
      },
      text: {
        number: '988',
      },
      hours: 'las 24 horas, los 7 días de la semana',
      cost: 'Gratis',
      languages: ['inglés', 'francés'],
      url: 'https://988.ca',
    },
    'ca-911': {
      id: 'ca-911',
      kind: 'emergency',
      name: 'Emergencias (911)',
      call: {
        display: '911',
        dial: '911',
      },
      languages: [],
    },
    'gb-nhs-111': {
      id: 'gb-nhs-111',
      kind: 'urgent-care',
      name: 'NHS 111',
      callNote: 'En Inglaterra, marca 2 para recibir apoyo de salud mental en una crisis.',
      call: {
        display: '111',
        dial: '111',
      },
      hours: 'las 24 horas, los 7 días de la semana',
      cost: 'Gratis',
      languages: ['intérpretes si los pides'],
      url: 'https://111.nhs.uk/',
      area: 'Inglaterra, Escocia y Gales; no funciona en Irlanda del Norte',
    },
    'gb-samaritans': {
      id: 'gb-samaritans',
      kind: 'crisis',
      name: 'Samaritans',
      call: {
        display: '116 123',
        dial: '116123',
      },
      hours: 'las 24 horas, los 7 días de la semana',
      cost: 'Gratis desde cualquier teléfono, incluso sin saldo',
      languages: [],
      url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
    },
    'gb-999': {
      id: 'gb-999',
      kind: 'emergency',
      name: 'Emergencias (999)',
      call: {
        display: '999',
        dial: '999',
      },
      callNote: 'También puedes llamar al 112.',
      languages: [],
    },
    'ie-samaritans': {
      id: 'ie-samaritans',
      kind: 'crisis',
      name: 'Samaritans',
      call: {
        display: '116 123',
        dial: '116123',
      },
      hours: 'las 24 horas, los 7 días de la semana',
      cost: 'Gratis',
      languages: [],
      url: 'https://www.samaritans.org/ireland/',
    },
    'ie-emergency': {
      id: 'ie-emergency',
      kind: 'emergency',
      name: 'Emergencias (112 o 999)',
      call: {
        display: '112',
        dial: '112',
      },
      callNote: 'También puedes llamar al 999.',
      cost: 'Gratis',
      languages: [],
    },
    'au-aod-hotline': {
      id: 'au-aod-hotline',
      kind: 'referral',
      name: 'National Alcohol and Other Drug Hotline',
      call: {
        display: '1800 250 015',
        dial: '1800250015',
      },
      hours:
        'las 24 horas, los 7 días de la semana (en Australia Meridional, o South Australia, los consejeros atienden de 8:30 de la mañana a 10 de la noche)',
      cost: 'Gratis y confidencial',
      languages: [],
      url: 'https://www.health.gov.au/health-topics/drugs',
    },
    'au-lifeline': {
      id: 'au-lifeline',
      kind: 'crisis',
      name: 'Lifeline',
      call: {
        display: '13 11 14',
        dial: '131114',
      },
      text: {
        number: '0477131114',
        display: '0477 13 11 14',
      },
      hours: 'las 24 horas, los 7 días de la semana',
      cost: 'Gratis desde un celular',
      languages: [],
      url: 'https://www.lifeline.org.au/',
    },
    'au-000': {
      id: 'au-000',
      kind: 'emergency',
      name: 'Emergencias (000)',
      call: {
        display: '000',
        dial: '000',
      },
      cost: 'Gratis',
      languages: [],
    },
    'nz-alcohol-drug-helpline': {
      id: 'nz-alcohol-drug-helpline',
      kind: 'referral',
      name: 'Alcohol Drug Helpline',
      call: {
        display: '0800 787 797',
        dial: '0800787797',
      },
      text: {
        number: '8681',
      },
      cost: 'Gratis y confidencial',
      languages: [],
    },
    'nz-1737': {
      id: 'nz-1737',
      kind: 'crisis',
      name: '1737 Need to talk?',
      call: {
        display: '1737',
        dial: '1737',
      },
      text: {
        number: '1737',
      },
      hours: 'a cualquier hora del día o de la noche',
      languages: [],
    },
    'nz-111': {
      id: 'nz-111',
      kind: 'emergency',
      name: 'Emergencias (111)',
      call: {
        display: '111',
        dial: '111',
      },
      cost: 'Gratis',
      languages: [],
    },
    'intl-find-a-helpline': {
      id: 'intl-find-a-helpline',
      kind: 'directory',
      name: 'Find A Helpline',
      cost: 'Gratis',
      languages: [],
      url: 'https://www.findahelpline.com',
      purpose:
        'Un directorio gratis de líneas de crisis de muchos países, cada una revisada con criterios fijos. Elige tu país para encontrar una línea a la que puedas llamar o enviar un mensaje de texto ahora.',
    },
    'mx-911': {
      id: 'mx-911',
      kind: 'emergency',
      name: 'Emergencias (911)',
      call: {
        display: '911',
        dial: '911',
      },
      languages: [],
    },
    'es-112': {
      id: 'es-112',
      kind: 'emergency',
      name: 'Emergencias (112)',
      call: {
        display: '112',
        dial: '112',
      },
      cost: 'Gratis',
      languages: [],
    },
    'other-emergency': {
      id: 'other-emergency',
      kind: 'emergency',
      name: 'El número de emergencias de tu país',
      callNote: 'En cualquier país de la UE funciona el 112, y es gratis.',
      languages: [],
      purpose:
        'En una emergencia, llama al número de emergencias de tu país. En cualquier país de la UE funciona el 112, y es gratis. Tu médico o quien te receta, tu farmacéutico o tu servicio de salud local pueden decirte qué líneas de ayuda atienden en tu zona.',
    },
  },
  regions: {
    US: {
      main: 'us-samhsa',
      crisis: 'us-988',
      emergency: 'us-911',
    },
    CA: {
      main: 'ca-988',
      crisis: 'ca-988',
      emergency: 'ca-911',
    },
    GB: {
      main: 'gb-nhs-111',
      crisis: 'gb-samaritans',
      emergency: 'gb-999',
    },
    IE: {
      main: 'ie-samaritans',
      crisis: 'ie-samaritans',
      emergency: 'ie-emergency',
    },
    AU: {
      main: 'au-aod-hotline',
      crisis: 'au-lifeline',
      emergency: 'au-000',
    },
    NZ: {
      main: 'nz-alcohol-drug-helpline',
      crisis: 'nz-1737',
      emergency: 'nz-111',
    },
    MX: {
      main: 'intl-find-a-helpline',
      crisis: 'intl-find-a-helpline',
      emergency: 'mx-911',
    },
    ES: {
      main: 'intl-find-a-helpline',
      crisis: 'intl-find-a-helpline',
      emergency: 'es-112',
    },
    OTHER: {
      main: 'intl-find-a-helpline',
      crisis: 'intl-find-a-helpline',
      emergency: 'other-emergency',
    },
  },
};
