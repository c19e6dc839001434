/**
 * The words of Steady's toolbar popup in English, which every other page shares too. The popup's first paint
 * carries only these, not the side panel's, settings' or welcome page's (issue 16); `en.ts` adds those.
 */
import { cardEn } from '@/locales/card-en';
import type { HelplineKind } from '@/help-content/types';
import type { RegionCode } from '@/help-content/regions';

const regions: Record<RegionCode, string> = {
  US: 'United States',
  CA: 'Canada',
  GB: 'United Kingdom',
  IE: 'Ireland',
  AU: 'Australia',
  NZ: 'New Zealand',
  MX: 'Mexico',
  ES: 'Spain',
  OTHER: 'Another country',
};

const helplineKinds: Record<HelplineKind, string> = {
  emergency: 'Emergency',
  crisis: 'Crisis support',
  referral: 'Information and referral',
  'urgent-care': 'Urgent medical advice',
  peer: 'Peer support',
  poison: 'Poison advice',
  directory: 'Directory',
};

export const popupEn = {
  regions,
  helplineKinds,
  common: {
    ...cardEn.common,
    notMedicalAdvice: 'Steady is not medical advice. Talk to your prescriber or pharmacist before you change any medicine.',
    offline: 'Steady works offline. It sends nothing anywhere.',
    /** Inside a sentence ("Thinking about suicide? Call 988 or text 988"), where a button says "Call 988". */
    callInSentence: (number: string) => `Call ${number}`,
    or: 'or',
    anyTime: 'any time, day or night',
    autoRegion: 'Automatic, from your browser’s language',
    autoLanguage: 'Same as my browser',
    /** Shown on the language switch of the other language's screen, so it is written for a reader of this one. */
    switchLanguageHint: 'Show Steady in English',
    countryLabel: 'Country',
    saved: 'Saved.',
    regionsCovered:
      'Steady has helplines for the United States, Canada, the United Kingdom, Ireland, Australia and New Zealand, and emergency numbers for Mexico and Spain. Anywhere else, choose “Another country”.',
  },
  source: {
    ...cardEn.source,
    source: 'Source:',
    sources: 'Sources:',
    reviewed: 'Reviewed',
    checkOfficial: 'Check the official site before you rely on this.',
    pagesIn: { en: '(pages in English)', es: '(pages in Spanish)' },
    forSection: 'Sources for this section',
    usedFor: 'For:',
    allPagesIn: { en: 'The pages below are in English.', es: 'The pages below are in Spanish.' },
  },
  copy: {
    ...cardEn.copy,
    formats: { short: 'Short: one line', full: 'Full: every detail', message: 'A message to someone' },
    allHint: 'Copy the emergency number and every line below in one go.',
    allWhat: 'all helplines',
    allButton: 'Copy all',
  },
  copyText: {
    ...cardEn.copyText,
    heading: (region: string) => `Helplines (${region})`,
  },
  helpline: {
    whenYouCall: 'When you call',
    tty: 'TTY',
    chat: 'Chat',
    hours: 'Hours',
    cost: 'Cost',
    where: 'Where',
    languages: 'Languages',
    officialSite: 'Official site',
    callButton: 'Call',
    textButton: 'Text',
    details: 'Details',
  },
  emergency: {
    ...cardEn.emergency,
    heading: (number: string) => `Emergency? Call ${number}`,
    headingNoNumber: 'Emergency? Call your local emergency number',
    callNowIf: (number: string) => `Call ${number} now if someone:`,
    callNowIfNoNumber: 'Call your local emergency number now if someone:',
    sources: 'Sources for these signs',
    helpBar: 'Urgent help',
    anyTime: 'Any time.',
    textButton: (number: string) => `Text ${number}`,
    textButtonKeyword: (number: string, keyword: string) => `Text ${number} (write ${keyword})`,
    whenToCall: (number: string) => `When to call ${number}`,
    whenToCallNoNumber: 'When to call for emergency help',
  },
  popup: {
    tagline: 'Help for coming off benzos safely',
    documentTitle: 'Steady: help for coming off benzos',
    regionUnsure: 'Steady is not sure which country you are in. Choose yours so the numbers are right.',
    topics: 'Help topics',
    helplines: 'Helplines',
    staySafe: 'Stay safe',
    cope: 'Cope',
    copeLead: 'These can help alongside a slow taper planned with your prescriber. They do not replace it.',
    helpSomeone: 'Help someone',
    moreFromSteady: 'More from Steady',
    checkIn: 'Today’s check-in',
    openPanel: 'Guides and recovery resources',
    settings: 'Settings',
    skipToMore: 'Skip to your check-in, guides and settings',
  },
  symptoms: {
    heading: 'Common withdrawal symptoms',
    tellPrescriber: 'If symptoms are hard to bear, tell your prescriber. A taper can be slowed or paused.',
    suicidalThoughts: 'Thoughts of suicide? Call or text a crisis line at any time, and tell your prescriber the same day.',
  },
  shortcuts: {
    heading: 'Keyboard shortcuts',
    notSet: 'not set',
    change: 'Change shortcuts',
    openSteady: 'Open Steady',
    copyMain: 'Copy emergency help and the main helplines',
  },
  pageCheck: {
    heading: 'Check this page',
    button: 'Check this page',
    checking: 'Checking…',
    stopping: 'This page is about stopping or coming off a benzo. The help above is for you.',
    benzos: 'This page is about benzos, but not about stopping them.',
    neither: 'This page does not look like it is about benzos.',
    unavailable: 'Steady cannot check this page. Browser pages and extension stores are off limits.',
    showCard: 'Show the help card on this page',
  },
};

/** The popup's words, the same keys in every language. */
export type PopupStrings = typeof popupEn;
