import { render } from 'preact';
import cardCss from '@/page/help-card/help-card.css?inline';
import { HelpCard } from '@/components/help-card/HelpCard';
import { crisisLineForRegion, emergencyLineForRegion, mainHelplineForRegion } from '@/help-content/helplines';
import { helplinesIn } from '@/shared/localized-helplines';
import { resolveLocale } from '@/locales/locale';
import { uiStrings } from '@/locales/ui-strings';
import { LocaleRoot } from '@/components/common/LocaleRoot';
import { extensionAlive, pageScriptApi } from '@/page/runtime/page-script-api';
import { openMoreHelpMessage } from '@/shared/messages';
import { CARD_HOST } from '@/shared/page-script-keys';
import {
  blockThisSite,
  helpAllowedHere,
  loadPageSettings,
  snoozeHelpForADay,
  watchPageSettings,
  type PageSettings,
} from '@/page/runtime/page-settings';
import { deviceSignals, resolveRegion } from '@/shared/resolve-region';
import { createScriptLifetime } from '@/page/runtime/script-lifetime';
import { watchCardVisibility, type CardVisibility } from '@/page/help-card/card-visibility';
import { useState } from 'preact/hooks';

/** The card's host size in every region, language and state. */
export const CARD_SIZE_PX = { width: 340, height: 480 } as const;

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
  // One size whatever the card says: a page can read its host's size, and must not learn the reader's country or
  // language from it, nor that something was copied (#13). The card scrolls inside.
  ['width', `min(${CARD_SIZE_PX.width}px, calc(100vw - 24px))`],
  ['height', `min(${CARD_SIZE_PX.height}px, calc(100vh - 24px))`],
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
 * Adds the help card to the page, once: one host element, a closed shadow root, isolated from page styles.
 * It reads the settings first, so a card that arrives after the user blocked the site or snoozed help, or after
 * the tab moved on to another page, never shows.
 */
export async function mountHelpCard(doc: Document): Promise<void> {
  const registry = globalThis as unknown as Record<symbol, unknown>;
  const existing = registry[CARD_HOST];
  if (existing instanceof HTMLElement && existing.isConnected) return;
  const settings = await loadPageSettings();
  if (!helpAllowedHere(settings)) return;
  if (registry[CARD_HOST] instanceof HTMLElement && (registry[CARD_HOST] as HTMLElement).isConnected) return;

  const lifetime = createScriptLifetime('help-card', extensionAlive);
  const host = doc.createElement('div');
  const applyHostStyle = () => {
    for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
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
  const visibility = watchCardVisibility(host, CARD_SIZE_PX, doc);
  lifetime.onEnd(() => visibility.stop());

  const remove = () => lifetime.end();
  lifetime.onEnd(() => {
    render(null, mountPoint);
    host.remove();
    if (registry[CARD_HOST] === host) registry[CARD_HOST] = undefined;
  });
  // Settings changed anywhere take the card away when help is turned off, the site blocked or help snoozed.
  const shownInCardMode = settings.contextualHelp === 'card';
  lifetime.onEnd(
    watchPageSettings((next) => {
      if ((shownInCardMode && next.contextualHelp !== 'card') || !helpAllowedHere(next)) remove();
      else paint(next);
    }),
  );

  const guard: ActionGuard = { visibility, restore: putInFront };
  const paint = (current: PageSettings) => render(<CardForSettings settings={current} onRemove={remove} guard={guard} />, mountPoint);
  paint(settings);
  // A live region speaks only when its text changes after it is in the page.
  const announcementLocale = resolveLocale(settings.language, navigator.languages);
  announcer.lang = announcementLocale;
  const announcement = uiStrings(announcementLocale).card.announcement;
  lifetime.setTimeout(() => (announcer.textContent = announcement), 500);
}

/** What a setting-changing click on the card must pass: the card really visible, else put back in front. */
interface ActionGuard {
  visibility: CardVisibility;
  restore(): void;
}

function CardForSettings({ settings, onRemove, guard }: { settings: PageSettings; onRemove(): void; guard: ActionGuard }) {
  const [refused, setRefused] = useState(false);
  // A click that switches Steady off counts only when the page cannot have hidden or covered the card (#13).
  const ifTrusted = (action: () => Promise<void>) => () => {
    if (!guard.visibility.isTrustworthy()) {
      guard.restore();
      setRefused(true);
      return;
    }
    void action().then(onRemove);
  };
  const { region } = resolveRegion(settings.region, deviceSignals(navigator.languages));
  const locale = resolveLocale(settings.language, navigator.languages);
  const lines = helplinesIn(locale);
  return (
    <LocaleRoot locale={locale}>
      <HelpCard
        main={mainHelplineForRegion(region, lines)}
        crisis={crisisLineForRegion(region, lines)}
        emergency={emergencyLineForRegion(region, lines)}
        copyFormat={settings.copyFormat}
        onClose={onRemove}
        onNotOnThisSite={ifTrusted(blockThisSite)}
        onSnooze={ifTrusted(snoozeHelpForADay)}
        refusedNotice={refused}
        onMoreHelp={() => {
          void pageScriptApi()
            .runtime.sendMessage(openMoreHelpMessage())
            .catch(() => undefined);
        }}
      />
    </LocaleRoot>
  );
}
