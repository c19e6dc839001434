/**
 * The words of the in-page help card in English: the card, its Copy button and what it copies. `en.ts` uses
 * them as they are, so each sentence is written once; the card's English script carries only these.
 */
export const cardEn = {
  common: {
    call: (number: string) => `Call ${number}`,
    text: (number: string) => `Text ${number}`,
    textKeyword: (keyword: string, number: string) => `Text ${keyword} to ${number}`,
    thinkingAboutSuicide: 'Thinking about suicide?',
    /** A link in a sentence ("Thinking about suicide? Find a crisis line in your country") to a crisis-line directory. */
    findCrisisLine: 'Find a crisis line in your country',
  },
  source: {
    pageIn: { en: '(in English)', es: '(in Spanish)' },
  },
  copy: {
    copy: 'Copy',
    copyWhat: (what: string) => `Copy ${what}`,
    copiedMark: 'Copied ✓',
    copiedWhat: (what: string) => `Copied ${what}.`,
    moreWays: 'More ways to copy',
    moreWaysFor: (what: string) => `More ways to copy ${what}`,
    refused: 'Your browser blocked copying. The details are selected below: press Ctrl+C (or ⌘C on a Mac) to copy them.',
    details: (name: string) => `${name} details`,
    adviceWhat: 'the emergency advice',
    choices: { short: 'Copy short', full: 'Copy full', message: 'Copy as a message' },
    formatNames: { short: 'short', full: 'full', message: 'as a message' },
  },
  /** Words inside copied text: what lands in someone's message, so it must read well on its own. */
  copyText: {
    call: (number: string) => `call ${number}`,
    text: (number: string) => `text ${number}`,
    textKeyword: (keyword: string, number: string) => `text ${keyword} to ${number}`,
    or: 'or',
    callRow: 'Call',
    ttyRow: 'TTY',
    chatRow: 'Chat',
    hoursRow: 'Hours',
    costRow: 'Cost',
    languagesRow: 'Languages',
    siteRow: 'Official site',
    messageOpening: (name: string, ways: string) => `Thinking of you. If you want to talk to someone, you can reach ${name}: ${ways}.`,
    messageNoWays: 'Thinking of you. If you need help now, call your local emergency number.',
    messageDirectory: (name: string, url: string) =>
      `Thinking of you. If you want to talk to someone, ${name} can help you find a free crisis line near you. Find one here: ${url}`,
    messageHours: (hours: string) => `It is open ${hours}.`,
    // English costs start "Free…" or "Not free…", so only the first letter changes.
    messageCost: (cost: string) => `It is ${cost.charAt(0).toLowerCase()}${cost.slice(1)}.`,
    messageMore: (url: string) => `More about it: ${url}`,
  },
  emergency: {
    helpBarEmergency: 'Emergency:',
    localNumber: 'Call your local emergency number',
  },
  card: {
    title: 'Thinking about stopping a benzo?',
    close: 'Close Steady’s help card',
    /** The one line the folded card says; `taper` follows it when the card is unfolded. */
    warning: 'Do not stop suddenly: it can cause seizures.',
    taper: 'Talk to your prescriber about a slow taper.',
    /** The crisis line's text button, short enough to sit beside its Call button. */
    textLine: (number: string) => `Text ${number}`,
    textKeyword: (keyword: string, number: string) => `Text ${keyword} to ${number}`,
    more: 'More',
    moreHelp: 'More help',
    notOnThisSite: 'Not on this site',
    snooze: 'Snooze for a day',
    announcement: 'Steady added a help card at the bottom right of the page.',
    refused:
      'Nothing was changed: this page was covering or hiding Steady’s card. To change where Steady helps, use its settings from Steady’s toolbar icon.',
    trustedSurface: 'Steady’s toolbar icon is marked on this tab too.',
    closed: 'Card closed on this page.',
    blocked: (site: string) => `Steady will not offer help on ${site} again.`,
    snoozed: 'Steady will not offer help on any site for a day.',
    whereToChange: 'To choose where Steady helps, use Steady’s settings (its toolbar icon, then Settings).',
    undo: 'Undo',
  },
};

/** The card's words, the same keys in every language. */
export type CardStrings = typeof cardEn;

/** The words inside copied helpline text, which every surface that copies has. */
export type CopiedTextStrings = Pick<CardStrings, 'common' | 'source' | 'copyText'>;
