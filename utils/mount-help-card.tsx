import { render } from 'preact';
import cardCss from '../assets/help-card.css?inline';
import { HelpCard } from '../components/HelpCard';
import { crisisLineForRegion, emergencyLineForRegion, mainHelplineForRegion } from './content/helplines';
import { helplinesIn } from './content/localized-helplines';
import { resolveLocale } from './i18n/locale';
import { uiStrings } from './i18n/ui-strings';
import { LocaleRoot } from '../components/LocaleRoot';
import { extensionAlive, pageScriptApi } from './detection/native-api';
import type { OpenMoreHelpMessage } from './messages';
import { CARD_HOST } from './page-script-keys';
import { blockThisSite, helpAllowedHere, loadPageSettings, snoozeHelpForADay, watchPageSettings, type PageSettings } from './page-storage';
import { deviceSignals, resolveRegion } from './resolve-region';
import { createScriptLifetime } from './script-lifetime';

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
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
  // Closed: page scripts can neither read what the card says nor change the numbers it shows.
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(shadow, doc);
  const mountPoint = doc.createElement('div');
  const announcer = doc.createElement('p');
  announcer.className = 'visually-hidden';
  announcer.setAttribute('role', 'status');
  shadow.append(mountPoint, announcer);
  doc.documentElement.append(host);
  registry[CARD_HOST] = host;

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

  const paint = (current: PageSettings) => render(<CardForSettings settings={current} onRemove={remove} />, mountPoint);
  paint(settings);
  // A live region speaks only when its text changes after it is in the page.
  const announcementLocale = resolveLocale(settings.language, navigator.languages);
  announcer.lang = announcementLocale;
  const announcement = uiStrings(announcementLocale).card.announcement;
  lifetime.setTimeout(() => (announcer.textContent = announcement), 500);
}

function CardForSettings({ settings, onRemove }: { settings: PageSettings; onRemove(): void }) {
  const { region } = resolveRegion(settings.region, deviceSignals());
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
        onNotOnThisSite={() => void blockThisSite().then(onRemove)}
        onSnooze={() => void snoozeHelpForADay().then(onRemove)}
        onMoreHelp={() => {
          const message: OpenMoreHelpMessage = { type: 'steady:open-more-help' };
          void pageScriptApi().runtime.sendMessage(message).catch(() => undefined);
        }}
      />
    </LocaleRoot>
  );
}
