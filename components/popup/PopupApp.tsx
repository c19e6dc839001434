import { useEffect, useState } from 'preact/hooks';
import { linesForRegion } from '@/help-content/region-lines';
import type { Helpline } from '@/help-content/types';
import type { RegionCode } from '@/help-content/regions';
import type { CopyFormat } from '@/shared/copy-formats';
import { useDocumentTitle } from '@/ui/use-document-title';
import { useI18n } from '@/ui/use-i18n';
import { CopyAllHelplines } from '@/components/common/CopyAllHelplines';
import { EmergencyPanel } from '@/components/popup/EmergencyPanel';
import type { Shortcut } from '@/browser-api/shortcuts';
import { PageCheck, type PageCheckProps } from '@/components/popup/PageCheck';
import { RegionPicker } from '@/components/popup/RegionPicker';
import { HelplineCard } from '@/components/common/HelplineCard';
import { SectionTabs } from '@/components/common/SectionTabs';
import { AppHeader } from '@/components/common/AppHeader';
import { LanguageSwitch } from '@/components/popup/LanguageSwitch';
import type { Locale } from '@/locales/locale';
import { type LoadedTopics, loadTopics as loadTopicsLater } from '@/components/popup/load-topics';

export interface PopupAppProps {
  /** The region's helplines come from these, in the reader's language: the first screen's only help content. */
  helplines: readonly Helpline[];
  /** What sits behind a click (the signs, the other topics); fetched just after the first paint. */
  loadTopics?: (locale: Locale) => Promise<LoadedTopics>;
  region: RegionCode;
  /** False when the device's signals leave the country in doubt: the country picker then leads the helplines. */
  regionSure: boolean;
  copyFormat: CopyFormat;
  /** Opens the side panel (or the same page in a tab); absent where there is nowhere to open it. */
  onOpenPanel?: () => void;
  onOpenSettings?: () => void;
  /** "Check this page"; absent where the popup has no page to check. */
  pageCheck?: PageCheckProps;
  shortcuts?: readonly Shortcut[];
  onChangeShortcuts?: () => void;
  /** Saves a country chosen in the popup; absent where it cannot be saved. */
  onRegionChange?: (region: RegionCode) => void;
  /** Saves a language chosen with the header's switch; absent where it cannot be saved. */
  onLanguageChange?: (language: Locale) => void;
  /** Today's diary check-in, where it can be saved; `onSeeChart` opens the diary in the side panel. */
  diary?: { onSeeChart?: () => void };
}

type CheckInModule = typeof import('@/components/diary/PopupCheckIn');

/** The toolbar popup: emergency first, then helplines, safety facts, coping and help for others. */
export function PopupApp({
  helplines: allLines,
  loadTopics = loadTopicsLater,
  region,
  regionSure,
  copyFormat,
  onOpenPanel,
  onOpenSettings,
  pageCheck,
  shortcuts = [],
  onChangeShortcuts,
  onRegionChange,
  onLanguageChange,
  diary,
}: PopupAppProps) {
  const { t, locale } = useI18n();
  useDocumentTitle(t.popup.documentTitle);
  const { emergency, helplines, crisis } = linesForRegion(region, allLines);
  const [loaded, setLoaded] = useState<LoadedTopics>();
  // The popup's loader waits for the first paint: the other topics are ready before a reader can choose one.
  useEffect(() => {
    let current = true;
    void loadTopics(locale).then((next) => current && setLoaded(next));
    return () => {
      current = false;
    };
  }, [locale, loadTopics]);
  const { panels, topics } = loaded ?? {};
  const [checkInOpen, setCheckInOpen] = useState(false);
  const [checkIn, setCheckIn] = useState<CheckInModule>();
  function toggleCheckIn() {
    setCheckInOpen(!checkInOpen);
    // The check-in's code and styles are fetched on the first click, never for the first paint.
    if (!checkIn) void import('@/components/diary/PopupCheckIn').then(setCheckIn);
  }
  const hasMore = Boolean(diary || onOpenPanel || onOpenSettings);
  return (
    <>
      {/* The language switch is the one control before the emergency call: a reader who cannot read this language needs it first. */}
      <AppHeader title="Steady" tagline={t.popup.tagline}>
        {onLanguageChange && <LanguageSwitch onChange={onLanguageChange} />}
      </AppHeader>
      <main data-region={region}>
        <EmergencyPanel emergency={emergency} crisis={crisis}>
          {panels && topics && <panels.RedFlagList redFlags={topics.redFlags} />}
        </EmergencyPanel>
        {hasMore && (
          <a class="skip-link" href="#more-from-steady">
            {t.popup.skipToMore}
          </a>
        )}
        <SectionTabs
          label={t.popup.topics}
          sections={[
            {
              id: 'helplines',
              label: t.popup.helplines,
              content: (
                <>
                  <h2 class="visually-hidden">{t.popup.helplines}</h2>
                  {!regionSure && (
                    <div class="region-unsure">
                      <p class="region-note" role="note">
                        {t.popup.regionUnsure}
                      </p>
                      {onRegionChange && <RegionPicker region={region} onChange={onRegionChange} />}
                    </div>
                  )}
                  <CopyAllHelplines lines={[emergency, ...helplines]} region={region} copyFormat={copyFormat} />
                  {helplines.map((line) => (
                    <HelplineCard key={line.id} line={line} copyFormat={copyFormat} />
                  ))}
                  {/* When Steady is sure of the country, changing it is a rarer need than the lines themselves. */}
                  {regionSure && onRegionChange && <RegionPicker region={region} onChange={onRegionChange} />}
                </>
              ),
            },
            {
              id: 'stay-safe',
              label: t.popup.staySafe,
              content: (
                <>
                  <h2 class="visually-hidden">{t.popup.staySafe}</h2>
                  {panels && topics && <panels.StaySafe topics={topics} />}
                </>
              ),
            },
            {
              id: 'cope',
              label: t.popup.cope,
              content: (
                <>
                  <h2 class="visually-hidden">{t.popup.cope}</h2>
                  {panels && topics && <panels.Cope topics={topics} />}
                </>
              ),
            },
            {
              id: 'help-someone',
              label: t.popup.helpSomeone,
              content: (
                <>
                  <h2 class="visually-hidden">{t.popup.helpSomeone}</h2>
                  {panels && topics && <panels.HelpSomeone topics={topics} />}
                </>
              ),
            },
          ]}
        />
      </main>
      {pageCheck && <PageCheck {...pageCheck} />}
      {hasMore && (
        <nav id="more-from-steady" class="more-links" aria-label={t.popup.moreFromSteady} tabIndex={-1}>
          {diary && (
            <button
              type="button"
              class="button button-secondary"
              aria-expanded={checkInOpen}
              aria-controls={checkInOpen ? 'popup-check-in' : undefined}
              onClick={toggleCheckIn}
            >
              {t.popup.checkIn}
            </button>
          )}
          {onOpenPanel && (
            <button type="button" class="button button-secondary" onClick={onOpenPanel}>
              {t.popup.openPanel}
            </button>
          )}
          {onOpenSettings && (
            <button type="button" class="button button-secondary" onClick={onOpenSettings}>
              {t.popup.settings}
            </button>
          )}
        </nav>
      )}
      {diary && checkInOpen && checkIn && <checkIn.PopupCheckIn emergency={emergency} crisis={crisis} onSeeChart={diary.onSeeChart} />}
      <footer class="app-footer">
        {panels && <panels.KeyboardShortcuts shortcuts={shortcuts} onChange={onChangeShortcuts} />}
        <p>{t.common.notMedicalAdvice}</p>
        <p>{t.common.offline}</p>
      </footer>
    </>
  );
}
