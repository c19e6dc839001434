/**
 * Every word of Steady's interface in English: the popup's (`popup-en.ts`) and every other page's. `es.ts` must
 * have the same keys (the type says so, and a unit test walks both). Help content itself lives in `help-content/`,
 * with its Spanish in `help-content/es/`.
 */
import { cardEn } from '@/locales/card-en';
import { popupEn } from '@/locales/popup-en';
import type { ResourceOperator } from '@/help-content/types';

const operators: Record<ResourceOperator, string> = {
  government: 'Government',
  nonprofit: 'Nonprofit',
  commercial: 'Commercial',
  unconfirmed: 'Operator not confirmed',
};

export const en = {
  ...popupEn,
  operators,
  card: cardEn.card,
  panel: {
    tagline: 'Reading and recovery help',
    documentTitle: 'Steady: guides and recovery resources',
    sections: 'Side panel sections',
    guides: 'Guides',
    guidesNav: 'Guides on this page',
    findSupport: 'Find support',
    helplines: 'Helplines',
    prescriber: 'Prescriber visit',
    linkComingOff: 'Coming off safely',
    linkWithdrawal: 'What withdrawal can feel like',
    linkYourSituation: 'If this is you: pregnancy, age 65+, epilepsy, other drugs',
    linkCoping: 'Coping day to day',
    linkHelping: 'Helping someone you care about',
    getHelpNow: 'Get help now',
    copingTitle: 'Coping day to day',
    copingLead: 'These help alongside a slow taper planned with your prescriber. They do not replace it.',
    helpingTitle: 'Helping someone you care about',
  },
  resources: {
    title: 'Find support',
    lead: 'Aftercare and recovery help. Services near you come first, then online ones. Anything commercial is labeled and listed last.',
    filters: 'Filter resources',
    kind: 'Kind of help',
    allKinds: 'All kinds',
    where: 'Where',
    everywhere: 'Everywhere',
    regionAndOnline: (region: string) => `${region} and online`,
    online: 'Online, anywhere',
    search: 'Search',
    searchPlaceholder: 'for example: family',
    count: (n: number) => (n === 1 ? 'Showing 1 resource.' : `Showing ${n} resources.`),
    none: 'Nothing matches.',
    // Side panel, empty results: each piece of advice shows only when that choice is not already made.
    tryFewerWords: 'Try fewer words, or other ones, such as “benzo” or “family”.',
    tryAllKinds: 'Choose “All kinds” to see every kind of help.',
    tryEverywhere: 'Choose “Everywhere” to see other countries too.',
    keepInMind: 'Keep in mind:',
    cost: 'Cost',
  },
  checklist: {
    title: 'Talk to your prescriber',
    lead: 'A checklist for your next visit. Tick what you want to cover, and add your own questions. Your ticks and notes stay on this device only.',
    groups: { ask: 'Questions to ask', bring: 'Things to bring' },
    what: 'checklist',
    print: 'Print',
    sources: 'Sources for this checklist',
    // Side panel, the reader's own questions and notes.
    notes: 'Your own questions and notes',
    notesHint: (max: number) =>
      `Anything else you want to ask or tell your prescriber. Included when you copy or print. Up to ${max.toLocaleString('en')} characters.`,
  },
  options: {
    title: 'Steady settings',
    snoozedUntil: (time: string) => `Help on web pages is snoozed until ${time}.`,
    endSnooze: 'Turn back on now',
    snoozeEnded: 'Help on web pages is back on.',
    tagline: 'Saved on this device only',
    country: 'Your country',
    countryUnsure:
      'Steady is not sure of your country from your browser’s language and time zone, or has no helplines for it yet. Choose your country, or “Another country” for advice and directories that work anywhere.',
    language: 'Language',
    languageHint:
      'Steady’s pages, help card and copied text use this language. The browser’s menus and the extension’s name follow the browser.',
    copyFormat: 'When you copy a helpline',
    copyExample: (example: string) => `Short looks like: “${example}”.`,
    colors: 'Colors',
    textSize: 'Text size',
    themes: { system: 'Same as my device', light: 'Light', dark: 'Dark' },
    textSizes: { normal: 'Normal', large: 'Large', larger: 'Larger' },
    eraseTitle: 'Erase everything',
    eraseIntro: 'This removes from this device:',
    eraseItems: [
      'your settings: language, country, copy format, colors, text size and help on web pages',
      'your taper diary and its reminder',
      'your prescriber checklist ticks and notes',
      'the sites where help is never shown',
      'a “Snooze for a day” you chose on the help card',
    ],
    eraseElsewhere: 'Steady keeps nothing anywhere else.',
    /** Names the confirmation, and is read out when focus moves into it. */
    eraseQuestion: 'Erase all of this from this device? This cannot be undone.',
    eraseConfirm: 'Yes, erase everything',
    cancel: 'Cancel',
    eraseStart: 'Erase everything…',
    erased: 'Everything Steady stored on this device has been erased.',
  },
  contextual: {
    modes: {
      off: 'Off',
      badge: 'Badge only: a mark on Steady’s icon, nothing added to the page',
      card: 'Card: a small help card at the corner of the page',
    },
    sensitivities: { stopping: 'Pages about stopping or withdrawal', any: 'Any page about benzodiazepines' },
    explanation:
      'To notice these pages, Steady reads the text of each page you open, inside that tab. The text is never sent anywhere and never stored. Your browser will ask you to allow Steady to “read and change data on all websites”. Reading a page changes a little how it runs, so a determined website might tell that Steady is on, even with badge only. With the card, a website can also see the card, so a site could put words about benzos on its page to find out whether you use Steady. Badge only adds nothing to any page: it is the most private choice.',
    legend: 'Help on web pages',
    hint: 'Steady can notice when a page or a search is about stopping a benzo, and offer help there.',
    refused: 'Help on web pages is still off: access to pages was not allowed.',
    /** While the browser's own question about access to pages is open. */
    waiting: 'Waiting for your answer…',
    offerOn: 'Offer help on',
    blockedTitle: 'Sites where help is never shown',
    blockedNone: 'None yet. Choose “Not on this site” on the help card to add one.',
    remove: 'Remove',
    removeSite: (site: string) => `Remove ${site}`,
    removed: (site: string) => `${site} removed.`,
  },
  welcome: {
    title: 'Welcome to Steady',
    tagline: 'Quick, safe, private help for coming off benzos',
    inDanger: 'In danger right now?',
    whatTitle: 'What Steady does',
    what1: 'Click Steady’s icon for emergency signs, helplines you can call, text or copy, and ways to cope.',
    what2: 'Open the side panel for guides, recovery resources and a checklist for your prescriber.',
    what3: 'Steady never gives doses or schedules. Your prescriber plans any change with you.',
    privacyTitle: 'Your privacy',
    privacy: 'Steady sends nothing anywhere. It has no accounts, no tracking and no ads. Your settings stay on this device.',
    contextualTitle: 'Help on web pages (optional)',
    contextualText: 'Steady can notice when a page or a search is about stopping a benzo, and offer a small help card there.',
    helpIsOn: 'Help on web pages is on.',
    turnOn: 'Turn on help on web pages',
    turnedOn: 'Help on web pages is on. You can change it or turn it off in Settings.',
    stillOff: 'Help on web pages is still off. Steady works fully without it.',
    pinTitle: 'Pin Steady to your toolbar',
    pinWhy: 'Then Steady’s button is always in view, one click away when you need help fast.',
    pinChrome: [
      'Click the Extensions button at the top right of the browser. It looks like a puzzle piece.',
      'Find Steady in the list and click the pin beside it.',
      'Steady’s button now stays in the toolbar. Click it any time.',
    ],
    pinFirefox: [
      'Firefox usually shows Steady’s button in the toolbar already.',
      'If you do not see it, look in the » menu at the right end of the toolbar, or click the Extensions button there, which looks like a puzzle piece.',
      'Then click the gear beside Steady and choose “Pin to Toolbar”.',
    ],
    closeAnyTime: 'You can close this tab at any time. Everything else works without any more setup.',
    done: 'Done',
  },
  badge: {
    defaultTitle: 'Steady: help for coming off benzos',
    matchTitle: 'Steady: help for what this page is about is one click away',
  },
  background: {
    menuRoot: 'Copy helpline info',
    menuAll: 'Copy all helplines',
    copiedAll: 'Copied all helplines.',
    copiedShortcut: 'Copied emergency help and the main helplines.',
    copiedLine: (name: string) => `Copied the ${name} details.`,
    copiedAdvice: 'Copied the emergency advice.',
    copyFailed: 'Could not copy. Open Steady from the toolbar to copy by hand.',
  },
};

export type UiStrings = typeof en;
