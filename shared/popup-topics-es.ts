import { COPING_TIPS } from '@/help-content/coping';
import { COPING_TIPS_ES } from '@/help-content/es/coping';
import { HELP_SOMEONE_TIPS_ES } from '@/help-content/es/help-someone';
import { COMMON_SYMPTOMS_ES, RED_FLAGS_ES, SAFETY_FACTS_ES } from '@/help-content/es/safety';
import { HELP_SOMEONE_TIPS } from '@/help-content/help-someone';
import { COMMON_SYMPTOMS, RED_FLAGS, SAFETY_FACTS } from '@/help-content/safety';
import { overlay } from '@/shared/overlay-words';
import type { PopupTopics } from '@/shared/popup-topics';

// The same overlay as `helpContent('es')`, without the guides and resources the popup never shows.
export const SPANISH_TOPICS: PopupTopics = {
  redFlags: overlay(RED_FLAGS, RED_FLAGS_ES),
  safetyFacts: overlay(SAFETY_FACTS, SAFETY_FACTS_ES),
  commonSymptoms: overlay(COMMON_SYMPTOMS, COMMON_SYMPTOMS_ES),
  copingTips: overlay(COPING_TIPS, COPING_TIPS_ES),
  helpSomeoneTips: overlay(HELP_SOMEONE_TIPS, HELP_SOMEONE_TIPS_ES),
};
