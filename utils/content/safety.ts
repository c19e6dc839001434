import { CONTENT_REVIEWED, SOURCES } from './sources';
import type { HelpItem, RedFlag, SymptomGroup } from './types';

const checked = { reviewed: CONTENT_REVIEWED, confidence: 'verified' } as const;

/** What everyone coming off a benzodiazepine should know first. */
export const SAFETY_FACTS: readonly HelpItem[] = [
  {
    id: 'do-not-stop-suddenly',
    title: 'Do not stop all at once',
    text: 'Stopping a benzo suddenly, or cutting down too fast, can cause seizures. These can kill. Talk to your prescriber before you change your dose.',
    source: SOURCES.fdaBoxedWarning2020,
    ...checked,
  },
  {
    id: 'taper-with-prescriber',
    title: 'Come off slowly, with your prescriber',
    text: 'The safe way off is a slow taper: small steps down over time. Plan it with your prescriber. It can be slowed or paused if you feel unwell.',
    source: SOURCES.guidelineDoNotStopSuddenly,
    ...checked,
  },
  {
    id: 'most-taper-at-home',
    title: 'Most people can taper at home',
    text: 'Most people come off while living at home and seeing their prescriber. A hospital stay is only needed in some serious cases. Your prescriber can help you decide.',
    source: SOURCES.patientGuideWhere,
    ...checked,
  },
  {
    id: 'dependence-is-not-addiction',
    title: 'Dependence is not addiction',
    text: 'Almost everyone who takes a benzo every day for more than a month becomes physically dependent. Your body has got used to the drug. That is not the same as addiction.',
    source: SOURCES.patientGuideDependence,
    ...checked,
  },
  {
    id: 'delayed-symptoms',
    title: 'Symptoms can start days later',
    text: 'Clonazepam and other long-acting benzos leave the body slowly. After a dose cut, withdrawal may not start for several days, often 3 to 7. Feeling fine the next day does not mean the risk has passed.',
    source: SOURCES.racgpDiscontinuing,
    ...checked,
  },
  {
    id: 'no-alcohol-or-opioids',
    title: 'Never mix with alcohol or opioids',
    text: 'A benzo taken with alcohol, opioids or other drugs that make you sleepy can slow your breathing. This can kill. Never use alcohol to ease withdrawal.',
    source: SOURCES.fdaOpioidBenzoWarning2016,
    ...checked,
  },
  {
    id: 'do-not-skip-doses',
    title: 'Keep to the plan',
    text: 'Do not skip doses or change the plan on your own. That can make withdrawal worse. If you feel bad between doses, tell your prescriber.',
    source: SOURCES.patientGuideDoses,
    ...checked,
  },
];

/** Common withdrawal symptoms, grouped so a worried reader can scan them. */
export const COMMON_SYMPTOMS: readonly SymptomGroup[] = [
  { id: 'mood', label: 'Mood', symptoms: ['Anxiety or panic', 'Low mood', 'Feeling on edge or cross'], source: SOURCES.guidelineSymptomTable, ...checked },
  { id: 'sleep', label: 'Sleep', symptoms: ['Trouble sleeping', 'Nightmares'], source: SOURCES.guidelineSymptomTable, ...checked },
  { id: 'body', label: 'Body', symptoms: ['Headache', 'Sweating', 'Racing heart', 'Upset stomach'], source: SOURCES.guidelineSymptomTable, ...checked },
  { id: 'muscles', label: 'Muscles', symptoms: ['Shaking', 'Aches', 'Twitches'], source: SOURCES.guidelineSymptomTable, ...checked },
  { id: 'mind', label: 'Mind', symptoms: ['Trouble focusing', 'Feeling unreal'], source: SOURCES.guidelineSymptomTable, ...checked },
  { id: 'senses', label: 'Senses', symptoms: ['Light and sound feel too strong', 'Tingling', 'Ringing in the ears'], source: SOURCES.guidelineSymptomTable, ...checked },
];

/** Signs that mean "call emergency services now"; each completes "Call now if someone…". */
export const RED_FLAGS: readonly RedFlag[] = [
  { id: 'seizure', sign: 'has a seizure (a fit)', source: SOURCES.guidelineSymptomTable, ...checked },
  { id: 'confusion', sign: 'is very confused or does not know where they are', source: SOURCES.guidelineSymptomTable, ...checked },
  { id: 'hallucinations', sign: 'sees or hears things that are not there', source: SOURCES.guidelineSymptomTable, ...checked },
  { id: 'suicide', sign: 'may act on thoughts of suicide, or has harmed themselves', source: SOURCES.patientGuideSupport, ...checked },
  { id: 'chest-pain', sign: 'has chest pain or faints', source: SOURCES.nhs24WhenTo999, ...checked },
  { id: 'breathing', sign: 'has slow or hard breathing', source: SOURCES.fdaOpioidBenzoWarning2016, ...checked },
  { id: 'unresponsive', sign: 'cannot be woken, or has blue or gray lips', source: SOURCES.peningtonOverdoseFactsheet, ...checked },
];
