// Written by `npm run card-lines` from helplines.ts: do not edit. A unit test fails when it is stale.
import type { CardLines } from '@/help-content/types';

export const CARD_LINES_EN: CardLines = {
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
      hours: '24 hours a day, 365 days a year',
      cost: 'Free and confidential',
      languages: ['English', 'Spanish'],
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
      callNote: 'Press 1 for the Veterans Crisis Line. Press 2 for Spanish.',
      text: {
        number: '988',
      },
      chatUrl: 'https://988lifeline.org',
      hours: '24 hours a day, 7 days a week',
      cost: 'Free',
      languages: ['English', 'Spanish'],
      url: 'https://988lifeline.org',
    },
    'us-911': {
      id: 'us-911',
      kind: 'emergency',
      name: 'Emergency services (911)',
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
      hours: '24 hours a day, 7 days a week',
      cost: 'Free',
      languages: ['English', 'French'],
      url: 'https://988.ca',
    },
    'ca-911': {
      id: 'ca-911',
      kind: 'emergency',
      name: 'Emergency services (911)',
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
      callNote: 'In England, press 2 for mental health support in a crisis.',
      call: {
        display: '111',
        dial: '111',
      },
      hours: '24 hours a day, 7 days a week',
      cost: 'Free',
      languages: ['Interpreters on request'],
      url: 'https://111.nhs.uk/',
      area: 'England, Scotland and Wales; not in Northern Ireland',
    },
    'gb-samaritans': {
      id: 'gb-samaritans',
      kind: 'crisis',
      name: 'Samaritans',
      call: {
        display: '116 123',
        dial: '116123',
      },
      hours: '24 hours a day, 7 days a week',
      cost: 'Free from any phone, even with no credit',
      languages: [],
      url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
    },
    'gb-999': {
      id: 'gb-999',
      kind: 'emergency',
      name: 'Emergency services (999)',
      call: {
        display: '999',
        dial: '999',
      },
      callNote: 'You can also call 112.',
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
      hours: '24 hours a day, 7 days a week',
      cost: 'Free',
      languages: [],
      url: 'https://www.samaritans.org/ireland/',
    },
    'ie-emergency': {
      id: 'ie-emergency',
      kind: 'emergency',
      name: 'Emergency services (112 or 999)',
      call: {
        display: '112',
        dial: '112',
      },
      callNote: 'You can also call 999.',
      cost: 'Free',
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
      hours: '24 hours a day, 7 days a week (in South Australia, counsellors answer from 8:30am to 10pm)',
      cost: 'Free and confidential',
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
      hours: '24 hours a day, 7 days a week',
      cost: 'Free from a mobile phone',
      languages: [],
      url: 'https://www.lifeline.org.au/',
    },
    'au-000': {
      id: 'au-000',
      kind: 'emergency',
      name: 'Emergency services (000)',
      call: {
        display: '000',
        dial: '000',
      },
      cost: 'Free',
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
      cost: 'Free and confidential',
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
      hours: 'any time, day or night',
      languages: [],
    },
    'nz-111': {
      id: 'nz-111',
      kind: 'emergency',
      name: 'Emergency services (111)',
      call: {
        display: '111',
        dial: '111',
      },
      cost: 'Free',
      languages: [],
    },
    'intl-find-a-helpline': {
      id: 'intl-find-a-helpline',
      kind: 'directory',
      name: 'Find A Helpline',
      cost: 'Free',
      languages: [],
      url: 'https://www.findahelpline.com',
      purpose:
        'A free directory of crisis lines in many countries, each one checked against set standards. Choose your country to find a line you can call or text now.',
    },
    'mx-911': {
      id: 'mx-911',
      kind: 'emergency',
      name: 'Emergency services (911)',
      call: {
        display: '911',
        dial: '911',
      },
      languages: [],
    },
    'es-112': {
      id: 'es-112',
      kind: 'emergency',
      name: 'Emergency services (112)',
      call: {
        display: '112',
        dial: '112',
      },
      cost: 'Free',
      languages: [],
    },
    'other-emergency': {
      id: 'other-emergency',
      kind: 'emergency',
      name: 'Your local emergency number',
      callNote: 'In any EU country, 112 works and is free.',
      languages: [],
      purpose:
        'In an emergency, call your local emergency number. In any EU country, 112 works and is free. Your prescriber, pharmacist or local health service can tell you which helplines serve your area.',
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
