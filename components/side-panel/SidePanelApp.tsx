import { useEffect, useState } from 'preact/hooks';
import { SectionSources } from '@/components/common/SectionSources';
import { symptomEntries, titled } from '@/help-content/source-lines';
import { linesForRegion } from '@/help-content/helplines';
import type { RegionCode } from '@/help-content/regions';
import type { CopyFormat } from '@/shared/copy-formats';
import { useContent } from '@/ui/use-content';
import { useDocumentTitle } from '@/ui/use-document-title';
import { usePageI18n } from '@/ui/use-i18n';
import { CopyAllHelplines } from '@/components/common/CopyAllHelplines';
import { HelplineCard } from '@/components/common/HelplineCard';
import { GuideView } from '@/components/side-panel/GuideView';
import { HelpBar } from '@/components/side-panel/HelpBar';
import { HelpItemList } from '@/components/common/HelpItemList';
import { PrescriberChecklist } from '@/components/side-panel/PrescriberChecklist';
import { ResourceFinder } from '@/components/side-panel/ResourceFinder';
import { SectionTabs } from '@/components/common/SectionTabs';
import { AppHeader } from '@/components/common/AppHeader';
import { SymptomList } from '@/components/common/SymptomList';
import { TaperDiary } from '@/components/diary/TaperDiary';

interface SidePanelAppProps {
  region: RegionCode;
  copyFormat: CopyFormat;
}

/** Whether the page's address points at the diary (`#diary`), kept up to date as it changes. */
function useAtDiary(): boolean {
  const [atDiary, setAtDiary] = useState(location.hash === '#diary');
  useEffect(() => {
    const update = () => setAtDiary(location.hash === '#diary');
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return atDiary;
}

/** The side panel: longer reading beside the page, with urgent help always in view. */
export function SidePanelApp({ region, copyFormat }: SidePanelAppProps) {
  const { t } = usePageI18n();
  const content = useContent();
  useDocumentTitle(t.panel.documentTitle);
  const { emergency, helplines, crisis } = linesForRegion(region, content.helplines);
  const guideLinks = [
    { href: '#guide-coming-off-safely', label: t.panel.linkComingOff },
    { href: '#guide-withdrawal-and-help', label: t.panel.linkWithdrawal },
    { href: '#guide-your-situation', label: t.panel.linkYourSituation },
    { href: '#guide-coping', label: t.panel.linkCoping },
    { href: '#guide-helping', label: t.panel.linkHelping },
  ];
  const number = emergency.call?.display;
  const atDiary = useAtDiary();
  return (
    <>
      <AppHeader title="Steady" tagline={t.panel.tagline} />
      <HelpBar emergency={emergency} crisis={crisis} />
      <main>
        <SectionTabs
          // sidepanel.html#diary opens on the diary, in the prescriber-visit section, and so does a panel already
          // open when the popup sends it there (a same-page move, which builds the tabs again).
          key={atDiary ? 'diary' : 'start'}
          label={t.panel.sections}
          initialId={atDiary ? 'prescriber' : undefined}
          sections={[
            {
              id: 'guides',
              label: t.panel.guides,
              content: (
                <>
                  <nav aria-label={t.panel.guidesNav} class="toc">
                    <ul>
                      {guideLinks.map((link) => (
                        <li key={link.href}>
                          <a href={link.href}>{link.label}</a>
                        </li>
                      ))}
                    </ul>
                  </nav>
                  <GuideView guide={content.comingOffSafely} />
                  <GuideView
                    guide={content.withdrawalAndHelp}
                    alsoSourced={[
                      ...symptomEntries(content.commonSymptoms, t.symptoms.heading),
                      ...content.redFlags.map((flag) => ({ label: t.panel.getHelpNow, item: flag })),
                    ]}
                  >
                    <SymptomList groups={content.commonSymptoms} />
                    <div class="card get-help-now">
                      <h3>{t.panel.getHelpNow}</h3>
                      <p>{number ? t.emergency.callNowIf(number) : t.emergency.callNowIfNoNumber}</p>
                      <ul>
                        {content.redFlags.map((flag) => (
                          <li key={flag.id}>{flag.sign}</li>
                        ))}
                      </ul>
                    </div>
                  </GuideView>
                  <GuideView guide={content.yourSituation} />
                  <section id="guide-coping" aria-labelledby="guide-coping-title">
                    <h2 id="guide-coping-title">{t.panel.copingTitle}</h2>
                    <p class="panel-lead">{t.panel.copingLead}</p>
                    <HelpItemList items={content.copingTips} />
                    <SectionSources entries={titled(content.copingTips)} />
                  </section>
                  <section id="guide-helping" aria-labelledby="guide-helping-title">
                    <h2 id="guide-helping-title">{t.panel.helpingTitle}</h2>
                    <HelpItemList items={content.helpSomeoneTips} />
                    <SectionSources entries={titled(content.helpSomeoneTips)} />
                  </section>
                </>
              ),
            },
            { id: 'resources', label: t.panel.findSupport, content: <ResourceFinder region={region} /> },
            {
              id: 'helplines',
              label: t.panel.helplines,
              content: (
                <section aria-labelledby="panel-helplines-title">
                  <h2 id="panel-helplines-title">{t.panel.helplines}</h2>
                  <CopyAllHelplines lines={[emergency, ...helplines]} region={region} copyFormat={copyFormat} />
                  {helplines.map((line) => (
                    <HelplineCard key={line.id} line={line} copyFormat={copyFormat} />
                  ))}
                </section>
              ),
            },
            {
              id: 'prescriber',
              label: t.panel.prescriber,
              // The diary is the checklist's other half: how it has been going, then what to ask.
              content: (
                <>
                  <TaperDiary emergency={emergency} crisis={crisis} />
                  <PrescriberChecklist />
                </>
              ),
            },
          ]}
        />
      </main>
      <footer class="app-footer">
        <p>{t.common.notMedicalAdvice}</p>
        <p>{t.common.offline}</p>
      </footer>
    </>
  );
}
