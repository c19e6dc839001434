import type { HelplineWords, WordsById } from '@/help-content/translation-types';

const ALWAYS_OPEN = '24 hours a day, 7 days a week';
const EMERGENCY_PURPOSE = 'For a seizure, trouble breathing, someone who will not wake up, or any danger to life.';

/**
 * The English words of each line in `helplines.ts`, keyed by id, as `es/helplines.ts` holds the Spanish: apart from
 * the numbers and links, so a Spanish popup carries none of them.
 */
export const HELPLINE_WORDS: WordsById<Omit<HelplineWords, 'languages'>> = {
  'us-911': {
    name: 'Emergency services (911)',
    purpose: EMERGENCY_PURPOSE,
  },
  'us-988': {
    name: '988 Suicide & Crisis Lifeline',
    purpose:
      'Call or text to talk with a trained crisis counselor. It is for thoughts of suicide, or any mental health, drug or alcohol crisis.',
    callNote: 'Press 1 for the Veterans Crisis Line. Press 2 for Spanish.',
    hours: ALWAYS_OPEN,
    cost: 'Free',
  },
  'us-samhsa': {
    name: 'SAMHSA National Helpline',
    purpose: 'Free help to find treatment, support groups and local services. It gives information, and does not give counseling.',
    hours: '24 hours a day, 365 days a year',
    cost: 'Free and confidential',
  },
  'us-crisis-text-line': {
    name: 'Crisis Text Line',
    purpose: 'Text with a trained volunteer crisis counselor. It is not medical advice.',
    hours: ALWAYS_OPEN,
    cost: 'Free',
  },
  'us-veterans-crisis-line': {
    name: 'Veterans Crisis Line',
    purpose: 'Crisis support for veterans, service members and their families. You do not need to be enrolled with VA.',
    callNote: 'Then press 1.',
    hours: ALWAYS_OPEN,
    cost: 'Free',
  },
  'us-poison-help': {
    name: 'Poison Help',
    purpose:
      'Free advice from experts at your local poison center. Call if someone may have taken too much of a medicine, or the wrong one, even if you are not sure. Call 911 instead if the person has a seizure, has collapsed, cannot be woken or has trouble breathing.',
    hours: ALWAYS_OPEN,
    cost: 'Free and confidential',
  },
  'us-nami-helpline': {
    name: 'NAMI HelpLine',
    purpose: 'Peer support and information for people with mental health conditions and for their families. It is not a crisis line.',
    hours: 'Monday to Friday, 10 am to 10 pm Eastern Time',
    cost: 'Free',
  },
  'ca-911': {
    name: 'Emergency services (911)',
    purpose: EMERGENCY_PURPOSE,
  },
  'ca-988': {
    name: '9-8-8 Suicide Crisis Helpline',
    purpose: 'Call or text to talk with a trained responder about thoughts of suicide. No one is turned away.',
    hours: ALWAYS_OPEN,
    cost: 'Free',
  },
  'ca-kids-help-phone': {
    name: 'Kids Help Phone',
    purpose: 'Support for young people, by phone or by text, at any hour.',
    hours: ALWAYS_OPEN,
    cost: 'Free',
  },
  'ca-hope-for-wellness': {
    name: 'Hope for Wellness Help Line',
    purpose: 'For Indigenous peoples in Canada. Talk to someone, or get help in a crisis.',
    hours: ALWAYS_OPEN,
    cost: 'Free',
  },
  'gb-999': {
    name: 'Emergency services (999)',
    purpose: EMERGENCY_PURPOSE,
    callNote: 'You can also call 112.',
  },
  'gb-nhs-111': {
    name: 'NHS 111',
    purpose: 'Medical help that is urgent but not life-threatening, such as hard withdrawal symptoms.',
    callNote: 'In England, press 2 for mental health support in a crisis.',
    hours: ALWAYS_OPEN,
    cost: 'Free',
    area: 'England, Scotland and Wales; not in Northern Ireland',
  },
  'gb-samaritans': {
    name: 'Samaritans',
    purpose: 'A volunteer listens to you, whatever you are going through.',
    hours: ALWAYS_OPEN,
    cost: 'Free from any phone, even with no credit',
  },
  'gb-shout': {
    name: 'Shout',
    purpose: 'Text a trained volunteer when you need to talk.',
    hours: ALWAYS_OPEN,
    cost: 'Free',
  },
  'gb-frank': {
    name: 'FRANK',
    purpose: 'Honest information and advice about drugs, by phone, text or live chat.',
    hours: 'by phone 24 hours a day, and by live chat from 2 pm to 6 pm every day',
    cost: 'Not free: it costs a normal national-rate call, which may show on your bill',
  },
  'gb-ni-lifeline': {
    name: 'Lifeline (Northern Ireland)',
    purpose: 'Talk to someone when you are in crisis, anywhere in Northern Ireland.',
    hours: ALWAYS_OPEN,
    cost: 'Free',
    area: 'Northern Ireland only',
  },
  'ie-emergency': {
    name: 'Emergency services (112 or 999)',
    purpose: EMERGENCY_PURPOSE,
    callNote: 'You can also call 999.',
    cost: 'Free',
  },
  'ie-samaritans': {
    name: 'Samaritans',
    purpose: 'A volunteer listens to you, whatever you are going through.',
    hours: ALWAYS_OPEN,
    cost: 'Free',
  },
  'ie-50808': {
    name: '50808',
    purpose: 'Free crisis support by text, any time of day or night.',
    hours: ALWAYS_OPEN,
    cost: 'Free',
  },
  'au-000': {
    name: 'Emergency services (000)',
    purpose: EMERGENCY_PURPOSE,
    cost: 'Free',
  },
  'au-lifeline': {
    name: 'Lifeline',
    purpose: 'Crisis support and suicide prevention, by phone, text or online chat.',
    hours: ALWAYS_OPEN,
    cost: 'Free from a mobile phone',
  },
  'au-aod-hotline': {
    name: 'National Alcohol and Other Drug Hotline',
    purpose: 'Free, confidential advice about alcohol and other drugs. Your call goes to the service in your state or territory.',
    hours: '24 hours a day, 7 days a week (in South Australia, counsellors answer from 8:30am to 10pm)',
    cost: 'Free and confidential',
  },
  'au-healthdirect': {
    name: 'healthdirect',
    purpose: 'Health advice by phone when it is not an emergency, such as hard withdrawal symptoms. It is run by the government.',
    cost: 'Free',
  },
  'au-poisons': {
    name: 'Poisons Information Centre',
    purpose: 'Advice if someone may have taken too much of a medicine, or mixed medicines.',
    hours: ALWAYS_OPEN,
  },
  'nz-111': {
    name: 'Emergency services (111)',
    purpose: EMERGENCY_PURPOSE,
    cost: 'Free',
  },
  'nz-1737': {
    name: '1737 Need to talk?',
    purpose: 'Call or text to talk with a trained counsellor.',
    hours: 'any time, day or night',
  },
  'nz-alcohol-drug-helpline': {
    name: 'Alcohol Drug Helpline',
    purpose: 'Help with alcohol and other drugs, by phone or by text.',
    cost: 'Free and confidential',
  },
  'nz-healthline': {
    name: 'Healthline',
    purpose: 'Health advice by phone when it is not an emergency, such as hard withdrawal symptoms.',
  },
  'nz-poisons': {
    name: 'National Poisons Centre',
    purpose:
      'Advice if someone may have taken too much of a medicine. If the person cannot be woken or has trouble breathing, call 111 first.',
    hours: '24 hours a day, 7 days a week',
    cost: 'Free',
  },
  'mx-911': {
    name: 'Emergency services (911)',
    purpose: EMERGENCY_PURPOSE,
  },
  'es-112': {
    name: 'Emergency services (112)',
    purpose: EMERGENCY_PURPOSE,
    cost: 'Free',
  },
  'intl-find-a-helpline': {
    name: 'Find A Helpline',
    purpose:
      'A free directory of crisis lines in many countries, each one checked against set standards. Choose your country to find a line you can call or text now.',
    cost: 'Free',
  },
  'intl-befrienders': {
    name: 'Befrienders Worldwide',
    purpose: 'A network of emotional support centres in 32 countries. Find a centre near you on their site.',
  },
  'other-emergency': {
    name: 'Your local emergency number',
    purpose:
      'In an emergency, call your local emergency number. In any EU country, 112 works and is free. Your prescriber, pharmacist or local health service can tell you which helplines serve your area.',
    // Shown under the emergency heading, which has no number to offer.
    callNote: 'In any EU country, 112 works and is free.',
  },
};
