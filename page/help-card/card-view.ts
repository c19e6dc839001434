import type { CardLine, CardLines, TextLine } from '@/help-content/types';
import type { CardStrings } from '@/locales/card-en';
import type { Locale } from '@/locales/locale';
import { copyWhat } from '@/locales/copy-what';
import { type CopyFormat, otherFormatChoices } from '@/shared/copy-formats';
import { helplineText } from '@/shared/helpline-text';
import { pageLanguage } from '@/shared/page-language';
import { callHref, textHref, textNumber } from '@/shared/phone-links';
import { copyControl } from '@/page/help-card/copy-control';
import { el, place } from '@/page/help-card/dom';

/** Everything the card says, in the one language its script was built for. */
export interface CardWords {
  locale: Locale;
  t: CardStrings;
}

export interface CardHandlers {
  onExpandedChange(expanded: boolean): void;
  /** `byKeyboard`: the button was pressed with the keyboard, so the confirmation may take the focus. */
  onClose(byKeyboard: boolean): void;
  onNotOnThisSite(byKeyboard: boolean): void;
  onSnooze(byKeyboard: boolean): void;
  onMoreHelp(): void;
}

export interface CardView {
  root: HTMLElement;
  /** Folded, the card says the one thing that matters and offers the lines; unfolded, everything else. */
  setExpanded(expanded: boolean): void;
  /** A click on "Not on this site" or "Snooze" was refused because the page was hiding or covering the card. */
  setRefused(refused: boolean): void;
  /** The copy format changed. */
  refresh(): void;
}

/** A click from the keyboard (Enter or Space on a button) has no pointer behind it: `detail` is 0. */
const byKeyboard = (event: MouseEvent) => event.detail === 0;

const SVG = 'http://www.w3.org/2000/svg';

/** Steady's logo: a calm wave settling into a level line. Decorative, so hidden from screen readers. */
function steadyMark(): SVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  const rect = document.createElementNS(SVG, 'rect');
  const path = document.createElementNS(SVG, 'path');
  const set = (node: Element, attributes: Record<string, string>) => {
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  };
  set(svg, { class: 'steady-mark', width: '20', height: '20', viewBox: '0 0 128 128', 'aria-hidden': 'true', focusable: 'false' });
  set(rect, { width: '128', height: '128', rx: '28', fill: '#0b6e69' });
  set(path, {
    d: 'M20 70c10-22 18-22 26 0s16 22 24 4 12-12 18-6 10 6 20 6',
    fill: 'none',
    stroke: '#fff',
    'stroke-width': '11',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  });
  svg.append(rect, path);
  return svg;
}

/** Steady's mark and name at the top of everything it puts in a page, so nobody takes it for the website's. */
const brand = () => el('p', { class: 'brand', translate: 'no' }, steadyMark(), el('span', {}, 'Steady'));

/** A button to an official page, saying so when the page is not in the reader's language ("(en inglés)"). */
function officialButton(href: string, label: string, { t, locale }: CardWords): HTMLElement {
  const language = pageLanguage(href);
  // One text run, so the button's flex layout keeps the mark in the sentence; said in the reader's language.
  const mark = language !== locale && el('span', { lang: locale }, ' ', t.source.pageIn[language]);
  return el('a', { href, class: 'button', hreflang: language, target: '_blank', rel: 'noopener noreferrer' }, el('span', {}, label, mark));
}

const callButton = (line: CardLine, t: CardStrings) =>
  line.call && el('a', { class: 'button', href: callHref(line.call) }, t.common.call(line.call.display));

/** A text line as a button: "Text HOME to 741741", or "Text 988". */
const textButton = (text: TextLine, t: CardStrings) =>
  el(
    'a',
    { class: 'button button-secondary', href: textHref(text) },
    text.keyword ? t.card.textKeyword(text.keyword, textNumber(text)) : t.card.textLine(textNumber(text)),
  );

/** The crisis line as buttons: call, and text where it takes texts; a directory where Steady knows no line. */
function crisisButtons(line: CardLine, words: CardWords): (HTMLElement | undefined | false)[] {
  if (line.kind === 'directory' && line.url) return [officialButton(line.url, words.t.common.findCrisisLine, words)];
  return [callButton(line, words.t), line.text && textButton(line.text, words.t)];
}

/** The small in-page card: the one thing that matters, the main helpline and the crisis line, and the rest behind "More". */
export function helpCardView(
  words: CardWords,
  { main, crisis, emergency }: CardLines,
  copyFormat: () => CopyFormat,
  on: CardHandlers,
): CardView {
  const { t, locale } = words;
  let expanded = false;

  const copy = copyControl(
    t.copy,
    copyWhat(main, t.copy),
    () => helplineText(main, copyFormat(), locale, t),
    () => otherFormatChoices(copyFormat(), (format) => helplineText(main, format, locale, t), t.copy),
  );
  const mainRow = el(
    'div',
    { class: 'row' },
    callButton(main, t),
    // Where the main line is the crisis line (9-8-8 in Canada), its text route is offered here too.
    crisis.id === main.id && main.text && textButton(main.text, t),
    // A directory is a place to go: open it as well as copy it.
    main.kind === 'directory' && main.url && officialButton(main.url, t.common.findCrisisLine, words),
    copy.root,
  );
  const mainLine = el('div', { class: 'line' }, el('p', { class: 'line-name' }, main.name), mainRow);
  // Folded, the card keeps room for the emergency number in every region: where the line works waits behind
  // "More". A line without a number ("another country") is advice: its button says what to do, and unfolded,
  // the card says the rest, so the emergency number stays in view on the folded card.
  const notes = [main.area, !main.call && !main.text && main.purpose]
    .filter((note): note is string => Boolean(note))
    .map((note) => el('p', { class: 'line-note' }, note));

  const moreButton = el(
    'button',
    {
      type: 'button',
      class: 'button button-secondary more',
      'aria-expanded': 'false',
      'aria-controls': 'steady-card-more',
      onclick: () => on.onExpandedChange(!expanded),
    },
    t.card.more,
  );
  const refusedNote = el('p', { class: 'card-note', role: 'status' });
  const moreSection = el(
    'div',
    { id: 'steady-card-more', class: 'more-section' },
    el('p', {}, t.card.taper),
    el(
      'div',
      { class: 'row' },
      el('button', { type: 'button', class: 'button button-secondary', onclick: () => on.onMoreHelp() }, t.card.moreHelp),
    ),
    el(
      'div',
      { class: 'controls' },
      el(
        'button',
        { type: 'button', class: 'button button-quiet', onclick: (event) => on.onNotOnThisSite(byKeyboard(event)) },
        t.card.notOnThisSite,
      ),
      el('button', { type: 'button', class: 'button button-quiet', onclick: (event) => on.onSnooze(byKeyboard(event)) }, t.card.snooze),
    ),
    refusedNote,
    // A page can draw a look-alike card; it cannot put a mark on Steady's own icon.
    el('p', { class: 'card-note' }, t.card.trustedSurface),
  );

  const root = el(
    'section',
    { class: 'card', lang: locale, 'aria-labelledby': 'steady-card-title' },
    el(
      'div',
      { class: 'top' },
      brand(),
      el('button', { type: 'button', class: 'close', 'aria-label': t.card.close, onclick: (event) => on.onClose(byKeyboard(event)) }, '×'),
    ),
    el('h2', { id: 'steady-card-title', tabindex: '-1' }, t.card.title),
    el('p', { class: 'warning' }, t.card.warning),
    mainLine,
    // Where the main line is already the crisis route (a directory), it is not offered twice.
    crisis.id !== main.id &&
      el(
        'div',
        { class: 'line' },
        el('p', { class: 'line-name' }, t.common.thinkingAboutSuicide),
        el('div', { class: 'row' }, ...crisisButtons(crisis, words)),
      ),
    el(
      'div',
      { class: 'row row-end' },
      moreButton,
      el(
        'p',
        { class: 'emergency' },
        el('strong', {}, t.emergency.helpBarEmergency),
        ' ',
        emergency.call ? callButton(emergency, t) : t.emergency.localNumber,
      ),
    ),
  );

  return {
    root,
    setExpanded(next) {
      expanded = next;
      moreButton.setAttribute('aria-expanded', String(expanded));
      for (const note of notes) place(mainLine, note, expanded, mainRow);
      copy.setExpanded(expanded);
      place(root, moreSection, expanded);
    },
    setRefused(refused) {
      refusedNote.textContent = refused ? t.card.refused : '';
    },
    refresh: () => copy.refresh(),
  };
}

/** How the card was sent away: closed on this page, not on this site, or snoozed for a day. */
export type Dismissal = 'closed' | 'blocked' | 'snoozed';

/** What is left of the card for a few seconds after it is sent away: what happened, Undo, and where to change it. */
export function dismissedNoticeView({ t, locale }: CardWords, what: string, onUndo: (byKeyboard: boolean) => void): HTMLElement {
  return el(
    'section',
    { class: 'card notice', lang: locale, 'aria-labelledby': 'steady-notice-what' },
    brand(),
    el(
      'div',
      { class: 'row notice-row' },
      el('p', { id: 'steady-notice-what', class: 'notice-what' }, what),
      el('button', { type: 'button', class: 'button', onclick: (event) => onUndo(byKeyboard(event)) }, t.card.undo),
    ),
    el('p', { class: 'card-note' }, t.card.whereToChange),
  );
}
