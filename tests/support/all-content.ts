import { COPING_TIPS } from '../../utils/content/coping';
import { COMING_OFF_SAFELY, PRESCRIBER_CHECKLIST, WITHDRAWAL_AND_HELP } from '../../utils/content/guides';
import { HELP_SOMEONE_TIPS } from '../../utils/content/help-someone';
import { RESOURCE_GROUPS, RESOURCES } from '../../utils/content/resources';
import { HELPLINES } from '../../utils/content/helplines';
import { COMMON_SYMPTOMS, RED_FLAGS, SAFETY_FACTS } from '../../utils/content/safety';
import type { Sourced } from '../../utils/content/types';

/** Every sourced item Steady ships, with a label for failure messages. */
export const ALL_SOURCED_ITEMS: { label: string; item: Sourced }[] = [
  ...SAFETY_FACTS.map((item) => ({ label: `fact ${item.id}`, item })),
  ...COPING_TIPS.map((item) => ({ label: `coping tip ${item.id}`, item })),
  ...HELP_SOMEONE_TIPS.map((item) => ({ label: `help-someone tip ${item.id}`, item })),
  ...RED_FLAGS.map((item) => ({ label: `red flag ${item.id}`, item })),
  ...COMMON_SYMPTOMS.map((item) => ({ label: `symptom group ${item.id}`, item })),
  ...HELPLINES.map((item) => ({ label: `helpline ${item.id}`, item })),
  ...[COMING_OFF_SAFELY, WITHDRAWAL_AND_HELP].flatMap((guide) => guide.blocks.map((item) => ({ label: `guide block ${item.id}`, item }))),
  ...PRESCRIBER_CHECKLIST.map((item) => ({ label: `checklist item ${item.id}`, item })),
  ...RESOURCES.map((item) => ({ label: `resource ${item.id}`, item })),
];

/** Prose a reader sees, as whole passages, for readability and wording checks. */
export const ALL_PROSE: { label: string; text: string }[] = [
  // A heading is read with its text; alone, a two-word heading gives Flesch–Kincaid nothing to measure.
  ...[...SAFETY_FACTS, ...COPING_TIPS, ...HELP_SOMEONE_TIPS].map((item) => ({ label: item.id, text: `${item.title}. ${item.text}` })),
  ...RED_FLAGS.map((flag) => ({ label: `red flag ${flag.id}`, text: `Call now if someone ${flag.sign}.` })),
  // The symptom groups are read as one short list, so they are measured as one passage.
  { label: 'common symptoms', text: COMMON_SYMPTOMS.map((group) => `${group.label}: ${group.symptoms.join(', ')}.`).join(' ') },
  ...HELPLINES.flatMap((line) => [
    { label: `${line.id} purpose`, text: line.purpose },
    ...(line.callNote ? [{ label: `${line.id} call note`, text: line.callNote }] : []),
  ]),
  ...[COMING_OFF_SAFELY, WITHDRAWAL_AND_HELP].flatMap((guide) => [
    { label: `guide ${guide.id} summary`, text: `${guide.title}. ${guide.summary}` },
    ...guide.blocks.map((block) => ({ label: `guide block ${block.id}`, text: [block.heading, block.text, ...(block.bullets ?? [])].join('. ').replace(/\.\./g, '.') })),
  ]),
  // Checklist questions are read as one list, so they are measured as one passage.
  { label: 'prescriber checklist', text: PRESCRIBER_CHECKLIST.map((item) => item.text).join(' ') },
  ...RESOURCE_GROUPS.map((group) => ({ label: `resource group ${group.kind}`, text: `${group.label}. ${group.intro}` })),
  ...RESOURCES.flatMap((resource) => [
    { label: `resource ${resource.id}`, text: resource.description },
    ...(resource.caution ? [{ label: `resource ${resource.id} caution`, text: resource.caution }] : []),
  ]),
];

/** Every string in the help content, for checks that no wording slips through anywhere. */
export const ALL_STRINGS: string[] = collectStrings([
  SAFETY_FACTS,
  COPING_TIPS,
  HELP_SOMEONE_TIPS,
  RED_FLAGS,
  COMMON_SYMPTOMS,
  HELPLINES,
  COMING_OFF_SAFELY,
  WITHDRAWAL_AND_HELP,
  PRESCRIBER_CHECKLIST,
  RESOURCE_GROUPS,
  RESOURCES,
]);

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}
