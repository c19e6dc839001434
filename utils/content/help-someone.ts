import { CONTENT_REVIEWED, SOURCES } from './sources';
import type { HelpItem } from './types';

const checked = { reviewed: CONTENT_REVIEWED, confidence: 'verified' } as const;

/** For a family member or friend of someone coming off a benzodiazepine. */
export const HELP_SOMEONE_TIPS: readonly HelpItem[] = [
  {
    id: 'no-sudden-stop',
    title: 'Do not push for a fast stop',
    text: 'Stopping all at once can cause seizures. Support a slow plan made with their prescriber, even if it takes months.',
    source: SOURCES.fdaBoxedWarning2020,
    ...checked,
  },
  {
    id: 'kind-words',
    title: 'Use kind words',
    text: 'Being dependent on a prescribed drug is not the same as addiction. Avoid blame. Say what you see and that you care.',
    source: SOURCES.guidelineDependence,
    ...checked,
  },
  {
    id: 'join-the-plan',
    title: 'Offer to be part of the plan',
    text: 'Doctors are asked to plan a taper together with the patient and, where the patient wants, with family. Offer to go to visits or help keep track of how they feel.',
    source: SOURCES.guidelinePrinciples,
    ...checked,
  },
  {
    id: 'know-red-flags',
    title: 'Know the danger signs',
    text: 'Learn the signs that mean call emergency services now, such as a seizure or someone who cannot be woken. Keep the numbers where you can find them.',
    source: SOURCES.guidelineSymptomTable,
    ...checked,
  },
  {
    id: 'suicide-talk',
    title: 'If they talk about suicide',
    text: 'Take it seriously. Stay with them if you can, and call or text a crisis line together. If they are in danger now, call emergency services. Help works, and people do get through this.',
    source: SOURCES.lifeline988WhatToExpect,
    ...checked,
  },
  {
    id: 'your-own-support',
    title: 'Get support for yourself',
    text: 'Caring for someone is hard. Groups such as Nar-Anon and programs from NAMI help family members and friends. You do not have to do this alone.',
    source: SOURCES.narAnon,
    ...checked,
  },
];
