import { COPING_TIPS } from '../utils/content/coping';
import { COMING_OFF_SAFELY, WITHDRAWAL_AND_HELP } from '../utils/content/guides';
import { HELP_SOMEONE_TIPS } from '../utils/content/help-someone';
import { emergencyLineForRegion, helplinesForRegion } from '../utils/content/helplines';
import { COMMON_SYMPTOMS, RED_FLAGS } from '../utils/content/safety';
import type { RegionCode } from '../utils/content/types';
import type { CopyFormat } from '../utils/format-helpline';
import { CopyAllHelplines } from './CopyAllHelplines';
import { HelplineCard } from './HelplineCard';
import { GuideView } from './GuideView';
import { HelpBar } from './HelpBar';
import { HelpItemList } from './HelpItemList';
import { PrescriberChecklist } from './PrescriberChecklist';
import { ResourceFinder } from './ResourceFinder';
import { SectionTabs } from './SectionTabs';
import { AppHeader } from './AppHeader';
import { SymptomList } from './SymptomList';

const GUIDE_LINKS = [
  { href: '#guide-coming-off-safely', label: 'Coming off safely' },
  { href: '#guide-withdrawal-and-help', label: 'What withdrawal can feel like' },
  { href: '#guide-coping', label: 'Coping day to day' },
  { href: '#guide-helping', label: 'Helping someone you care about' },
];

/** The side panel: longer reading beside the page, with urgent help always in view. */
export function SidePanelApp({ region, copyFormat }: { region: RegionCode; copyFormat: CopyFormat }) {
  const emergency = emergencyLineForRegion(region);
  const helplines = helplinesForRegion(region).filter((line) => line.kind !== 'emergency');
  const crisis = helplines.find((line) => line.kind === 'crisis' && line.call);
  return (
    <>
      <AppHeader title="Steady" tagline="Reading and recovery help" />
      <HelpBar emergency={emergency} crisis={crisis} />
      <main>
        <SectionTabs
          label="Side panel sections"
          sections={[
            {
              id: 'guides',
              label: 'Guides',
              content: (
                <>
                  <nav aria-label="Guides on this page" class="toc">
                    <ul>
                      {GUIDE_LINKS.map((link) => (
                        <li key={link.href}>
                          <a href={link.href}>{link.label}</a>
                        </li>
                      ))}
                    </ul>
                  </nav>
                  <GuideView guide={COMING_OFF_SAFELY} />
                  <GuideView guide={WITHDRAWAL_AND_HELP}>
                    <SymptomList groups={COMMON_SYMPTOMS} />
                    <div class="card get-help-now">
                      <h3>Get help now</h3>
                      <p>Call {emergency.call?.display} now if someone:</p>
                      <ul>
                        {RED_FLAGS.map((flag) => (
                          <li key={flag.id}>{flag.sign}</li>
                        ))}
                      </ul>
                    </div>
                  </GuideView>
                  <section id="guide-coping" aria-labelledby="guide-coping-title">
                    <h2 id="guide-coping-title">Coping day to day</h2>
                    <p class="panel-lead">These help alongside a slow taper planned with your prescriber. They do not replace it.</p>
                    <HelpItemList items={COPING_TIPS} />
                  </section>
                  <section id="guide-helping" aria-labelledby="guide-helping-title">
                    <h2 id="guide-helping-title">Helping someone you care about</h2>
                    <HelpItemList items={HELP_SOMEONE_TIPS} />
                  </section>
                </>
              ),
            },
            { id: 'resources', label: 'Find support', content: <ResourceFinder region={region} /> },
            {
              id: 'helplines',
              label: 'Helplines',
              content: (
                <section aria-labelledby="panel-helplines-title">
                  <h2 id="panel-helplines-title">Helplines</h2>
                  <CopyAllHelplines lines={helplines} region={region} copyFormat={copyFormat} />
                  {helplines.map((line) => (
                    <HelplineCard key={line.id} line={line} copyFormat={copyFormat} />
                  ))}
                </section>
              ),
            },
            { id: 'prescriber', label: 'Prescriber visit', content: <PrescriberChecklist /> },
          ]}
        />
      </main>
      <footer class="app-footer">
        <p>Steady is not medical advice. Talk to your prescriber or pharmacist before you change any medicine.</p>
        <p>Steady works offline. It sends nothing anywhere.</p>
      </footer>
    </>
  );
}
