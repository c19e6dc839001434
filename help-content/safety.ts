import { backedBy } from '@/help-content/backed-by';
import type { HelpItem, RedFlag, SymptomGroup } from '@/help-content/types';

/** What everyone coming off a benzodiazepine should know first, most urgent first. */
export const SAFETY_FACTS: readonly HelpItem[] = [
  {
    id: 'do-not-stop-suddenly',
    title: 'Do not stop all at once',
    text: 'Stopping a benzo suddenly, or cutting down too fast, can cause seizures. This kind of withdrawal can be life-threatening. Talk to your prescriber before you change your dose.',
    ...backedBy('fdaSeizures', 'patientGuideStoppingSuddenly'),
  },
  {
    id: 'running-out',
    title: 'Running out is stopping suddenly',
    text: 'If you are about to run out of pills, or your prescriber wants you to stop all at once, that is a sudden stop too. Contact your prescriber or a pharmacist before your last dose. Ask for a slow taper instead.',
    ...backedBy('pocketGuideAvoidAbrupt', 'bmjNiceNotAbruptly', 'patientGuideStoppingSuddenly'),
  },
  {
    id: 'suicidal-thoughts',
    title: 'Thoughts of suicide: get help today',
    text: 'Withdrawal can bring thoughts of suicide or of harming yourself. They are a sign of severe withdrawal, so tell your prescriber the same day. You can call or text a crisis line at any time, even if you do not plan to act on them. If you might act on them, call your emergency number now. Help is there.',
    ...backedBy('patientGuideSevere', 'table3Suicidality', 'patientGuideTellRightAway', 'us988Purpose', 'ca988NoOneTurnedAway'),
  },
  {
    id: 'no-alcohol-or-opioids',
    title: 'Alcohol and opioids: take extra care',
    text: 'Mixing a benzo with alcohol, opioids or other drugs that make you sleepy makes an overdose more likely. It can slow your breathing. That can be life-threatening. Never use alcohol to ease withdrawal. If you are prescribed opioids too, do not stop either medicine on your own: talk to your prescriber, and keep naloxone (Narcan) at home.',
    ...backedBy('fdaAlcohol', 'fda2016Breathing', 'fdaLabelOpioids', 'patientGuideNaloxone', 'patientGuideStoppingSuddenly'),
  },
  {
    id: 'pharmacy-pills-only',
    title: 'Only take pills from a pharmacy',
    text: 'Pills bought online, on the street or from a friend can be fakes made to look like real medicine. They can contain fentanyl and cause an overdose. Only take medicine your prescriber ordered and a pharmacy gave you.',
    ...backedBy('patientGuideCounterfeit', 'deaCounterfeit'),
  },
  {
    id: 'taper-with-prescriber',
    title: 'Come off slowly, with your prescriber',
    text: 'The safe way off is a slow taper: small steps down over time. Plan it with your prescriber. It can be slowed or paused if you feel unwell.',
    ...backedBy('pocketGuideTaperGradually', 'patientGuideSlowFirst'),
  },
  {
    id: 'pregnancy',
    title: 'Pregnant? Do not stop on your own',
    text: 'If you are pregnant, or find out you are, do not stop your benzo suddenly. Talk to your prescriber or midwife soon. They will weigh up the risks for both you and your baby.',
    ...backedBy('patientGuidePregnancy', 'pocketGuidePregnancy', 'patientGuideStoppingSuddenly'),
  },
  {
    id: 'seizure-medicine',
    title: 'Taking clonazepam for seizures?',
    text: 'Clonazepam is also used to control seizures in epilepsy. If you take it for seizures, make no change without the doctor who treats your seizures.',
    ...backedBy('nhsClonazepamUses', 'pocketGuideSeizureUse'),
  },
  {
    id: 'delayed-symptoms',
    title: 'Symptoms can start days later',
    text: 'Withdrawal does not always start right away. After a dose cut, symptoms may take up to a week to show. After stopping a long-acting benzo, they may start even later. Feeling fine the next day does not mean the risk has passed.',
    ...backedBy('patientGuideOnsetWeek', 'nhsScotlandOnset'),
  },
  {
    id: 'dependence-is-not-addiction',
    title: 'Dependence is not addiction',
    text: 'Your body can get used to a benzo after a few weeks of regular use, even at the dose you were prescribed. That is physical dependence. It is not addiction: fewer than 2 in 100 people who take benzos become addicted to them.',
    ...backedBy('fdaDependenceWeeks', 'patientGuideWithdrawalWeeks', 'niceDependence', 'patientGuideUseDisorder'),
  },
  {
    id: 'do-not-skip-doses',
    title: 'Keep to the plan',
    text: 'Try not to skip doses, and do not change the plan on your own. Skipping doses can make withdrawal worse. If you feel bad between doses, tell your prescriber.',
    ...backedBy('patientGuideNoSkip'),
  },
  {
    id: 'no-new-sleeping-pills',
    title: 'No new sleeping pills on your own',
    text: 'Sleeping pills such as zolpidem and zopiclone work on the same part of the brain as benzos, and they can cause dependence too. Do not start them, or any new medicine that makes you sleepy, without your prescriber.',
    ...backedBy('niceZDrugs', 'cksZDrugsSameReceptors', 'patientGuideAvoidReceptors'),
  },
  {
    id: 'opioids-naloxone',
    title: 'If you also take opioids, keep naloxone',
    text: 'If you take opioids as well as a benzo, keep naloxone (Narcan) at home. Tell your family where it is. It can undo an opioid overdose, but not a benzo overdose. If someone may have overdosed, call 911 or your emergency number. Give the naloxone too.',
    ...backedBy('patientGuideNaloxone', 'bjaNaloxone'),
  },
  {
    id: 'driving',
    title: 'Take care with driving',
    text: 'Benzos can make you sleepy and can make driving less safe. Do not drive, ride a bike or use machines if you feel sleepy or confused.',
    ...backedBy('nhsClonazepamDriving', 'nhsClonazepamSleepy', 'cksDriving'),
  },
  {
    id: 'most-taper-at-home',
    title: 'Most people can taper at home',
    text: 'Almost everyone can come off while living at home and seeing their prescriber. A hospital stay is only needed in some serious cases. Your prescriber can help you decide.',
    ...backedBy('patientGuideOutpatient', 'pocketGuideInpatientWhen'),
  },
];

/** Common withdrawal symptoms, grouped so a worried reader can scan them; each list names things people feel. */
export const COMMON_SYMPTOMS: readonly SymptomGroup[] = [
  { id: 'mood', label: 'Mood', symptoms: ['Anxiety or panic', 'Low mood', 'Feeling on edge or cross'], ...backedBy('table3Mood') },
  { id: 'sleep', label: 'Sleep', symptoms: ['Trouble sleeping', 'Nightmares'], ...backedBy('table3Sleep') },
  {
    id: 'body',
    label: 'Body',
    symptoms: ['Headache', 'Sweating', 'Racing heart', 'Upset stomach'],
    ...backedBy('table3General', 'table3Heart', 'table3Gut'),
  },
  { id: 'muscles', label: 'Muscles', symptoms: ['Shaking', 'Aches', 'Twitches'], ...backedBy('table3Muscles') },
  {
    id: 'mind',
    label: 'Mind',
    symptoms: ['Trouble focusing', 'Feeling unreal', 'Thoughts of suicide or self-harm'],
    ...backedBy('table3Cognition', 'table3Unreal', 'table3Suicidality'),
  },
  {
    id: 'senses',
    label: 'Senses',
    symptoms: ['Light and sound feel too strong', 'Tingling', 'Ringing in the ears'],
    ...backedBy('table3Senses'),
  },
];

/** Signs that mean "call emergency services now"; each completes "Call now if someone…". */
export const RED_FLAGS: readonly RedFlag[] = [
  { id: 'seizure', sign: 'has a seizure (a fit)', ...backedBy('nhs24When999', 'patientGuideSevere') },
  { id: 'confusion', sign: 'is suddenly very confused or does not know where they are', ...backedBy('wales111Confusion', 'swast999') },
  { id: 'hallucinations', sign: 'sees or hears things that are not there', ...backedBy('wales111Hallucinations', 'table3Psychosis') },
  {
    id: 'suicide',
    sign: 'may act on thoughts of suicide, or has harmed themselves',
    ...backedBy('nhs24When999', 'patientGuideSevere', 'table3Suicidality'),
  },
  { id: 'chest-pain', sign: 'has chest pain, or passes out', ...backedBy('swast999') },
  { id: 'breathing', sign: 'has slow, shallow or hard breathing', ...backedBy('peningtonOverdoseSigns', 'fda2016WarnBreathing') },
  { id: 'unresponsive', sign: 'cannot be woken, or has blue or gray lips', ...backedBy('peningtonOverdoseSigns') },
];
