import cardCss from '@/page/help-card/help-card.css?inline';
import type { CardLines } from '@/help-content/types';
import { type CardWords, type Dismissal, dismissedNoticeView, helpCardView } from '@/page/help-card/card-view';
import { extensionAlive, pageScriptApi } from '@/page/runtime/page-script-api';
import { openMoreHelpMessage } from '@/shared/messages';
import { CARD_HOST } from '@/shared/page-script-keys';
import {
  allowThisSiteAgain,
  blockThisSite,
  endSnooze,
  helpAllowedHere,
  loadPageSettings,
  snoozeHelpForADay,
  watchPageSettings,
} from '@/page/runtime/page-settings';
import { createScriptLifetime } from '@/page/runtime/script-lifetime';
import { MIN_VISIBLE_MS, watchCardVisibility, type CardSize } from '@/page/help-card/card-visibility';

/**
 * The card's host size: one width, and a height for each thing it shows (folded, unfolded, the confirmation after
 * it was sent away), the same in every region and language. A page can read its host's size, and must not learn
 * the reader's country or language from it, nor that something was copied (#13). Folded, the card shows all it
 * holds without scrolling inside, so its height follows the text size (a page can tell which of the three is set):
 * at normal text it covers at most a third of an 800 px high window; at larger text, where the longest region and
 * language (Spanish, Australia) needs 370 px, at most 47% of it. Unfolded, the card scrolls inside when its text
 * needs more room.
 */
export const CARD_SIZE_PX = {
  width: 352,
  height: { normal: 264, large: 360, larger: 376 },
  unfoldedHeight: 480,
  noticeHeight: 136,
} as const;

/** How long the confirmation with Undo stays after the card is sent away (longer while pointed at or focused). */
export const UNDO_MS = 6_000;

// Inline !important beats any page rule, even `* { all: unset !important }`. Set through CSSOM, which a
// strict Content-Security-Policy allows, unlike a style attribute.
const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['right', '12px'],
  ['bottom', '12px'],
  ['z-index', '2147483647'],
  ['display', 'block'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['transform', 'none'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['width', `min(${CARD_SIZE_PX.width}px, calc(100vw - 24px))`],
];

function adoptStyles(shadow: ShadowRoot, doc: Document): void {
  try {
    // A constructed stylesheet still applies on pages whose CSP forbids inline styles.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cardCss);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = cardCss;
    shadow.append(style);
  }
}

/**
 * Everything the card says, in the one language its script was built for: the background picks the script for
 * the reader's language, so a page never receives the words of the others.
 */
export interface CardLanguage extends CardWords {
  /** The reader's region's lines, handed over by the background: a region changed while the card shows applies from the next card on. */
  lines: CardLines;
}

/** What the host shows: the card, or the confirmation with Undo after the card was sent away. */
type View = { kind: 'card' } | { kind: 'dismissed'; dismissal: Dismissal; notice: HTMLElement };

/**
 * Adds the help card to the page, once: one host element, a closed shadow root, isolated from page styles.
 * It reads the settings first, so a card that arrives after the user blocked the site or snoozed help, or after
 * the tab moved on to another page, never shows.
 */
export async function mountHelpCard(doc: Document, language: CardLanguage): Promise<void> {
  const registry = globalThis as unknown as Record<symbol, unknown>;
  const existing = registry[CARD_HOST];
  if (existing instanceof HTMLElement && existing.isConnected) return;
  const settings = await loadPageSettings();
  if (!helpAllowedHere(settings)) return;
  if (registry[CARD_HOST] instanceof HTMLElement && (registry[CARD_HOST] as HTMLElement).isConnected) return;

  const lifetime = createScriptLifetime('help-card', extensionAlive);
  let current = settings;
  let view: View = { kind: 'card' };
  let expanded = false;
  /** When the card was last unfolded: a double click on "More" must not land on what unfolds under the pointer. */
  let unfoldedAt = 0;

  const size = (): CardSize => ({
    width: CARD_SIZE_PX.width,
    height:
      view.kind === 'dismissed'
        ? CARD_SIZE_PX.noticeHeight
        : expanded
          ? CARD_SIZE_PX.unfoldedHeight
          : CARD_SIZE_PX.height[current.textSize],
  });
  const host = doc.createElement('div');
  const applyHostStyle = () => {
    for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
    host.style.setProperty('height', `min(${size().height}px, calc(100vh - 24px))`, 'important');
  };
  applyHostStyle();
  // Closed: page scripts can neither read what the card says nor change the numbers it shows.
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(shadow, doc);
  const mountPoint = doc.createElement('div');
  mountPoint.className = 'mount';
  const announcer = doc.createElement('p');
  announcer.className = 'visually-hidden';
  announcer.setAttribute('role', 'status');
  shadow.append(mountPoint, announcer);
  // In the browser's top layer, nothing the page draws can sit above the card, except its own top-layer elements,
  // which card-visibility.ts looks for.
  host.setAttribute('popover', 'manual');
  const putInFront = () => {
    if (host.parentNode !== doc.documentElement) doc.documentElement.append(host);
    applyHostStyle();
    try {
      if (!host.matches(':popover-open')) host.showPopover();
    } catch {
      // No popover support: the card still shows, fixed and above the page's own z-indexes.
    }
  };
  putInFront();
  registry[CARD_HOST] = host;
  const visibility = watchCardVisibility(host, size, doc);
  lifetime.onEnd(() => visibility.stop());

  const remove = () => lifetime.end();
  lifetime.onEnd(() => {
    host.remove();
    if (registry[CARD_HOST] === host) registry[CARD_HOST] = undefined;
  });

  const announce = (words: string) => {
    // A live region speaks only when its text changes: the same words twice in a row are cleared in between.
    announcer.textContent = '';
    lifetime.setTimeout(() => (announcer.textContent = words), 100);
  };

  // Sent away, the card leaves a confirmation with Undo for a few seconds, then goes. It waits while the pointer
  // is on it or the focus is in it, so nobody loses the Undo they are reaching for.
  let undoTimer: number | undefined;
  const waitThenGo = (ms: number) => {
    lifetime.clearTimeout(undoTimer);
    undoTimer = lifetime.setTimeout(() => {
      if (host.matches(':hover') || shadow.activeElement) waitThenGo(1_000);
      else remove();
    }, ms);
  };

  const show = (next: View, focus?: 'title' | 'undo') => {
    view = next;
    applyHostStyle();
    mountPoint.replaceChildren(view.kind === 'card' ? card.root : view.notice);
    if (focus === 'title') shadow.getElementById('steady-card-title')?.focus();
    if (focus === 'undo' && view.kind === 'dismissed') view.notice.querySelector('button')?.focus();
  };

  /** What each way of sending the card away changes, and how Undo puts it back, all through page-settings.ts. */
  const CHANGES: Record<Dismissal, { apply?: () => Promise<void>; undo?: () => Promise<void> }> = {
    closed: {},
    blocked: { apply: blockThisSite, undo: allowThisSiteAgain },
    snoozed: { apply: snoozeHelpForADay, undo: endSnooze },
  };

  const dismiss = (dismissal: Dismissal, byKeyboard: boolean) => {
    card.setRefused(false);
    const t = language.t.card;
    const what = dismissal === 'closed' ? t.closed : dismissal === 'blocked' ? t.blocked(siteName()) : t.snoozed;
    // The confirmation shows first, so the settings change it makes finds the card already stepping aside.
    const notice = dismissedNoticeView(language, what, (keyboard) => void undo(keyboard));
    show({ kind: 'dismissed', dismissal, notice }, byKeyboard ? 'undo' : undefined);
    announce(`${what} ${t.whereToChange}`);
    waitThenGo(UNDO_MS);
    CHANGES[dismissal].apply?.().catch(() => {
      // Storage refused: nothing changed, so the card comes back rather than claim otherwise.
      lifetime.clearTimeout(undoTimer);
      show({ kind: 'card' });
    });
  };

  const undo = async (byKeyboard: boolean) => {
    if (view.kind !== 'dismissed') return;
    const { dismissal } = view;
    lifetime.clearTimeout(undoTimer);
    try {
      await CHANGES[dismissal].undo?.();
    } catch {
      waitThenGo(UNDO_MS);
      return;
    }
    if (!lifetime.isActive()) return;
    announcer.textContent = '';
    show({ kind: 'card' }, byKeyboard ? 'title' : undefined);
  };

  // A click that switches Steady off counts only when the page cannot have hidden or covered the card (#13).
  const ifTrusted = (dismissal: Dismissal) => (byKeyboard: boolean) => {
    if (performance.now() - unfoldedAt < MIN_VISIBLE_MS) return;
    if (!visibility.isTrustworthy()) {
      putInFront();
      card.setRefused(true);
      return;
    }
    dismiss(dismissal, byKeyboard);
  };

  const card = helpCardView(language, language.lines, () => current.copyFormat, {
    onExpandedChange(next) {
      expanded = next;
      if (next) unfoldedAt = performance.now();
      applyHostStyle();
      card.setExpanded(expanded);
    },
    onClose: (byKeyboard) => dismiss('closed', byKeyboard),
    onNotOnThisSite: ifTrusted('blocked'),
    onSnooze: ifTrusted('snoozed'),
    onMoreHelp() {
      void pageScriptApi()
        .runtime.sendMessage(openMoreHelpMessage())
        .catch(() => undefined);
    },
  });

  // Settings changed anywhere take the card away when help is turned off, the site blocked or help snoozed.
  const shownInCardMode = settings.contextualHelp === 'card';
  lifetime.onEnd(
    watchPageSettings((next) => {
      current = next;
      if (shownInCardMode && next.contextualHelp !== 'card') return remove();
      // While the confirmation shows, the change it made is expected: its own timer ends it, or Undo.
      if (view.kind === 'card' && !helpAllowedHere(next)) return remove();
      // A new language or region shows from the next card on: this script carries its own language and lines only.
      // A new text size can change the folded height; a new copy format, the other formats offered.
      mountPoint.dataset.textSize = current.textSize;
      applyHostStyle();
      card.refresh();
    }),
  );

  mountPoint.dataset.textSize = current.textSize;
  show(view);
  // A live region speaks only when its text changes after it is in the page.
  announcer.lang = language.locale;
  const announcement = language.t.card.announcement;
  lifetime.setTimeout(() => (announcer.textContent = announcement), 500);
}

/** This page's site as "Not on this site" stores it. */
const siteName = () => location.hostname.toLowerCase();
