import { CONTENT_REVIEWED, SOURCES } from './sources';
import type { ChecklistItem, Guide } from './types';

const checked = { reviewed: CONTENT_REVIEWED, confidence: 'verified' } as const;

/** The side panel's longer reading. Coping and helping someone reuse the popup's tips. */
export const COMING_OFF_SAFELY: Guide = {
  id: 'coming-off-safely',
  title: 'Coming off safely',
  summary: 'How a safe taper works, in plain words. Your own plan comes from your prescriber.',
  blocks: [
    {
      id: 'why-slowly',
      heading: 'Why slowly',
      text: 'After regular use, your body depends on the drug. Stopping all at once, or cutting too fast, can cause seizures. These can kill. A slow taper gives your body time to adjust.',
      source: SOURCES.fdaBoxedWarning2020,
      ...checked,
    },
    {
      id: 'plan-together',
      heading: 'Make the plan together',
      text: 'Doctors are asked to plan a taper with the patient, not for them. You can bring someone you trust into the plan too. Say what matters to you and what worries you.',
      source: SOURCES.guidelinePrinciples,
      ...checked,
    },
    {
      id: 'small-steps',
      heading: 'Small steps that fit you',
      text: 'A taper goes down in small steps. Your prescriber should check how you feel at each step and change the pace to suit you.',
      bullets: [
        'If symptoms get strong, the taper can be slowed or paused.',
        'Some people need a slower taper than others. That is normal.',
        'Do not skip doses or change the plan on your own.',
      ],
      source: SOURCES.guidelinePrinciples,
      ...checked,
    },
    {
      id: 'no-set-time',
      heading: 'There is no set timeline',
      text: 'A taper can take a couple of months, or more than a year. Going at a pace you can manage matters more than speed.',
      source: SOURCES.patientGuideTiming,
      ...checked,
    },
    {
      id: 'lower-dose-ok',
      heading: 'A lower dose can be a good result',
      text: 'The goal does not always have to be zero. Reaching a dose where the risks no longer outweigh the benefits can be a good outcome.',
      source: SOURCES.guidelinePrinciples,
      ...checked,
    },
    {
      id: 'at-home',
      heading: 'Most tapers happen at home',
      text: 'Most people taper while living at home and seeing their prescriber. A hospital stay is only for some serious cases, such as severe withdrawal or a high risk of harm.',
      source: SOURCES.guidelineRecommendations,
      ...checked,
    },
    {
      id: 'therapy-helps',
      heading: 'Therapy helps',
      text: 'Doctors are advised to offer talking therapy, such as CBT, during a taper. CBT-I can help with sleep.',
      source: SOURCES.guidelineRecommendations,
      ...checked,
    },
    {
      id: 'if-not-helping',
      heading: 'If your prescriber is not helping',
      text: 'Not every prescriber has special training in tapering. You can ask to see a specialist. This could be an addiction medicine doctor, a psychiatrist or a pharmacist.',
      source: SOURCES.patientGuideDoses,
      ...checked,
    },
  ],
};

export const WITHDRAWAL_AND_HELP: Guide = {
  id: 'withdrawal-and-help',
  title: 'What withdrawal can feel like',
  summary: 'Symptoms people often have, how long they can last, and when to get help now.',
  blocks: [
    {
      id: 'many-do-well',
      heading: 'Many people do well',
      text: 'Many people taper without major problems. Some have a hard time. If you do, tell your prescriber. The plan can change.',
      source: SOURCES.patientGuideSupport,
      ...checked,
    },
    {
      id: 'delayed',
      heading: 'Symptoms can come days later',
      text: 'With a long-acting benzo like clonazepam, symptoms may not start until several days after a dose cut. Some people notice them up to a week later.',
      source: SOURCES.patientGuideTiming,
      ...checked,
    },
    {
      id: 'rebound',
      heading: 'Old symptoms or new ones?',
      text: 'Your old anxiety or sleep problems can come back for a while, sometimes stronger than before. Withdrawal can also bring new symptoms, such as tingling or ringing in the ears. Your prescriber watches for both and can help tell them apart.',
      source: SOURCES.guidelineRebound,
      ...checked,
    },
    {
      id: 'lasting',
      heading: 'If symptoms last',
      text: 'Some people still have symptoms after the taper ends. These usually get better slowly over time. If symptoms go on for more than a month after you stop, talk to a clinician.',
      source: SOURCES.patientGuideLasting,
      ...checked,
    },
  ],
};

/** Questions to ask and things to bring to a talk with the prescriber. */
export const PRESCRIBER_CHECKLIST: readonly ChecklistItem[] = [
  { id: 'still-right', group: 'ask', text: 'Is this medicine still right for me? Do the benefits still outweigh the risks?', source: SOURCES.guidelinePrinciples, ...checked },
  { id: 'plan-together', group: 'ask', text: 'Can we plan a slow taper together?', source: SOURCES.guidelinePrinciples, ...checked },
  { id: 'goal', group: 'ask', text: 'Is the goal to stop, or to reach a lower dose?', source: SOURCES.guidelinePrinciples, ...checked },
  { id: 'pace', group: 'ask', text: 'What happens if I feel unwell? Can we slow down or pause?', source: SOURCES.guidelinePrinciples, ...checked },
  { id: 'symptoms', group: 'ask', text: 'Which symptoms should I watch for? Which mean I should call you, or get help now?', source: SOURCES.patientGuideSupport, ...checked },
  { id: 'between-visits', group: 'ask', text: 'Who can I call if things get hard between visits?', source: SOURCES.patientGuideSupport, ...checked },
  { id: 'therapy', group: 'ask', text: 'Could CBT, or CBT-I for sleep, help me during the taper?', source: SOURCES.guidelineRecommendations, ...checked },
  { id: 'other-medicines', group: 'ask', text: 'Do any of my other medicines, or alcohol, mix badly with this one?', source: SOURCES.fdaBoxedWarning2020, ...checked },
  { id: 'new-medicines', group: 'ask', text: 'Should I check with you or a pharmacist before I take any new medicine?', source: SOURCES.patientGuideDoses, ...checked },
  { id: 'medicine-list', group: 'bring', text: 'A list of all your medicines, including ones you buy without a prescription, vitamins and herbal products.', source: SOURCES.guidelinePrinciples, ...checked },
  { id: 'notes', group: 'bring', text: 'Notes on how you have been sleeping and feeling.', source: SOURCES.guidelinePrinciples, ...checked },
  { id: 'patient-guide', group: 'bring', text: 'A copy of the ASAM patient guide on tapering.', source: SOURCES.patientGuide, ...checked },
  { id: 'support-person', group: 'bring', text: 'Someone you trust, if you would like company.', source: SOURCES.guidelinePrinciples, ...checked },
];
