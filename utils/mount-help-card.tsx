import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import cardCss from '../assets/help-card.css?inline';
import { HelpCard } from '../components/HelpCard';
import { crisisLineForRegion, mainHelplineForRegion } from './content/helplines';
import type { OpenMoreHelpMessage } from './messages';
import { resolveRegion } from './resolve-region';
import { createScriptLifetime } from './script-lifetime';
import { DEFAULT_SETTINGS, loadSettings, watchSettings, type Settings } from './settings';
import { blockSite, snoozeForADay, watchBlockedSites, watchSnoozedUntil } from './site-controls';

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

const ANNOUNCEMENT = 'Steady added a help card at the bottom right of the page.';

type CardRegistry = { __steadyCardHost?: HTMLElement };

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

/** Adds the help card to the page, once: one host element, a closed shadow root, isolated from page styles. */
export function mountHelpCard(doc: Document): void {
  const registry = globalThis as CardRegistry;
  if (registry.__steadyCardHost?.isConnected) return;

  const lifetime = createScriptLifetime('help-card', () => Boolean(browser.runtime?.id));
  const host = doc.createElement('div');
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
  // Closed: page scripts cannot read what the card says.
  const shadow = host.attachShadow({ mode: 'closed' });
  adoptStyles(shadow, doc);
  const mountPoint = doc.createElement('div');
  const announcer = doc.createElement('p');
  announcer.className = 'visually-hidden';
  announcer.setAttribute('role', 'status');
  shadow.append(mountPoint, announcer);
  doc.documentElement.append(host);
  registry.__steadyCardHost = host;

  const remove = () => lifetime.end();
  lifetime.onEnd(() => {
    render(null, mountPoint);
    host.remove();
    if (registry.__steadyCardHost === host) registry.__steadyCardHost = undefined;
  });
  // Settings changed anywhere take the card away when help is turned off, the site blocked or help snoozed.
  lifetime.onEnd(watchSettings((settings) => settings.contextualHelp !== 'card' && remove()));
  lifetime.onEnd(watchBlockedSites((sites) => sites.includes(location.hostname.toLowerCase()) && remove()));
  lifetime.onEnd(watchSnoozedUntil((until) => until > Date.now() && remove()));

  render(<CardWithSettings onRemove={remove} />, mountPoint);
  // A live region speaks only when its text changes after it is in the page.
  lifetime.setTimeout(() => (announcer.textContent = ANNOUNCEMENT), 500);
}

function CardWithSettings({ onRemove }: { onRemove(): void }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);
  const { region } = resolveRegion(settings.region, navigator.languages);
  return (
    <HelpCard
      main={mainHelplineForRegion(region)}
      crisis={crisisLineForRegion(region)}
      copyFormat={settings.copyFormat}
      onClose={onRemove}
      onNotOnThisSite={() => void blockSite(location.hostname).then(onRemove)}
      onSnooze={() => void snoozeForADay().then(onRemove)}
      onMoreHelp={() => {
        const message: OpenMoreHelpMessage = { type: 'steady:open-more-help' };
        void browser.runtime.sendMessage(message).catch(() => undefined);
      }}
    />
  );
}
