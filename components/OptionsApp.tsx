import { useEffect, useState } from 'preact/hooks';
import { HELPLINES } from '../utils/content/helplines';
import { REGION_NAMES } from '../utils/content/regions';
import { COPY_FORMAT_LABELS, formatHelpline } from '../utils/format-helpline';
import { removePageAccess } from '../utils/page-access';
import type { ResolvedRegion } from '../utils/resolve-region';
import { eraseEverything, saveSetting, SETTING_CHOICES, type SettingKey, type Settings } from '../utils/settings';
import { ContextualHelpSettings } from './ContextualHelpSettings';
import { AppHeader } from './AppHeader';

const LABELS: { [K in SettingKey]: Record<Settings[K], string> } = {
  region: { auto: 'Automatic, from your browser’s language', ...REGION_NAMES },
  copyFormat: COPY_FORMAT_LABELS,
  theme: { system: 'Same as my device', light: 'Light', dark: 'Dark' },
  textSize: { normal: 'Normal', large: 'Large', larger: 'Larger' },
  // These two have their own section, ContextualHelpSettings.
  contextualHelp: { off: 'Off', badge: 'Badge only', card: 'Card' },
  sensitivity: { stopping: 'Stopping or withdrawal', any: 'Any benzo page' },
};

const EXAMPLE_LINE = HELPLINES.find((line) => line.id === 'us-988')!;

interface OptionsAppProps {
  settings: Settings;
  /** What "automatic" resolves to right now, to show beside the choice. */
  autoRegion: ResolvedRegion;
}

/** Steady's settings. Every change is saved at once and reaches open Steady pages without a reload. */
export function OptionsApp({ settings: stored, autoRegion }: OptionsAppProps) {
  const [status, setStatus] = useState('');
  const [confirmingErase, setConfirmingErase] = useState(false);
  // Shows a choice at once, before storage reports it back, so a radio never flips back for a moment.
  const [pending, setPending] = useState<Partial<Settings>>({});
  useEffect(() => setPending({}), [stored]);
  const settings: Settings = { ...stored, ...pending };

  async function change<K extends SettingKey>(key: K, value: Settings[K]) {
    setPending({ ...pending, [key]: value });
    await saveSetting(key, value);
    setStatus('Saved.');
  }

  async function erase() {
    await eraseEverything();
    // Erasing turns contextual help off, so the access it needed is handed back too.
    await removePageAccess();
    setConfirmingErase(false);
    setStatus('Everything Steady stored on this device has been erased.');
  }

  function choiceGroup<K extends SettingKey>(key: K, legend: string, hint?: string) {
    return (
      <fieldset class="card">
        <legend>{legend}</legend>
        {hint && <p class="hint" id={`${key}-hint`}>{hint}</p>}
        {SETTING_CHOICES[key].map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name={key}
              value={value}
              checked={settings[key] === value}
              aria-describedby={hint ? `${key}-hint` : undefined}
              onChange={() => void change(key, value)}
            />
            <span>{LABELS[key][value]}</span>
          </label>
        ))}
      </fieldset>
    );
  }

  return (
    <>
      <AppHeader title="Steady settings" tagline="Saved on this device only" />
      <main>
        <p class="save-status" role="status">
          {status}
        </p>
        {choiceGroup(
          'region',
          'Your country',
          autoRegion.supported
            ? 'Steady has helplines for the United States, Canada and the United Kingdom so far. More countries are coming.'
            : 'Your browser points to a country Steady has no helplines for yet, so Steady shows United States lines. Call your local emergency number if you are somewhere else.',
        )}
        <ContextualHelpSettings settings={settings} onStatus={setStatus} />
        {choiceGroup('copyFormat', 'When you copy a helpline', `Short looks like: “${formatHelpline(EXAMPLE_LINE, 'short')}”.`)}
        {choiceGroup('theme', 'Colors')}
        {choiceGroup('textSize', 'Text size')}
        <section class="card danger-zone" aria-labelledby="erase-title">
          <h2 id="erase-title">Erase everything</h2>
          <p>This removes your settings, your checklist ticks and your list of sites from this device. Steady keeps nothing anywhere else.</p>
          {confirmingErase ? (
            <div class="actions">
              <button type="button" class="button button-danger" onClick={() => void erase()}>
                Yes, erase everything
              </button>
              <button type="button" class="button button-secondary" onClick={() => setConfirmingErase(false)}>
                Cancel
              </button>
            </div>
          ) : (
            <button type="button" class="button button-secondary" onClick={() => setConfirmingErase(true)}>
              Erase everything…
            </button>
          )}
        </section>
      </main>
    </>
  );
}
