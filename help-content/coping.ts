import { backedBy } from '@/help-content/backed-by';
import type { HelpItem } from '@/help-content/types';

/** Things that help alongside a prescriber-led taper, never instead of it. */
export const COPING_TIPS: readonly HelpItem[] = [
  {
    id: 'slow-breathing',
    title: 'Breathe slowly',
    text: 'Sit back and breathe slowly into your belly. Breathe in through your nose, then out through your mouth. Do not hold your breath. If you feel dizzy, stop and breathe normally. Studies link slow breathing with a calmer body.',
    ...backedBy('zaccaroSlowBreathing', 'nhsBreathingExercise'),
  },
  {
    id: 'grounding',
    title: 'Try 5-4-3-2-1',
    text: 'When panic rises, look around and name 5 things you see, 4 you can touch, 3 you hear, 2 you smell and 1 you taste. It turns your mind to what is around you.',
    ...backedBy('mayoGrounding'),
  },
  {
    id: 'cbt-i',
    title: 'Ask about CBT-I for sleep',
    text: 'CBT-I is a talking therapy for sleep. Sleep experts strongly recommend it for long-term sleep problems. Ask your prescriber about it.',
    ...backedBy('aasmCbtI'),
  },
  {
    id: 'sleep-habits',
    title: 'Keep a steady sleep routine',
    text: 'Go to bed and get up at the same times each day. Relax for an hour before bed, and put screens away before you sleep.',
    ...backedBy('nhsSleepHabits'),
  },
  {
    id: 'caffeine',
    title: 'Go easy on caffeine',
    text: 'Do not drink tea or coffee, or smoke, in the six hours before bed.',
    ...backedBy('nhsCaffeine'),
  },
  {
    id: 'no-alcohol',
    title: 'Skip alcohol',
    text: 'Alcohol with a benzo raises the risk of an overdose. Do not use it to take the edge off.',
    ...backedBy('fdaAlcohol'),
  },
  {
    id: 'cbt',
    title: 'Ask about CBT',
    text: 'CBT is a talking therapy. In studies, adding CBT to a taper helped more people stop in the first few months. A year on, the studies found no clear difference. Doctors are still advised to offer it, so ask your prescriber.',
    ...backedBy('cochraneShortTerm', 'cochraneYearLater', 'pocketGuideTherapy'),
  },
  {
    id: 'support',
    title: 'Lean on support',
    text: 'Some people find therapy, support groups, meditation or yoga helpful during a taper. If symptoms get hard to bear, tell your prescriber right away. The taper can be slowed.',
    ...backedBy('patientGuideCoping', 'patientGuideTellRightAway', 'patientGuideSlowFirst'),
  },
];
