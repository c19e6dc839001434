import { useEffect, useRef, useState } from 'preact/hooks';
import { saveSetting } from '@/browser-api/settings';
import { chooseContextualHelp } from '@/browser-api/contextual-help';
import { removePageAccess } from '@/browser-api/page-access';
import type { Settings } from '@/shared/settings-schema';
import { loadBlockedSites, unblockSite, watchBlockedSites } from '@/browser-api/site-rules-storage';
import type { UiStrings } from '@/locales/ui-strings';
import { usePageI18n } from '@/ui/use-i18n';
import { SaveStatus } from '@/components/common/SaveStatus';

const MODES: readonly Settings['contextualHelp'][] = ['off', 'badge', 'card'];
const SENSITIVITIES: readonly Settings['sensitivity'][] = ['stopping', 'any'];

/** How long the browser's question may take to answer itself (access already granted) before Steady says it is waiting. */
export const WAITING_DELAY_MS = 100;

/** What turning contextual help on means, in plain words; shown wherever it can be turned on. */
export function PageAccessExplanation() {
  const { t } = usePageI18n();
  return (
    <p class="hint" id="page-access-explanation">
      {t.contextual.explanation}
    </p>
  );
}

/** The places in this section where a status line shows, each beside its own controls. */
export type ContextualStatusSpot = 'contextualHelp' | 'sensitivity' | 'blockedSites';

interface ContextualHelpSettingsProps {
  settings: Settings;
  /** What the status line at `spot` says now ('' for nothing). */
  statusAt(spot: ContextualStatusSpot): string;
  /** Says something at `spot`, in whatever language is on screen when it shows; null clears it. */
  onStatus(spot: ContextualStatusSpot, say: ((t: UiStrings) => string) | null): void;
}

/**
 * Help on web pages: off, badge or card, and, only while it is on, what it offers help on and where it never
 * shows. While the browser's question about access to pages is open, the choice says it is waiting, not saved.
 */
export function ContextualHelpSettings({ settings, statusAt, onStatus }: ContextualHelpSettingsProps) {
  const { t } = usePageI18n();
  const [blocked, setBlocked] = useState<string[]>([]);
  const [pendingMode, setPendingMode] = useState<Settings['contextualHelp'] | null>(null);
  const [asking, setAsking] = useState(false);
  // The newest choice: an older one whose question is answered later neither saves nor speaks.
  const latest = useRef<{ ticket: number; mode: Settings['contextualHelp'] }>({ ticket: 0, mode: settings.contextualHelp });
  useEffect(() => {
    void loadBlockedSites().then(setBlocked);
    return watchBlockedSites(setBlocked);
  }, []);
  useEffect(() => setPendingMode(null), [settings.contextualHelp]);
  const mode = pendingMode ?? settings.contextualHelp;
  // What depends on help being on shows once it really is on: not while the browser is still asking.
  const helpOn = mode !== 'off' && settings.contextualHelp !== 'off';

  async function pickMode(next: Settings['contextualHelp']) {
    const ticket = latest.current.ticket + 1;
    latest.current = { ticket, mode: next };
    setPendingMode(next);
    onStatus('contextualHelp', null);
    // Access already granted answers at once; only a question the user has to answer shows as waiting.
    const waiting = setTimeout(() => {
      if (latest.current.ticket !== ticket) return;
      setAsking(true);
      onStatus('contextualHelp', (words) => words.contextual.waiting);
    }, WAITING_DELAY_MS);
    const result = await chooseContextualHelp(next, () => latest.current.ticket === ticket).catch((): 'refused' => 'refused');
    clearTimeout(waiting);
    if (result === 'overtaken') {
      // Access granted after the user had already turned help off again: hand it back.
      if (latest.current.mode === 'off') await removePageAccess();
      return;
    }
    setAsking(false);
    if (result === 'refused') {
      setPendingMode(null);
      onStatus('contextualHelp', (words) => words.contextual.refused);
    } else onStatus('contextualHelp', (words) => words.common.saved);
  }

  async function pickSensitivity(next: Settings['sensitivity']) {
    onStatus('sensitivity', null);
    await saveSetting('sensitivity', next);
    onStatus('sensitivity', (words) => words.common.saved);
  }

  async function remove(site: string) {
    onStatus('blockedSites', null);
    await unblockSite(site);
    onStatus('blockedSites', (words) => words.contextual.removed(site));
  }

  return (
    <>
      <fieldset class="card" aria-busy={asking ? 'true' : 'false'}>
        <legend>
          <h2>{t.contextual.legend}</h2>
        </legend>
        <p class="hint">{t.contextual.hint}</p>
        <PageAccessExplanation />
        {MODES.map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="contextualHelp"
              value={value}
              checked={mode === value}
              aria-describedby="page-access-explanation"
              onChange={() => void pickMode(value)}
            />
            <span>{t.contextual.modes[value]}</span>
          </label>
        ))}
        <SaveStatus text={statusAt('contextualHelp')} />
      </fieldset>
      {helpOn && (
        <fieldset class="card">
          <legend>
            <h2>{t.contextual.offerOn}</h2>
          </legend>
          {SENSITIVITIES.map((value) => (
            <label key={value} class="choice">
              <input
                type="radio"
                name="sensitivity"
                value={value}
                checked={settings.sensitivity === value}
                onChange={() => void pickSensitivity(value)}
              />
              <span>{t.contextual.sensitivities[value]}</span>
            </label>
          ))}
          <SaveStatus text={statusAt('sensitivity')} />
        </fieldset>
      )}
      {helpOn && (
        <section class="card" aria-labelledby="blocked-sites-title">
          <h2 id="blocked-sites-title">{t.contextual.blockedTitle}</h2>
          {blocked.length === 0 ? (
            <p class="hint">{t.contextual.blockedNone}</p>
          ) : (
            <ul class="site-list">
              {blocked.map((site) => (
                <li key={site}>
                  <span>{site}</span>
                  <button
                    type="button"
                    class="button button-secondary"
                    aria-label={t.contextual.removeSite(site)}
                    onClick={() => void remove(site)}
                  >
                    {t.contextual.remove}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <SaveStatus text={statusAt('blockedSites')} />
        </section>
      )}
    </>
  );
}
