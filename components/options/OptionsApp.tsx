import { useEffect, useState } from 'preact/hooks';
import { formatHelpline } from '@/shared/format-helpline';
import { LOCALE_NAMES } from '@/locales/locale';
import type { UiStrings } from '@/locales/ui-strings';
import { helplinesIn } from '@/shared/localized-helplines';
import { useDocumentTitle } from '@/ui/use-document-title';
import { usePageI18n } from '@/ui/use-i18n';
import { removePageAccess } from '@/browser-api/page-access';
import type { ResolvedRegion } from '@/shared/resolve-region';
import { eraseEverything, saveSetting } from '@/browser-api/settings';
import { SETTING_CHOICES, type SettingKey, type Settings } from '@/shared/settings-schema';
import { ContextualHelpSettings, type ContextualStatusSpot } from '@/components/common/ContextualHelpSettings';
import { AppHeader } from '@/components/common/AppHeader';
import { EraseQuestion } from '@/components/common/EraseQuestion';
import { SaveStatus } from '@/components/common/SaveStatus';
import { SnoozeNotice } from '@/components/options/SnoozeNotice';

type ChoiceLabels = { [K in SettingKey]: Record<Settings[K], string> };

function choiceLabels(t: UiStrings): ChoiceLabels {
  return {
    region: { auto: t.common.autoRegion, ...t.regions },
    // Each language is named in its own words, so someone can find theirs in a page they cannot read.
    language: { auto: t.common.autoLanguage, ...LOCALE_NAMES },
    copyFormat: t.copy.formats,
    theme: t.options.themes,
    textSize: t.options.textSizes,
    // These two have their own section, ContextualHelpSettings.
    contextualHelp: t.contextual.modes,
    sensitivity: t.contextual.sensitivities,
  };
}

/** Where a status line shows: each group of choices and section has its own, beside its controls. */
type StatusSpot = SettingKey | ContextualStatusSpot | 'erase';

/** One status at a time, kept as words-to-be, so one shown before a language change is said in the new language. */
interface Status {
  spot: StatusSpot;
  say(t: UiStrings): string;
}

interface OptionsAppProps {
  settings: Settings;
  /** What "automatic" resolves to right now, to show beside the choice. */
  autoRegion: ResolvedRegion;
}

/** Steady's settings. Every change is saved at once and reaches open Steady pages without a reload. */
export function OptionsApp({ settings: stored, autoRegion }: OptionsAppProps) {
  const { t, locale } = usePageI18n();
  const labels = choiceLabels(t);
  useDocumentTitle(t.options.title);
  const [status, setStatus] = useState<Status | null>(null);
  // Shows a choice at once, before storage reports it back, so a radio never flips back for a moment.
  const [pending, setPending] = useState<Partial<Settings>>({});
  useEffect(() => setPending({}), [stored]);
  const settings: Settings = { ...stored, ...pending };
  const exampleLine = helplinesIn(locale).find((line) => line.id === 'us-988');

  const statusAt = (spot: StatusSpot) => (status?.spot === spot ? status.say(t) : '');
  // Cleared first, so the same words said again are a change a screen reader announces.
  const say = (spot: StatusSpot, words: ((t: UiStrings) => string) | null) => setStatus(words && { spot, say: words });

  async function change<K extends SettingKey>(key: K, value: Settings[K]) {
    setPending({ ...pending, [key]: value });
    say(key, null);
    await saveSetting(key, value);
    say(key, (next) => next.common.saved);
  }

  async function erase() {
    say('erase', null);
    await eraseEverything();
    // Erasing turns contextual help off, so the access it needed is handed back too.
    await removePageAccess();
    say('erase', (next) => next.options.erased);
  }

  function choiceGroup<K extends SettingKey>(key: K, legend: string, hint?: string) {
    return (
      <fieldset class="card">
        <legend>
          <h2>{legend}</h2>
        </legend>
        {hint && (
          <p class="hint" id={`${key}-hint`}>
            {hint}
          </p>
        )}
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
            <span lang={key === 'language' && value !== 'auto' ? value : undefined}>{labels[key][value]}</span>
          </label>
        ))}
        <SaveStatus text={statusAt(key)} />
      </fieldset>
    );
  }

  return (
    <>
      <AppHeader title={t.options.title} tagline={t.options.tagline} />
      <main class="settings">
        {choiceGroup('language', t.options.language, t.options.languageHint)}
        {choiceGroup('region', t.options.country, autoRegion.sure ? t.common.regionsCovered : t.options.countryUnsure)}
        <ContextualHelpSettings settings={settings} statusAt={statusAt} onStatus={say} />
        <SnoozeNotice />
        {choiceGroup(
          'copyFormat',
          t.options.copyFormat,
          exampleLine && t.options.copyExample(formatHelpline(exampleLine, 'short', locale)),
        )}
        {choiceGroup('theme', t.options.colors)}
        {choiceGroup('textSize', t.options.textSize)}
        <section class="card danger-zone" aria-labelledby="erase-title">
          <h2 id="erase-title">{t.options.eraseTitle}</h2>
          <p>{t.options.eraseIntro}</p>
          <ul>
            {t.options.eraseItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p>{t.options.eraseElsewhere}</p>
          <EraseQuestion
            start={t.options.eraseStart}
            question={t.options.eraseQuestion}
            confirm={t.options.eraseConfirm}
            cancel={t.options.cancel}
            onErase={erase}
          />
          <SaveStatus text={statusAt('erase')} />
        </section>
      </main>
    </>
  );
}
