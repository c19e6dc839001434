import { backedBy } from '@/help-content/backed-by';
import type { ChecklistItem, Guide } from '@/help-content/types';

/** The side panel's longer reading. Coping and helping someone reuse the popup's tips. */
export const COMING_OFF_SAFELY: Guide = {
  id: 'coming-off-safely',
  title: 'Coming off safely',
  summary: 'How a safe taper works, in plain words. Your own plan comes from your prescriber.',
  blocks: [
    {
      id: 'why-slowly',
      heading: 'Why slowly',
      text: 'After regular use, your body can come to depend on the drug. Stopping all at once, or cutting too fast, can cause seizures, and that can be life-threatening. A slow taper gives your body time to adjust.',
      ...backedBy('fdaSeizures', 'pocketGuideTaperGradually'),
    },
    {
      id: 'plan-together',
      heading: 'Make the plan together',
      text: 'Doctors are asked to plan a taper with the patient, not for them. You can bring someone you trust into the plan too. Say what matters to you and what worries you.',
      ...backedBy('pocketGuideSharedDecision'),
    },
    {
      id: 'what-slow-looks-like',
      heading: 'What a slow taper looks like',
      text: 'A taper goes down in small steps, often a few weeks apart, at a pace you and your prescriber agree on. Your prescriber should check how you feel at each step and change the pace to suit you. A very big or very fast cut is a reason to ask questions.',
      bullets: [
        'If symptoms get strong, the taper can be slowed or paused.',
        'Some people need a slower taper than others. That is normal.',
        'Try not to skip doses, and do not change the plan on your own.',
      ],
      ...backedBy('pocketGuideFirstSteps', 'pocketGuideTailor', 'pocketGuideSlowOrPause', 'patientGuideNoSkip'),
    },
    {
      id: 'no-set-time',
      heading: 'There is no set timeline',
      text: 'A taper can take a couple of months, or a year or more. Going at a pace you can manage matters more than speed.',
      ...backedBy('patientGuideNoTimeline'),
    },
    {
      id: 'near-the-end',
      heading: 'Near the end, and pauses',
      text: 'Symptoms can get stronger near the end of a taper. Staying at the same dose for a while is a normal part of tapering. In rare cases a prescriber may suggest going back to the dose you were on before, for a time. Make these choices with your prescriber, never alone.',
      ...backedBy('patientGuideEndOfTaper', 'patientGuidePause', 'patientGuideReturnRare'),
    },
    {
      id: 'lower-dose-ok',
      heading: 'A lower dose can be a good result',
      text: 'The goal does not always have to be zero. If going further is too hard, staying on a lower dose can be a good result. Decide this with your prescriber.',
      ...backedBy('pocketGuideGoal', 'pocketGuideLowerDose'),
    },
    {
      id: 'prescriber-stopping',
      heading: 'If your prescriber wants to stop it suddenly',
      text: 'Guidelines tell prescribers not to stop a benzo all at once in someone who is likely to be dependent. If your prescriber plans a sudden stop, or you are about to run out, ask for a slow taper. If you cannot reach them, talk to a pharmacist or an after-hours medical service the same day.',
      ...backedBy('pocketGuideAvoidAbrupt', 'bmjNiceNotAbruptly'),
    },
    {
      id: 'at-home',
      heading: 'Most tapers happen at home',
      text: 'Almost every taper can be done while you live at home and see your prescriber. A hospital stay is only for some serious cases, such as severe withdrawal or a high risk of harm.',
      ...backedBy('patientGuideOutpatient', 'pocketGuideInpatientWhen'),
    },
    {
      id: 'therapy-helps',
      heading: 'Talking therapy alongside',
      text: 'Doctors are told to offer talk therapy during a taper. This can be CBT, or CBT-I for sleep. Ask your prescriber about it.',
      ...backedBy('pocketGuideTherapy'),
    },
    {
      id: 'if-not-helping',
      heading: 'If your prescriber is not helping',
      text: 'Not every prescriber has special training in hard tapers. You can ask to see one of these specialists. The ASAM patient guide can help you say what you need.',
      bullets: ['An addiction medicine doctor', 'An addiction psychiatrist', 'A psychiatric pharmacist', 'A medical toxicologist'],
      ...backedBy('patientGuideSpecialists'),
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
      ...backedBy('patientGuideManyDoWell', 'patientGuideTellRightAway', 'patientGuideSlowFirst'),
    },
    {
      id: 'delayed',
      heading: 'Symptoms can come days later',
      text: 'Symptoms may not start until some days after a dose cut, up to about a week later. After a long-acting benzo is stopped, they can start even later.',
      ...backedBy('patientGuideOnsetWeek', 'nhsScotlandOnset'),
    },
    {
      id: 'rebound',
      heading: 'Old symptoms or new ones?',
      text: 'The problems the medicine was first prescribed for, such as anxiety or poor sleep, can come back. Withdrawal can also bring new symptoms, such as tingling or ringing in the ears. Your prescriber checks for both and can help tell them apart.',
      ...backedBy('pocketGuideRecurrence', 'table3Senses', 'pocketGuideTailor'),
    },
    {
      id: 'thoughts-of-suicide',
      heading: 'If you have thoughts of suicide',
      text: 'Thoughts of suicide or self-harm can be part of withdrawal. They are a sign of severe withdrawal, not a failing. Tell your prescriber the same day. You can call or text a crisis line at any time, even if you do not plan to act on them. If you might act on them, call your emergency number now.',
      ...backedBy('patientGuideSevere', 'table3Suicidality', 'patientGuideTellRightAway', 'us988Purpose', 'ca988NoOneTurnedAway'),
    },
    {
      id: 'protracted',
      heading: 'When symptoms last after stopping',
      text: 'Some people still have withdrawal symptoms after they have fully stopped. This is called protracted withdrawal. Australian and Scottish guidance says it affects up to 15 in 100 people who have withdrawal, and it can last for months or longer. Symptoms can ease slowly: the Scottish guidance says anxiety fades gradually over about a year. If symptoms go on more than a month after you stop, talk to your prescriber. They can check for other causes and help with the symptoms.',
      ...backedBy('patientGuideProtracted', 'racgpProtracted', 'nhsScotlandProtracted'),
    },
  ],
};

/** For people whose situation changes what a safe taper looks like. */
export const YOUR_SITUATION: Guide = {
  id: 'your-situation',
  title: 'If this is you',
  summary: 'Some situations change how a taper is planned. Bring them up with your prescriber.',
  blocks: [
    {
      id: 'pregnancy-breastfeeding',
      heading: 'Pregnant or breastfeeding',
      text: 'If you are pregnant, planning a pregnancy or breastfeeding, do not stop suddenly. Talk to your prescriber or midwife soon. They weigh up the risks for both you and your baby. You can keep breastfeeding while you take a benzo. If you took one while pregnant, tell your baby’s doctor.',
      ...backedBy('patientGuidePregnancy', 'pocketGuidePregnancy'),
    },
    {
      id: 'older-adults',
      heading: 'Aged 65 or over',
      text: 'In older adults, benzos raise the risk of falls, memory problems and car accidents. That is why doctors are advised to offer most people aged 65 or over a slow taper. Ask your prescriber about your own risks and what a taper could do for you.',
      ...backedBy('patientGuideOlderAdults', 'pocketGuideOlderAdults'),
    },
    {
      id: 'epilepsy',
      heading: 'Taking clonazepam for seizures',
      text: 'Clonazepam is also used for epilepsy, and some people need it for a long time. If you take it for seizures, make no change without the doctor who treats your seizures.',
      ...backedBy('nhsClonazepamUses', 'pocketGuideSeizureUse'),
    },
    {
      id: 'other-drugs',
      heading: 'If you also use opioids or other drugs',
      text: 'Taking a benzo with opioids raises the risk of overdose. Keep naloxone (Narcan) at home, and make sure the people close to you know where it is. Naloxone works on opioids, not on benzos. If an overdose might involve opioids, give it, and call your emergency number right away. Pills bought outside a pharmacy can contain fentanyl.',
      ...backedBy('patientGuideNaloxone', 'bjaNaloxone', 'us911', 'patientGuideCounterfeit'),
    },
  ],
};

/** Questions to ask and things to bring to a talk with the prescriber. */
export const PRESCRIBER_CHECKLIST: readonly ChecklistItem[] = [
  {
    id: 'still-right',
    group: 'ask',
    text: 'Is this medicine still right for me? Do the benefits still outweigh the risks?',
    ...backedBy('pocketGuideReview'),
  },
  { id: 'plan-together', group: 'ask', text: 'Can we plan a slow taper together?', ...backedBy('pocketGuideSharedDecision') },
  { id: 'goal', group: 'ask', text: 'Is the goal to stop, or to reach a lower dose?', ...backedBy('pocketGuideGoal') },
  { id: 'pace', group: 'ask', text: 'What happens if I feel unwell? Can we slow down or pause?', ...backedBy('patientGuideSlowFirst') },
  {
    id: 'near-the-end',
    group: 'ask',
    text: 'What if symptoms get worse near the end of the taper?',
    ...backedBy('patientGuideEndOfTaper'),
  },
  {
    id: 'symptoms',
    group: 'ask',
    text: 'Which symptoms should I watch for? Which mean I should call you, or get help now?',
    ...backedBy('patientGuideSevere'),
  },
  {
    id: 'between-visits',
    group: 'ask',
    text: 'Who can I call if things get hard between visits?',
    ...backedBy('patientGuideTellRightAway', 'patientGuideCheckIn'),
  },
  {
    id: 'running-out',
    group: 'ask',
    text: 'What should I do if I am about to run out, or cannot reach you?',
    ...backedBy('pocketGuideAvoidAbrupt'),
  },
  { id: 'therapy', group: 'ask', text: 'Could CBT, or CBT-I for sleep, help me during the taper?', ...backedBy('pocketGuideTherapy') },
  {
    id: 'other-medicines',
    group: 'ask',
    text: 'Do any of my other medicines, or alcohol, mix badly with this one?',
    ...backedBy('fdaAlcohol'),
  },
  {
    id: 'new-medicines',
    group: 'ask',
    text: 'Should I check with you or a pharmacist before I take any new medicine, such as a sleeping pill?',
    ...backedBy('patientGuideAvoidReceptors'),
  },
  {
    id: 'pregnancy',
    group: 'ask',
    text: 'I am pregnant, planning a pregnancy or breastfeeding. What does that change?',
    ...backedBy('patientGuidePregnancy'),
  },
  {
    id: 'older-adult',
    group: 'ask',
    text: 'I am 65 or over. What are my risks, and could a taper help me?',
    ...backedBy('patientGuideOlderAdults'),
  },
  {
    id: 'seizures',
    group: 'ask',
    text: 'I take this for seizures. Will the doctor who treats my seizures be part of the plan?',
    ...backedBy('nhsClonazepamUses'),
  },
  { id: 'naloxone', group: 'ask', text: 'I also take opioids. Should I keep naloxone at home?', ...backedBy('patientGuideNaloxone') },
  {
    id: 'medicine-list',
    group: 'bring',
    text: 'A list of all your medicines, including ones you buy without a prescription, vitamins and herbal products.',
    ...backedBy('patientGuideInteractions'),
  },
  { id: 'notes', group: 'bring', text: 'Notes on how you have been sleeping and feeling.', ...backedBy('patientGuideCheckIn') },
  { id: 'patient-guide', group: 'bring', text: 'A copy of the ASAM patient guide on tapering.', ...backedBy('patientGuideSpecialists') },
  { id: 'support-person', group: 'bring', text: 'Someone you trust, if you would like company.', ...backedBy('pocketGuideSharedDecision') },
];
