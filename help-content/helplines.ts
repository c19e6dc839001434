import { helplineBackedBy } from '@/help-content/backed-by';
import { SOURCES } from '@/help-content/sources';
import type { Helpline } from '@/help-content/types';
import type { RegionCode } from '@/help-content/regions';

const ALWAYS_OPEN = '24 hours a day, 7 days a week';
const EMERGENCY_PURPOSE = 'For a seizure, trouble breathing, someone who will not wake up, or any danger to life.';

/** Emergency number first; then crisis lines, referral, poison advice and peer support. */
export const HELPLINES: readonly Helpline[] = [
  {
    id: 'us-911',
    region: 'US',
    kind: 'emergency',
    name: 'Emergency services (911)',
    purpose: EMERGENCY_PURPOSE,
    call: { display: '911', dial: '911' },
    languages: [],
    ...helplineBackedBy({ service: ['us911', 'nhs24When999'], call: 'us911' }),
  },
  {
    id: 'us-988',
    region: 'US',
    kind: 'crisis',
    name: '988 Suicide & Crisis Lifeline',
    purpose:
      'Call or text to talk with a trained crisis counselor. It is for thoughts of suicide, or any mental health, drug or alcohol crisis.',
    call: { display: '988', dial: '988' },
    callNote: 'Press 1 for the Veterans Crisis Line. Press 2 for Spanish.',
    text: { number: '988' },
    chatUrl: 'https://988lifeline.org',
    hours: ALWAYS_OPEN,
    cost: 'Free',
    languages: ['English', 'Spanish'],
    url: 'https://988lifeline.org',
    ...helplineBackedBy({
      service: ['us988WhatToExpect', 'us988Purpose'],
      call: 'us988Call',
      callNote: 'us988WhatToExpect',
      text: 'us988Text',
      chat: 'us988Chat',
      hours: 'us988FreeAlways',
      cost: 'us988FreeAlways',
      languages: 'us988Spanish',
    }),
  },
  {
    id: 'us-samhsa',
    region: 'US',
    kind: 'referral',
    name: 'SAMHSA National Helpline',
    purpose: 'Free help to find treatment, support groups and local services. It gives information, and does not give counseling.',
    call: { display: '1-800-662-4357', dial: '+18006624357' },
    tty: { display: '1-800-487-4889', dial: '+18004874889' },
    hours: '24 hours a day, 365 days a year',
    cost: 'Free and confidential',
    languages: ['English', 'Spanish'],
    url: SOURCES.samhsaNationalHelpline.url,
    ...helplineBackedBy({
      service: 'samhsaNoCounseling',
      call: 'samhsaPhone',
      tty: 'samhsaPhone',
      hours: 'samhsaIntro',
      cost: 'samhsaIntro',
      languages: 'samhsaIntro',
    }),
  },
  {
    id: 'us-crisis-text-line',
    region: 'US',
    kind: 'crisis',
    name: 'Crisis Text Line',
    purpose: 'Text with a trained volunteer crisis counselor. It is not medical advice.',
    text: { number: '741741', keyword: 'HOME' },
    hours: ALWAYS_OPEN,
    cost: 'Free',
    languages: [],
    url: SOURCES.crisisTextLine.url,
    ...helplineBackedBy({
      service: ['ctlFreeAlways', 'ctlVolunteer'],
      text: ['ctlHome', 'ctlSpanish'],
      hours: 'ctlFreeAlways',
      cost: 'ctlFreeAlways',
    }),
  },
  {
    id: 'us-veterans-crisis-line',
    region: 'US',
    kind: 'crisis',
    name: 'Veterans Crisis Line',
    purpose: 'Crisis support for veterans, service members and their families. You do not need to be enrolled with VA.',
    call: { display: '988', dial: '988' },
    callNote: 'Then press 1.',
    text: { number: '838255' },
    hours: ALWAYS_OPEN,
    cost: 'Free',
    languages: [],
    url: SOURCES.veteransCrisisLine.url,
    ...helplineBackedBy({
      service: 'vclWho',
      call: 'vclReach',
      callNote: 'vclReach',
      text: 'vclReach',
      hours: 'vclAlways',
      cost: 'vclFree',
    }),
  },
  {
    id: 'us-poison-help',
    region: 'US',
    kind: 'poison',
    name: 'Poison Help',
    purpose:
      'Free advice from experts at your local poison center. Call if someone may have taken too much of a medicine, or the wrong one, even if you are not sure. Call 911 instead if the person has a seizure, has collapsed, cannot be woken or has trouble breathing.',
    call: { display: '1-800-222-1222', dial: '+18002221222' },
    hours: ALWAYS_OPEN,
    cost: 'Free and confidential',
    languages: ['English', 'Interpreters in 161 languages'],
    url: SOURCES.poisonHelpLine.url,
    ...helplineBackedBy({
      service: ['poisonMayHaveBeen', 'wyoPoisonWhen911'],
      call: 'poisonCall',
      hours: 'poisonHours',
      cost: 'poisonHours',
      languages: 'poisonInterpretation',
    }),
  },
  {
    id: 'us-nami-helpline',
    region: 'US',
    kind: 'peer',
    name: 'NAMI HelpLine',
    purpose: 'Peer support and information for people with mental health conditions and for their families. It is not a crisis line.',
    call: { display: '1-800-950-6264', dial: '+18009506264' },
    text: { number: '62640', keyword: 'HelpLine' },
    hours: 'Monday to Friday, 10 am to 10 pm Eastern Time',
    cost: 'Free',
    languages: [],
    url: SOURCES.namiHelp.url,
    ...helplineBackedBy({ service: 'namiNotCrisis', call: 'namiCall', text: 'namiText', hours: 'namiCall', cost: 'namiFree' }),
  },
  {
    id: 'ca-911',
    region: 'CA',
    kind: 'emergency',
    name: 'Emergency services (911)',
    purpose: EMERGENCY_PURPOSE,
    call: { display: '911', dial: '911' },
    languages: [],
    ...helplineBackedBy({ service: ['ca911', 'nhs24When999'], call: 'ca911' }),
  },
  {
    id: 'ca-988',
    region: 'CA',
    kind: 'crisis',
    name: '9-8-8 Suicide Crisis Helpline',
    purpose: 'Call or text to talk with a trained responder about thoughts of suicide. No one is turned away.',
    call: { display: '988', dial: '988' },
    text: { number: '988' },
    hours: ALWAYS_OPEN,
    cost: 'Free',
    languages: ['English', 'French'],
    url: 'https://988.ca',
    ...helplineBackedBy({
      service: 'ca988NoOneTurnedAway',
      call: 'ca988Launch',
      text: 'ca988Launch',
      hours: 'ca988Launch',
      languages: 'ca988Launch',
      cost: 'ca988TollFree',
    }),
  },
  {
    id: 'ca-kids-help-phone',
    region: 'CA',
    kind: 'crisis',
    name: 'Kids Help Phone',
    purpose: 'Support for young people, by phone or by text, at any hour.',
    call: { display: '1-800-668-6868', dial: '+18006686868' },
    text: { number: '686868', keyword: 'CONNECT' },
    hours: ALWAYS_OPEN,
    cost: 'Free',
    languages: ['English', 'French'],
    url: SOURCES.kidsHelpPhone.url,
    ...helplineBackedBy({
      service: 'khpService',
      call: 'khpCall',
      text: 'khpText',
      hours: 'khpService',
      languages: 'khpService',
      cost: 'khpFree',
    }),
  },
  {
    id: 'ca-hope-for-wellness',
    region: 'CA',
    kind: 'crisis',
    name: 'Hope for Wellness Help Line',
    purpose: 'For Indigenous peoples in Canada. Talk to someone, or get help in a crisis.',
    call: { display: '1-855-242-3310', dial: '+18552423310' },
    chatUrl: SOURCES.hopeForWellness.url,
    hours: ALWAYS_OPEN,
    cost: 'Free',
    languages: ['English', 'French', 'Cree, Ojibway and Inuktut on request'],
    url: SOURCES.hopeForWellness.url,
    ...helplineBackedBy({
      service: 'hfwService',
      call: 'hfwCall',
      chat: 'hfwChat',
      hours: 'hfwService',
      cost: 'hfwFree',
      languages: 'hfwLanguages',
    }),
  },
  {
    id: 'gb-999',
    region: 'GB',
    kind: 'emergency',
    name: 'Emergency services (999)',
    purpose: EMERGENCY_PURPOSE,
    call: { display: '999', dial: '999' },
    callNote: 'You can also call 112.',
    languages: [],
    ...helplineBackedBy({ service: 'gb999', call: 'gb999', callNote: 'gb999Also112' }),
  },
  {
    id: 'gb-nhs-111',
    region: 'GB',
    kind: 'urgent-care',
    name: 'NHS 111',
    purpose: 'Medical help that is urgent but not life-threatening, such as hard withdrawal symptoms.',
    callNote: 'In England, press 2 for mental health support in a crisis.',
    call: { display: '111', dial: '111' },
    hours: ALWAYS_OPEN,
    cost: 'Free',
    languages: ['Interpreters on request'],
    url: SOURCES.nhs111.url,
    area: 'England, Scotland and Wales; not in Northern Ireland',
    ...helplineBackedBy({
      service: 'nhs111Service',
      call: 'nhs111Call',
      hours: 'nhs111FreeAlways',
      cost: 'nhs111FreeAlways',
      languages: 'nhs111Interpreters',
      callNote: 'nhs111MentalHealth',
      area: 'nhs111NotNorthernIreland',
    }),
  },
  {
    id: 'gb-samaritans',
    region: 'GB',
    kind: 'crisis',
    name: 'Samaritans',
    purpose: 'A volunteer listens to you, whatever you are going through.',
    call: { display: '116 123', dial: '116123' },
    hours: ALWAYS_OPEN,
    cost: 'Free from any phone, even with no credit',
    languages: [],
    url: SOURCES.samaritansContact.url,
    ...helplineBackedBy({ service: 'samaritansAlways', call: 'samaritansFree', hours: 'samaritansAlways', cost: 'samaritansFree' }),
  },
  {
    id: 'gb-shout',
    region: 'GB',
    kind: 'crisis',
    name: 'Shout',
    purpose: 'Text a trained volunteer when you need to talk.',
    text: { number: '85258', keyword: 'SHOUT' },
    hours: ALWAYS_OPEN,
    cost: 'Free',
    languages: [],
    url: SOURCES.shoutFaq.url,
    ...helplineBackedBy({ service: 'shoutFreeAlways', text: 'shoutText', hours: 'shoutFreeAlways', cost: 'shoutFreeAlways' }),
  },
  {
    id: 'gb-frank',
    region: 'GB',
    kind: 'referral',
    name: 'FRANK',
    purpose: 'Honest information and advice about drugs, by phone, text or live chat.',
    call: { display: '0300 123 6600', dial: '03001236600' },
    tty: { display: '0300 123 1099', dial: '03001231099' },
    text: { number: '82111' },
    chatUrl: 'https://www.talktofrank.com/contact-frank',
    hours: 'by phone 24 hours a day, and by live chat from 2 pm to 6 pm every day',
    cost: 'Not free: it costs a normal national-rate call, which may show on your bill',
    languages: ['Interpreters in 120 languages'],
    url: SOURCES.frankContact.url,
    ...helplineBackedBy({
      service: 'frankCall',
      call: 'frankCall',
      tty: 'frankTextphone',
      text: 'frankCall',
      chat: 'frankHours',
      hours: 'frankHours',
      cost: 'frankCost',
      languages: 'frankInterpreters',
    }),
  },
  {
    id: 'gb-ni-lifeline',
    region: 'GB',
    kind: 'crisis',
    name: 'Lifeline (Northern Ireland)',
    purpose: 'Talk to someone when you are in crisis, anywhere in Northern Ireland.',
    call: { display: '0808 808 8000', dial: '08088088000' },
    hours: ALWAYS_OPEN,
    cost: 'Free',
    languages: [],
    url: SOURCES.niLifeline.url,
    area: 'Northern Ireland only',
    ...helplineBackedBy({
      service: 'niLifelineAbout',
      call: 'niLifelineCall',
      hours: 'niLifelineAbout',
      cost: 'niLifelineAbout',
      area: 'niLifelineAbout',
    }),
  },
  {
    id: 'ie-emergency',
    region: 'IE',
    kind: 'emergency',
    name: 'Emergency services (112 or 999)',
    purpose: EMERGENCY_PURPOSE,
    call: { display: '112', dial: '112' },
    callNote: 'You can also call 999.',
    cost: 'Free',
    languages: [],
    ...helplineBackedBy({
      service: ['ieEmergencyNumbers', 'nhs24When999'],
      call: 'ieEmergencyNumbers',
      callNote: 'ieEmergencyNumbers',
      cost: 'ieEmergencyNumbers',
    }),
  },
  {
    id: 'ie-samaritans',
    region: 'IE',
    kind: 'crisis',
    name: 'Samaritans',
    purpose: 'A volunteer listens to you, whatever you are going through.',
    call: { display: '116 123', dial: '116123' },
    hours: ALWAYS_OPEN,
    cost: 'Free',
    languages: [],
    url: SOURCES.samaritansIreland.url,
    ...helplineBackedBy({
      service: 'samaritansFree',
      call: 'samaritansFree',
      hours: 'samaritansIrelandAlways',
      cost: 'samaritansIrelandFree',
    }),
  },
  {
    id: 'ie-50808',
    region: 'IE',
    kind: 'crisis',
    name: '50808',
    purpose: 'Free crisis support by text, any time of day or night.',
    text: { number: '50808' },
    hours: ALWAYS_OPEN,
    cost: 'Free',
    languages: [],
    ...helplineBackedBy({ service: 'text50808', text: 'text50808', hours: 'text50808', cost: 'text50808' }),
  },
  {
    id: 'au-000',
    region: 'AU',
    kind: 'emergency',
    name: 'Emergency services (000)',
    purpose: EMERGENCY_PURPOSE,
    call: { display: '000', dial: '000' },
    cost: 'Free',
    languages: [],
    ...helplineBackedBy({ service: ['au000', 'nhs24When999'], call: 'au000', cost: 'au000' }),
  },
  {
    id: 'au-lifeline',
    region: 'AU',
    kind: 'crisis',
    name: 'Lifeline',
    purpose: 'Crisis support and suicide prevention, by phone, text or online chat.',
    call: { display: '13 11 14', dial: '131114' },
    text: { number: '0477131114', display: '0477 13 11 14' },
    hours: ALWAYS_OPEN,
    cost: 'Free from a mobile phone',
    languages: [],
    url: SOURCES.lifelineAustralia.url,
    ...helplineBackedBy({
      service: 'lifelineAuCall',
      call: 'lifelineAuCall',
      text: 'lifelineAuText',
      hours: 'lifelineAuCall',
      cost: 'lifelineAuMobile',
    }),
  },
  {
    id: 'au-aod-hotline',
    region: 'AU',
    kind: 'referral',
    name: 'National Alcohol and Other Drug Hotline',
    purpose: 'Free, confidential advice about alcohol and other drugs. Your call goes to the service in your state or territory.',
    call: { display: '1800 250 015', dial: '1800250015' },
    hours: '24 hours a day, 7 days a week (in South Australia, counsellors answer from 8:30am to 10pm)',
    cost: 'Free and confidential',
    languages: [],
    url: SOURCES.australiaDrugsTopic.url,
    ...helplineBackedBy({ service: 'aodHotlineFree', call: 'aodHotlineNumber', hours: 'aodHotlineHours', cost: 'aodHotlineFree' }),
  },
  {
    id: 'au-healthdirect',
    region: 'AU',
    kind: 'urgent-care',
    name: 'healthdirect',
    purpose: 'Health advice by phone when it is not an emergency, such as hard withdrawal symptoms. It is run by the government.',
    call: { display: '1800 022 222', dial: '1800022222' },
    cost: 'Free',
    languages: [],
    url: 'https://www.healthdirect.gov.au/',
    ...helplineBackedBy({ service: 'healthdirectCall', call: 'healthdirectCall', cost: 'healthdirectCall' }),
  },
  {
    id: 'au-poisons',
    region: 'AU',
    kind: 'poison',
    name: 'Poisons Information Centre',
    purpose: 'Advice if someone may have taken too much of a medicine, or mixed medicines.',
    call: { display: '13 11 26', dial: '131126' },
    hours: ALWAYS_OPEN,
    languages: [],
    url: SOURCES.poisonsInfoAustralia.url,
    ...helplineBackedBy({ service: 'poisonsAu', call: 'poisonsAu', hours: 'poisonsAu' }),
  },
  {
    id: 'nz-111',
    region: 'NZ',
    kind: 'emergency',
    name: 'Emergency services (111)',
    purpose: EMERGENCY_PURPOSE,
    call: { display: '111', dial: '111' },
    cost: 'Free',
    languages: [],
    ...helplineBackedBy({ service: ['nz111', 'nhs24When999'], call: 'nz111', cost: 'nz111Free' }),
  },
  {
    id: 'nz-1737',
    region: 'NZ',
    kind: 'crisis',
    name: '1737 Need to talk?',
    purpose: 'Call or text to talk with a trained counsellor.',
    call: { display: '1737', dial: '1737' },
    text: { number: '1737' },
    hours: 'any time, day or night',
    languages: [],
    ...helplineBackedBy({ service: 'nz1737', call: 'nz1737', text: 'nz1737', hours: 'nz1737' }),
  },
  {
    id: 'nz-alcohol-drug-helpline',
    region: 'NZ',
    kind: 'referral',
    name: 'Alcohol Drug Helpline',
    purpose: 'Help with alcohol and other drugs, by phone or by text.',
    call: { display: '0800 787 797', dial: '0800787797' },
    text: { number: '8681' },
    cost: 'Free and confidential',
    languages: [],
    ...helplineBackedBy({ service: 'nzAdh', call: 'nzAdh', text: 'nzAdh', cost: 'nzAdhFree' }),
  },
  {
    id: 'nz-healthline',
    region: 'NZ',
    kind: 'urgent-care',
    name: 'Healthline',
    purpose: 'Health advice by phone when it is not an emergency, such as hard withdrawal symptoms.',
    call: { display: '0800 611 116', dial: '0800611116' },
    languages: [],
    ...helplineBackedBy({ service: 'nzHealthline', call: 'nzHealthline' }),
  },
  {
    id: 'nz-poisons',
    region: 'NZ',
    kind: 'poison',
    name: 'National Poisons Centre',
    purpose:
      'Advice if someone may have taken too much of a medicine. If the person cannot be woken or has trouble breathing, call 111 first.',
    call: { display: '0800 764 766', dial: '0800764766' },
    hours: '24 hours a day, 7 days a week',
    cost: 'Free',
    languages: [],
    url: 'https://www.poisons.co.nz/',
    ...helplineBackedBy({ service: 'nzPoisonsNumber', call: 'nzPoisonsNumber', hours: 'nzPoisonsAlways', cost: 'nzPoisonsAlways' }),
  },
  {
    id: 'mx-911',
    region: 'MX',
    kind: 'emergency',
    name: 'Emergency services (911)',
    purpose: EMERGENCY_PURPOSE,
    call: { display: '911', dial: '911' },
    languages: [],
    ...helplineBackedBy({ service: ['mx911', 'nhs24When999'], call: 'mx911' }),
  },
  {
    id: 'es-112',
    region: 'ES',
    kind: 'emergency',
    name: 'Emergency services (112)',
    purpose: EMERGENCY_PURPOSE,
    call: { display: '112', dial: '112' },
    cost: 'Free',
    languages: [],
    ...helplineBackedBy({ service: ['eu112', 'nhs24When999'], call: 'eu112', cost: 'eu112' }),
  },
  {
    id: 'intl-find-a-helpline',
    region: 'INTL',
    kind: 'directory',
    name: 'Find A Helpline',
    purpose:
      'A free directory of crisis lines in many countries, each one checked against set standards. Choose your country to find a line you can call or text now.',
    cost: 'Free',
    languages: [],
    url: 'https://www.findahelpline.com',
    ...helplineBackedBy({ service: ['fahOperator', 'fahFreeVetted'], cost: 'fahFreeVetted' }),
  },
  {
    id: 'intl-befrienders',
    region: 'INTL',
    kind: 'directory',
    name: 'Befrienders Worldwide',
    purpose: 'A network of emotional support centres in 32 countries. Find a centre near you on their site.',
    languages: [],
    url: 'https://www.befrienders.org',
    ...helplineBackedBy({ service: 'befriendersCentres' }),
  },
  {
    id: 'other-emergency',
    region: 'OTHER',
    kind: 'emergency',
    name: 'Your local emergency number',
    purpose:
      'In an emergency, call your local emergency number. In any EU country, 112 works and is free. Your prescriber, pharmacist or local health service can tell you which helplines serve your area.',
    // Shown under the emergency heading, which has no number to offer.
    callNote: 'In any EU country, 112 works and is free.',
    languages: [],
    ...helplineBackedBy({ service: ['otherEmergency', 'eu112'], callNote: 'eu112' }),
  },
];

/** The directory that stands in for a crisis line where Steady knows none. */
const CRISIS_DIRECTORY_ID = 'intl-find-a-helpline';

/**
 * The line the in-page help card offers first: free and always open where possible, and made for substance
 * use or urgent medical questions. Canada has no national substance use line, so its crisis line comes first.
 */
const MAIN_HELPLINE_ID: Record<RegionCode, string> = {
  US: 'us-samhsa',
  CA: 'ca-988',
  GB: 'gb-nhs-111',
  IE: 'ie-samaritans',
  AU: 'au-aod-hotline',
  NZ: 'nz-alcohol-drug-helpline',
  // No crisis or drug line in Mexico or Spain has an official page on record yet: the directory finds one.
  MX: 'intl-find-a-helpline',
  ES: 'intl-find-a-helpline',
  OTHER: 'intl-find-a-helpline',
};

export function mainHelplineForRegion(region: RegionCode, lines: readonly Helpline[] = HELPLINES): Helpline {
  const line = lines.find((l) => l.id === MAIN_HELPLINE_ID[region]);
  if (!line) throw new Error(`No main helpline for region ${region}`);
  return line;
}

function ownCrisisLine(region: RegionCode, lines: readonly Helpline[]): Helpline | undefined {
  return lines.find((l) => l.region === region && l.kind === 'crisis' && l.call);
}

/**
 * The region's crisis route, never none: its own crisis line with a number (988 in the United States), or,
 * where Steady knows no such line (Mexico, Spain, another country), the international directory that finds one.
 */
export function crisisLineForRegion(region: RegionCode, lines: readonly Helpline[] = HELPLINES): Helpline {
  const line = ownCrisisLine(region, lines) ?? lines.find((l) => l.id === CRISIS_DIRECTORY_ID);
  if (!line) throw new Error(`No crisis route for region ${region}`);
  return line;
}

/**
 * A region's lines in the order given (pass the reader's language's lines: they may be ordered for it), with the
 * international directories after them where the region has no crisis line of its own.
 */
export function helplinesForRegion(region: RegionCode, lines: readonly Helpline[] = HELPLINES): Helpline[] {
  const own = lines.filter((line) => line.region === region);
  return ownCrisisLine(region, lines) ? own : [...own, ...lines.filter((line) => line.region === 'INTL')];
}

/** The region's emergency line: every region must have exactly one. */
export function emergencyLineForRegion(region: RegionCode, lines: readonly Helpline[] = HELPLINES): Helpline {
  const line = lines.find((l) => l.region === region && l.kind === 'emergency');
  if (!line) throw new Error(`No emergency line for region ${region}`);
  return line;
}

/** What every Steady page shows for a region: its emergency line, its other lines, and the crisis line among them. */
export function linesForRegion(
  region: RegionCode,
  lines: readonly Helpline[] = HELPLINES,
): { emergency: Helpline; helplines: Helpline[]; crisis: Helpline } {
  const helplines = helplinesForRegion(region, lines).filter((line) => line.kind !== 'emergency');
  return { emergency: emergencyLineForRegion(region, lines), helplines, crisis: crisisLineForRegion(region, lines) };
}

/**
 * What the copy shortcut copies: the emergency route, the crisis route, and the region's main line (once, where
 * it is the crisis line), so one key press always gives a person both routes to pass on.
 */
export function quickCopyLines(region: RegionCode, lines: readonly Helpline[] = HELPLINES): Helpline[] {
  const chosen = [emergencyLineForRegion(region, lines), crisisLineForRegion(region, lines), mainHelplineForRegion(region, lines)];
  return chosen.filter((line, index) => chosen.indexOf(line) === index);
}
