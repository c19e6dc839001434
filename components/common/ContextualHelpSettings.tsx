import { useEffect, useState } from 'preact/hooks';
import { saveSetting } from '@/browser-api/settings';
import { chooseContextualHelp } from '@/browser-api/contextual-help';
import type { Settings } from '@/shared/settings-schema';
import { loadBlockedSites, unblockSite, watchBlockedSites } from '@/browser-api/site-rules-storage';
import { useI18n } from '@/ui/use-i18n';

const MODES: readonly Settings['contextualHelp'][] = ['off', 'badge', 'card'];
const SENSITIVITIES: readonly Settings['sensitivity'][] = ['stopping', 'any'];

/** What turning contextual help on means, in plain words; shown wherever it can be turned on. */
export function PageAccessExplanation() {
  const { t } = useI18n();
  return (
    <p class="hint" id="page-access-explanation">
      {t.contextual.explanation}
    </p>
  );
}

interface ContextualHelpSettingsProps {
  settings: Settings;
  onStatus(text: string): void;
}

export function ContextualHelpSettings({ settings, onStatus }: ContextualHelpSettingsProps) {
  const { t } = useI18n();
  const [blocked, setBlocked] = useState<string[]>([]);
  const [pendingMode, setPendingMode] = useState<Settings['contextualHelp'] | null>(null);
  useEffect(() => {
    void loadBlockedSites().then(setBlocked);
    return watchBlockedSites(setBlocked);
  }, []);
  useEffect(() => setPendingMode(null), [settings.contextualHelp]);
  const mode = pendingMode ?? settings.contextualHelp;

  async function pickMode(next: Settings['contextualHelp']) {
    setPendingMode(next);
    const result = await chooseContextualHelp(next).catch((): 'refused' => 'refused');
    if (result === 'refused') {
      setPendingMode(null);
      onStatus(t.contextual.refused);
    } else onStatus(t.common.saved);
  }

  return (
    <>
      <fieldset class="card">
        <legend>{t.contextual.legend}</legend>
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
      </fieldset>
      <fieldset class="card">
        <legend>{t.contextual.offerOn}</legend>
        {SENSITIVITIES.map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="sensitivity"
              value={value}
              checked={settings.sensitivity === value}
              onChange={() => void saveSetting('sensitivity', value).then(() => onStatus(t.common.saved))}
            />
            <span>{t.contextual.sensitivities[value]}</span>
          </label>
        ))}
      </fieldset>
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
                  onClick={() => void unblockSite(site).then(() => onStatus(t.contextual.removed(site)))}
                >
                  {t.contextual.remove}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
