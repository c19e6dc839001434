import { COPING_TIPS } from '../utils/content/coping';
import { HELP_SOMEONE_TIPS } from '../utils/content/help-someone';
import { emergencyLineForRegion, helplinesForRegion } from '../utils/content/helplines';
import { COMMON_SYMPTOMS, RED_FLAGS, SAFETY_FACTS } from '../utils/content/safety';
import type { RegionCode } from '../utils/content/types';
import type { CopyFormat } from '../utils/format-helpline';
import { CopyAllHelplines } from './CopyAllHelplines';
import { EmergencyPanel } from './EmergencyPanel';
import { KeyboardShortcuts, type Shortcut } from './KeyboardShortcuts';
import { PageCheck, type PageCheckProps } from './PageCheck';
import { RegionPicker } from './RegionPicker';
import { HelpItemList } from './HelpItemList';
import { HelplineCard } from './HelplineCard';
import { SectionTabs } from './SectionTabs';
import { AppHeader } from './AppHeader';
import { SymptomList } from './SymptomList';

export interface PopupAppProps {
  region: RegionCode;
  /** False when the browser points to a country Steady has no helplines for yet. */
  regionSupported: boolean;
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
}

/** The toolbar popup: emergency first, then helplines, safety facts, coping and help for others. */
export function PopupApp({ region, regionSupported, copyFormat, onOpenPanel, onOpenSettings, pageCheck, shortcuts = [], onChangeShortcuts, onRegionChange }: PopupAppProps) {
  const emergency = emergencyLineForRegion(region);
  const helplines = helplinesForRegion(region).filter((line) => line.kind !== 'emergency');
  const crisis = helplines.find((line) => line.kind === 'crisis' && line.call);
  return (
    <>
      <AppHeader title="Steady" tagline="Help for coming off benzos safely" />
      <main>
        {crisis && <EmergencyPanel emergency={emergency} crisis={crisis} redFlags={RED_FLAGS} />}
        {/* After the emergency panel, so the first thing keyboard users reach is still the emergency call. */}
        {onRegionChange && <RegionPicker region={region} onChange={onRegionChange} />}
        {!regionSupported && (
          <p class="region-note" role="note">
            Steady has no helplines for your country yet, so these are United States lines. If you are somewhere
            else, call your local emergency number, or choose your country above.
          </p>
        )}
        <SectionTabs
          label="Help topics"
          sections={[
            {
              id: 'helplines',
              label: 'Helplines',
              content: (
                <>
                  <h2 class="visually-hidden">Helplines</h2>
                  <CopyAllHelplines lines={helplines} region={region} copyFormat={copyFormat} />
                  {helplines.map((line) => (
                    <HelplineCard key={line.id} line={line} copyFormat={copyFormat} />
                  ))}
                </>
              ),
            },
            {
              id: 'stay-safe',
              label: 'Stay safe',
              content: (
                <>
                  <h2 class="visually-hidden">Stay safe</h2>
                  <HelpItemList items={SAFETY_FACTS} />
                  <SymptomList groups={COMMON_SYMPTOMS} />
                </>
              ),
            },
            {
              id: 'cope',
              label: 'Cope',
              content: (
                <>
                  <h2 class="visually-hidden">Cope</h2>
                  <p class="panel-lead">These can help alongside a slow taper planned with your prescriber. They do not replace it.</p>
                  <HelpItemList items={COPING_TIPS} />
                </>
              ),
            },
            {
              id: 'help-someone',
              label: 'Help someone',
              content: (
                <>
                  <h2 class="visually-hidden">Help someone</h2>
                  <HelpItemList items={HELP_SOMEONE_TIPS} />
                </>
              ),
            },
          ]}
        />
      </main>
      {pageCheck && <PageCheck {...pageCheck} />}
      {(onOpenPanel || onOpenSettings) && (
        <nav class="more-links" aria-label="More from Steady">
          {onOpenPanel && (
            <button type="button" class="button button-secondary" onClick={onOpenPanel}>
              Guides and recovery resources
            </button>
          )}
          {onOpenSettings && (
            <button type="button" class="button button-secondary" onClick={onOpenSettings}>
              Settings
            </button>
          )}
        </nav>
      )}
      <footer class="app-footer">
        <KeyboardShortcuts shortcuts={shortcuts} onChange={onChangeShortcuts} />
        <p>
          Steady is not medical advice. Talk to your prescriber or pharmacist before you change any medicine.
        </p>
        <p>Steady works offline. It sends nothing anywhere.</p>
      </footer>
    </>
  );
}
