import { helpContent, type HelpContent } from '../../shared/localized-content';
import type { Sourced } from '../../help-content/types';
import { uiStrings } from '../../locales/ui-strings';
import type { Locale } from '../../locales/locale';

/** Every sourced item Steady ships in one language, with a label for failure messages. */
export function sourcedItems(content: HelpContent): { label: string; item: Sourced }[] {
  return [
    ...content.safetyFacts.map((item) => ({ label: `fact ${item.id}`, item })),
    ...content.copingTips.map((item) => ({ label: `coping tip ${item.id}`, item })),
    ...content.helpSomeoneTips.map((item) => ({ label: `help-someone tip ${item.id}`, item })),
    ...content.redFlags.map((item) => ({ label: `red flag ${item.id}`, item })),
    ...content.commonSymptoms.map((item) => ({ label: `symptom group ${item.id}`, item })),
    ...content.helplines.map((item) => ({ label: `helpline ${item.id}`, item })),
    ...[content.comingOffSafely, content.withdrawalAndHelp, content.yourSituation].flatMap((guide) =>
      guide.blocks.map((item) => ({ label: `guide block ${item.id}`, item })),
    ),
    ...content.prescriberChecklist.map((item) => ({ label: `checklist item ${item.id}`, item })),
    ...content.resources.map((item) => ({ label: `resource ${item.id}`, item })),
  ];
}

/** How each language completes a red flag when it is read aloud as a sentence. */
const RED_FLAG_LEAD: Record<Locale, string> = { en: 'Call now if someone', es: 'Llama ya si la persona' };

/** Prose a reader sees, as whole passages, for readability and wording checks. */
export function prosePassages(content: HelpContent): { label: string; text: string }[] {
  return [
    // A heading is read with its text; alone, a two-word heading gives a readability score nothing to measure.
    ...[...content.safetyFacts, ...content.copingTips, ...content.helpSomeoneTips].map((item) => ({
      label: item.id,
      text: `${item.title}. ${item.text}`,
    })),
    ...content.redFlags.map((flag) => ({ label: `red flag ${flag.id}`, text: `${RED_FLAG_LEAD[content.locale]} ${flag.sign}.` })),
    // The symptom groups are read as one short list, so they are measured as one passage.
    { label: 'common symptoms', text: content.commonSymptoms.map((group) => `${group.label}: ${group.symptoms.join(', ')}.`).join(' ') },
    // A call note ("Then press 1.") is read right after the purpose, so the two are measured together.
    ...content.helplines.map((line) => ({ label: `${line.id} purpose`, text: [line.purpose, line.callNote].filter(Boolean).join(' ') })),
    ...[content.comingOffSafely, content.withdrawalAndHelp, content.yourSituation].flatMap((guide) => [
      { label: `guide ${guide.id} summary`, text: `${guide.title}. ${guide.summary}` },
      ...guide.blocks.map((block) => ({
        label: `guide block ${block.id}`,
        text: [block.heading, block.text, ...(block.bullets ?? [])].join('. ').replace(/\.\./g, '.'),
      })),
    ]),
    // Checklist questions are read as one list, so they are measured as one passage.
    { label: 'prescriber checklist', text: content.prescriberChecklist.map((item) => item.text).join(' ') },
    ...content.resourceGroups.map((group) => ({ label: `resource group ${group.kind}`, text: `${group.label}. ${group.intro}` })),
    ...content.resources.flatMap((resource) => [
      { label: `resource ${resource.id}`, text: resource.description },
      ...(resource.caution ? [{ label: `resource ${resource.id} caution`, text: resource.caution }] : []),
    ]),
  ];
}

/** Every string in one language's help content and interface, for checks that no wording slips through anywhere. */
export function allStrings(locale: Locale): string[] {
  const content = helpContent(locale);
  const ui = uiStrings(locale);
  return collectStrings([content, ui]);
}

export const ENGLISH = helpContent('en');
export const SPANISH = helpContent('es');
export const ALL_SOURCED_ITEMS = sourcedItems(ENGLISH);
export const ALL_PROSE = prosePassages(ENGLISH);
export const ALL_STRINGS = allStrings('en');

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  // Interface strings that take a value are measured with a sample filled in.
  if (typeof value === 'function') return [String((value as (...args: unknown[]) => unknown)('X', 'Y'))];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}
