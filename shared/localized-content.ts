/**
 * Help content in the reader's language: the English items with the translated words laid over them. Numbers,
 * links, sources and dates always come from the English item, so they cannot drift between languages.
 * Tests fail when any item lacks its translation; at run time a missing one shows the English words (but for
 * helplines, whose Spanish is built from their facts alone: see `spanish-helplines.ts`).
 */
import type { Locale } from '@/locales/locale';
import { COPING_TIPS } from '@/help-content/coping';
import { COMING_OFF_SAFELY, PRESCRIBER_CHECKLIST, WITHDRAWAL_AND_HELP, YOUR_SITUATION } from '@/help-content/guides';
import { HELP_SOMEONE_TIPS } from '@/help-content/help-someone';
import { HELPLINES } from '@/help-content/helplines';
import { helplinesIn } from '@/shared/localized-helplines';
import { RESOURCE_GROUPS, RESOURCES } from '@/help-content/resources';
import { COMMON_SYMPTOMS, RED_FLAGS, SAFETY_FACTS } from '@/help-content/safety';
import { COPING_TIPS_ES } from '@/help-content/es/coping';
import { GUIDES_ES, PRESCRIBER_CHECKLIST_ES } from '@/help-content/es/guides';
import { HELP_SOMEONE_TIPS_ES } from '@/help-content/es/help-someone';
import { RESOURCE_GROUPS_ES, RESOURCES_ES } from '@/help-content/es/resources';
import { COMMON_SYMPTOMS_ES, RED_FLAGS_ES, SAFETY_FACTS_ES } from '@/help-content/es/safety';
import type { GuideWords, WordsById } from '@/help-content/translation-types';
import { overlay } from '@/shared/overlay-words';
import type { ChecklistItem, Guide, HelpItem, Helpline, RedFlag, Resource, ResourceGroup, SymptomGroup } from '@/help-content/types';

export interface HelpContent {
  locale: Locale;
  helplines: readonly Helpline[];
  safetyFacts: readonly HelpItem[];
  commonSymptoms: readonly SymptomGroup[];
  redFlags: readonly RedFlag[];
  copingTips: readonly HelpItem[];
  helpSomeoneTips: readonly HelpItem[];
  comingOffSafely: Guide;
  withdrawalAndHelp: Guide;
  yourSituation: Guide;
  prescriberChecklist: readonly ChecklistItem[];
  resourceGroups: readonly ResourceGroup[];
  resources: readonly Resource[];
}

const ENGLISH: HelpContent = {
  locale: 'en',
  helplines: HELPLINES,
  safetyFacts: SAFETY_FACTS,
  commonSymptoms: COMMON_SYMPTOMS,
  redFlags: RED_FLAGS,
  copingTips: COPING_TIPS,
  helpSomeoneTips: HELP_SOMEONE_TIPS,
  comingOffSafely: COMING_OFF_SAFELY,
  withdrawalAndHelp: WITHDRAWAL_AND_HELP,
  yourSituation: YOUR_SITUATION,
  prescriberChecklist: PRESCRIBER_CHECKLIST,
  resourceGroups: RESOURCE_GROUPS,
  resources: RESOURCES,
};

function overlayGuide(guide: Guide, words: WordsById<GuideWords>): Guide {
  const guideWords = words[guide.id];
  if (!guideWords) return guide;
  return {
    ...guide,
    title: guideWords.title,
    summary: guideWords.summary,
    blocks: overlay(guide.blocks, guideWords.blocks),
  };
}

let spanish: HelpContent | undefined;

function buildSpanish(): HelpContent {
  return {
    locale: 'es',
    helplines: helplinesIn('es'),
    safetyFacts: overlay(SAFETY_FACTS, SAFETY_FACTS_ES),
    commonSymptoms: overlay(COMMON_SYMPTOMS, COMMON_SYMPTOMS_ES),
    redFlags: overlay(RED_FLAGS, RED_FLAGS_ES),
    copingTips: overlay(COPING_TIPS, COPING_TIPS_ES),
    helpSomeoneTips: overlay(HELP_SOMEONE_TIPS, HELP_SOMEONE_TIPS_ES),
    comingOffSafely: overlayGuide(COMING_OFF_SAFELY, GUIDES_ES),
    withdrawalAndHelp: overlayGuide(WITHDRAWAL_AND_HELP, GUIDES_ES),
    yourSituation: overlayGuide(YOUR_SITUATION, GUIDES_ES),
    prescriberChecklist: overlay(PRESCRIBER_CHECKLIST, PRESCRIBER_CHECKLIST_ES),
    resourceGroups: RESOURCE_GROUPS.map((group) => ({ ...group, ...RESOURCE_GROUPS_ES[group.kind] })),
    resources: overlay(RESOURCES, RESOURCES_ES),
  };
}

export function helpContent(locale: Locale): HelpContent {
  if (locale === 'en') return ENGLISH;
  spanish ??= buildSpanish();
  return spanish;
}
