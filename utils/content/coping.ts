import { CONTENT_REVIEWED, SOURCES } from './sources';
import type { HelpItem } from './types';

const checked = { reviewed: CONTENT_REVIEWED, confidence: 'verified' } as const;

/** Things that help alongside a prescriber-led taper, never instead of it. */
export const COPING_TIPS: readonly HelpItem[] = [
  {
    id: 'slow-breathing',
    title: 'Breathe slowly',
    text: 'Sit back and breathe slowly into your belly, in through your nose and out through your mouth. Do not hold your breath. Slow breathing can help your body settle.',
    source: SOURCES.slowBreathingReview,
    ...checked,
  },
  {
    id: 'grounding',
    title: 'Try 5-4-3-2-1',
    text: 'When panic rises, name 5 things you see, 4 you can touch, 3 you hear, 2 you smell and 1 you taste. Many people find it brings them back to the here and now.',
    source: SOURCES.groundingCountdown,
    ...checked,
  },
  {
    id: 'cbt-i',
    title: 'Ask about CBT-I for sleep',
    text: 'CBT-I is a talking therapy for sleep. Sleep experts say it is the first thing to try for long-term sleep problems. Good sleep habits help, but on their own they are often not enough.',
    source: SOURCES.aasmInsomniaGuideline,
    ...checked,
  },
  {
    id: 'sleep-habits',
    title: 'Keep a steady sleep routine',
    text: 'Go to bed and get up at the same times each day. Wind down for an hour before bed, away from screens. If you lie awake for a long time, get up, do something calm, then try again.',
    source: SOURCES.nhsInsomniaAdvice,
    reviewed: CONTENT_REVIEWED,
    // Only a GP practice's copy of the NHS advice was checked.
    confidence: 'check-official',
  },
  {
    id: 'caffeine',
    title: 'Go easy on caffeine',
    text: 'Caffeine can make anxiety and sleep worse. Avoid it for about six hours before bed. If you drink a lot, cut down slowly.',
    source: SOURCES.nhsInsomniaAdvice,
    reviewed: CONTENT_REVIEWED,
    confidence: 'check-official',
  },
  {
    id: 'no-alcohol',
    title: 'Skip alcohol',
    text: 'Alcohol with a benzo can slow your breathing. It also breaks up your sleep. Do not use it to take the edge off.',
    source: SOURCES.fdaBoxedWarning2020,
    ...checked,
  },
  {
    id: 'cbt',
    title: 'Ask about CBT',
    text: 'CBT is a talking therapy. People who have it during a taper are more likely to come off. Ask your prescriber about it.',
    source: SOURCES.cochraneCbtTaper,
    ...checked,
  },
  {
    id: 'support',
    title: 'Lean on support',
    text: 'Therapy, support groups, meditation and gentle yoga can all help. If symptoms get hard to bear, tell your prescriber right away. The taper can be slowed.',
    source: SOURCES.patientGuideSupport,
    ...checked,
  },
];
