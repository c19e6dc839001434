import { CONTENT_REVIEWED, SOURCES } from './sources';
import type { Helpline, RegionCode } from './types';

const ALWAYS_OPEN = '24 hours a day, 7 days a week';

/** Emergency number first; then crisis lines, referral, poison advice and peer support. */
export const HELPLINES: readonly Helpline[] = [
  {
    id: 'us-911',
    region: 'US',
    kind: 'emergency',
    name: 'Emergency services (911)',
    purpose: 'For a seizure, trouble breathing, someone who will not wake up, or any danger to life.',
    call: { display: '911', dial: '911' },
    hours: ALWAYS_OPEN,
    cost: 'Free',
    languages: [],
    source: SOURCES.poisonHelpHome,
    reviewed: CONTENT_REVIEWED,
    confidence: 'verified',
  },
  {
    id: 'us-988',
    region: 'US',
    kind: 'crisis',
    name: '988 Suicide & Crisis Lifeline',
    purpose: 'Call or text to talk with a trained crisis counselor. It is for thoughts of suicide, or any mental health, drug or alcohol crisis.',
    call: { display: '988', dial: '988' },
    callNote: 'Press 1 for the Veterans Crisis Line. Press 2 for Spanish.',
    text: { number: '988' },
    chatUrl: 'https://988lifeline.org',
    hours: ALWAYS_OPEN,
    cost: 'Free',
    languages: ['English', 'Spanish'],
    url: 'https://988lifeline.org',
    source: SOURCES.lifeline988WhatToExpect,
    reviewed: CONTENT_REVIEWED,
    confidence: 'verified',
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
    source: SOURCES.samhsaNationalHelpline,
    reviewed: CONTENT_REVIEWED,
    confidence: 'verified',
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
    languages: ['English'],
    url: SOURCES.crisisTextLine.url,
    source: SOURCES.crisisTextLine,
    reviewed: CONTENT_REVIEWED,
    // Only secondary copies of its details were checked: the UI asks people to check the official site.
    confidence: 'check-official',
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
    languages: ['English'],
    url: SOURCES.veteransCrisisLine.url,
    source: SOURCES.veteransCrisisLine,
    reviewed: CONTENT_REVIEWED,
    confidence: 'verified',
  },
  {
    id: 'us-poison-help',
    region: 'US',
    kind: 'poison',
    name: 'Poison Help',
    purpose: 'Get advice from experts at your local poison center. Call if someone took too much of a medicine by mistake. If someone has collapsed, had a seizure or has trouble breathing, call 911 instead.',
    call: { display: '1-800-222-1222', dial: '+18002221222' },
    hours: ALWAYS_OPEN,
    cost: 'Free and confidential',
    languages: ['English', 'Interpreters in 161 languages'],
    url: SOURCES.poisonHelpLine.url,
    source: SOURCES.poisonHelpLine,
    reviewed: CONTENT_REVIEWED,
    confidence: 'verified',
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
    languages: ['English'],
    url: SOURCES.namiHelp.url,
    source: SOURCES.namiHelp,
    reviewed: CONTENT_REVIEWED,
    confidence: 'verified',
  },
];

/** The line the in-page help card offers first: free, always open, and made for substance use questions. */
const MAIN_HELPLINE_ID: Record<RegionCode, string> = { US: 'us-samhsa' };

export function mainHelplineForRegion(region: RegionCode): Helpline {
  const line = HELPLINES.find((l) => l.id === MAIN_HELPLINE_ID[region]);
  if (!line) throw new Error(`No main helpline for region ${region}`);
  return line;
}

/** The region's crisis line with a phone number (988 in the United States). */
export function crisisLineForRegion(region: RegionCode): Helpline | undefined {
  return HELPLINES.find((l) => l.region === region && l.kind === 'crisis' && l.call);
}

export function helplinesForRegion(region: RegionCode): Helpline[] {
  return HELPLINES.filter((line) => line.region === region);
}

/** The region's emergency line: every region must have exactly one. */
export function emergencyLineForRegion(region: RegionCode): Helpline {
  const line = HELPLINES.find((l) => l.region === region && l.kind === 'emergency');
  if (!line) throw new Error(`No emergency line for region ${region}`);
  return line;
}
