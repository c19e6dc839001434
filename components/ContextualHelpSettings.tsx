import { useEffect, useState } from 'preact/hooks';
import { removePageAccess, requestPageAccess } from '../utils/page-access';
import { saveSetting, type Settings } from '../utils/settings';
import { loadBlockedSites, unblockSite, watchBlockedSites } from '../utils/site-controls';

const MODE_LABELS: Record<Settings['contextualHelp'], string> = {
  off: 'Off',
  badge: 'Badge only: a mark on Steady’s icon, nothing added to the page',
  card: 'Card: a small help card at the corner of the page',
};

const SENSITIVITY_LABELS: Record<Settings['sensitivity'], string> = {
  stopping: 'Pages about stopping or withdrawal',
  any: 'Any page about benzodiazepines',
};

/** What turning contextual help on means, in plain words; shown wherever it can be turned on. */
export function PageAccessExplanation() {
  return (
    <p class="hint" id="page-access-explanation">
      To notice these pages, Steady reads the text of each page you open, inside that tab. The text is never sent
      anywhere and never stored. Your browser will ask you to allow Steady to “read and change data on all
      websites”. With the card, the website can see that a card was added, so a site could put words about benzos
      on its page to find out whether you use Steady. Badge only adds nothing to any page.
    </p>
  );
}

/**
 * Turns help on web pages on or off. Asking for access to pages happens first thing in the click, as
 * browsers require; if the user says no, help stays off.
 */
export async function chooseContextualHelp(mode: Settings['contextualHelp']): Promise<'saved' | 'refused'> {
  if (mode === 'off') {
    await saveSetting('contextualHelp', 'off');
    await removePageAccess();
    return 'saved';
  }
  // The request comes first: Firefox only asks during the click itself. It answers at once if already allowed.
  if (!(await requestPageAccess())) return 'refused';
  await saveSetting('contextualHelp', mode);
  return 'saved';
}

interface ContextualHelpSettingsProps {
  settings: Settings;
  onStatus(text: string): void;
}

export function ContextualHelpSettings({ settings, onStatus }: ContextualHelpSettingsProps) {
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
      onStatus('Help on web pages is still off: access to pages was not allowed.');
    } else onStatus('Saved.');
  }

  return (
    <>
      <fieldset class="card">
        <legend>Help on web pages</legend>
        <p class="hint">
          Steady can notice when a page or a search is about stopping a benzo, and offer help there.
        </p>
        <PageAccessExplanation />
        {(Object.keys(MODE_LABELS) as Settings['contextualHelp'][]).map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="contextualHelp"
              value={value}
              checked={mode === value}
              aria-describedby="page-access-explanation"
              onChange={() => void pickMode(value)}
            />
            <span>{MODE_LABELS[value]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="card">
        <legend>Offer help on</legend>
        {(Object.keys(SENSITIVITY_LABELS) as Settings['sensitivity'][]).map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="sensitivity"
              value={value}
              checked={settings.sensitivity === value}
              onChange={() => void saveSetting('sensitivity', value).then(() => onStatus('Saved.'))}
            />
            <span>{SENSITIVITY_LABELS[value]}</span>
          </label>
        ))}
      </fieldset>
      <section class="card" aria-labelledby="blocked-sites-title">
        <h2 id="blocked-sites-title">Sites where help is never shown</h2>
        {blocked.length === 0 ? (
          <p class="hint">None yet. Choose “Not on this site” on the help card to add one.</p>
        ) : (
          <ul class="site-list">
            {blocked.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button type="button" class="button button-secondary" aria-label={`Remove ${site}`} onClick={() => void unblockSite(site).then(() => onStatus(`${site} removed.`))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
