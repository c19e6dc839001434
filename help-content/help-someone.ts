import { backedBy } from '@/help-content/backed-by';
import type { HelpItem } from '@/help-content/types';

/** For a family member or friend of someone coming off a benzodiazepine. */
export const HELP_SOMEONE_TIPS: readonly HelpItem[] = [
  {
    id: 'no-sudden-stop',
    title: 'Do not push for a fast stop',
    text: 'Stopping all at once can cause seizures. Support a slow plan made with their prescriber, even if it takes months.',
    ...backedBy('fdaSeizures', 'patientGuideNoTimeline'),
  },
  {
    id: 'kind-words',
    title: 'Use kind words',
    text: 'Being dependent on a prescribed drug is not the same as addiction. Avoid blame. Say what you see and that you care.',
    ...backedBy('pocketGuideNotSud', 'niceDependence'),
  },
  {
    id: 'join-the-plan',
    title: 'Offer to be part of the plan',
    text: 'Doctors are asked to plan a taper together with the patient and, where the patient wants, with the people who care for them. Offer to go to visits or help keep track of how they feel.',
    ...backedBy('pocketGuideSharedDecision'),
  },
  {
    id: 'know-red-flags',
    title: 'Know the danger signs',
    text: 'Learn the signs that mean call emergency services now, such as a seizure or someone who cannot be woken. If they are very sleepy and hard to wake, do not let them sleep it off: call for help. Keep the numbers where you can find them.',
    ...backedBy('patientGuideSevere', 'peningtonOverdoseSigns'),
  },
  {
    id: 'suicide-talk',
    title: 'If they talk about suicide',
    text: 'Take it seriously. Ask them straight out if they are thinking about suicide, and listen. Stay with them, and help them reach a crisis line: you can call or text together. If they are in danger now, call emergency services. Check in with them again over the next few days. Help is there.',
    ...backedBy('nimhFiveSteps'),
  },
  {
    id: 'keep-them-safe',
    title: 'Help keep them safe',
    text: 'If they may act on thoughts of suicide, stay with them and help keep them safe. With them, put medicines out of reach, including their own benzo, and anything else they could use to hurt themselves. Do not make them skip doses of their benzo, because stopping suddenly is dangerous. Their prescriber or pharmacist can help you plan this.',
    ...backedBy('nimhKeepSafe', 'whoMeansRestriction', 'patientGuideNoSkip', 'patientGuideStoppingSuddenly'),
  },
  {
    id: 'your-own-support',
    title: 'Get support for yourself',
    text: 'Caring for someone is hard. Look for a support group or free classes for families, near you or online. You do not have to do this alone.',
    ...backedBy('namiFamilyPrograms'),
  },
];
