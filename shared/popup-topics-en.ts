import { COPING_TIPS } from '@/help-content/coping';
import { HELP_SOMEONE_TIPS } from '@/help-content/help-someone';
import { COMMON_SYMPTOMS, RED_FLAGS, SAFETY_FACTS } from '@/help-content/safety';
import type { PopupTopics } from '@/shared/popup-topics';

export const ENGLISH_TOPICS: PopupTopics = {
  redFlags: RED_FLAGS,
  safetyFacts: SAFETY_FACTS,
  commonSymptoms: COMMON_SYMPTOMS,
  copingTips: COPING_TIPS,
  helpSomeoneTips: HELP_SOMEONE_TIPS,
};
