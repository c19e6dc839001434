/**
 * One readable sheet of everything Steady tells people, for a clinician to review in one sitting: each item's
 * English and Spanish words, and the evidence behind them (source, exact quote, where it is, confidence).
 */
import { helpContent, type HelpContent } from '../shared/localized-content';
import { CONTENT_REVIEWED } from '../help-content/sources';
import { backedBy, keysOf } from '../help-content/backed-by';
import { EVIDENCE, type EvidenceKey } from '../help-content/evidence';
import { QUOTES } from './evidence-quotes';
import type { Guide, HelplineDetail, Helpline, Sourced } from '../help-content/types';
import { uiStrings } from '../locales/ui-strings';
import { textNumber } from '../shared/phone-links';
import type { UiStrings } from '../locales/en';

/** A heading run into its text: a full stop unless it already ends in a question mark. */
function asTitle(heading: string): string {
  return /[?？]$/.test(heading) ? heading : `${heading}.`;
}

interface SheetItem {
  id: string;
  /** What a reader sees, in English and in Spanish. */
  en: string;
  es: string;
  /** The evidence; absent only for interface wording that states no fact of its own. */
  item?: Sourced;
}

interface SheetSection {
  title: string;
  /** Where readers meet these items. */
  where: string;
  items: SheetItem[];
}

const DETAIL_LABEL: Record<HelplineDetail, string> = {
  service: 'what it is',
  call: 'number',
  tty: 'TTY',
  text: 'text line',
  chat: 'chat',
  hours: 'hours',
  cost: 'cost',
  languages: 'languages',
  callNote: 'call note',
  area: 'area',
};

function pairs<T extends { id: string }>(en: readonly T[], es: readonly T[], words: (item: T) => string): SheetItem[] {
  return en.map((item, i) => ({ id: item.id, en: words(item), es: words(es[i] as T), item: item as unknown as Sourced }));
}

function guideItems(en: Guide, es: Guide): SheetItem[] {
  return pairs(en.blocks, es.blocks, (block) =>
    [`**${asTitle(block.heading)}** ${block.text}`, ...(block.bullets ?? []).map((b) => `• ${b}`)].join(' '),
  );
}

function helplineWords(line: Helpline): string {
  const rows = [`**${asTitle(line.name)}** ${line.purpose}`];
  if (line.call) rows.push(`Call ${line.call.display}${line.callNote ? ` (${line.callNote})` : ''}.`);
  if (line.tty) rows.push(`TTY ${line.tty.display}.`);
  if (line.text) rows.push(`Text ${line.text.keyword ? `${line.text.keyword} to ` : ''}${textNumber(line.text)}.`);
  if (line.chatUrl) rows.push(`Chat: ${line.chatUrl}.`);
  if (line.hours) rows.push(`Hours: ${line.hours}.`);
  if (line.cost) rows.push(`Cost: ${line.cost}.`);
  if (line.area) rows.push(`Area: ${line.area}.`);
  if (line.languages.length > 0) rows.push(`Languages: ${line.languages.join(', ')}.`);
  return rows.join(' ');
}

/** Interface words that steer a frightened reader (the card, the crisis prompt, the emergency panel, copied messages). */
function interfaceItems(): SheetItem[] {
  const words = (pick: (t: UiStrings) => string) => ({ en: pick(uiStrings('en')), es: pick(uiStrings('es')) });
  return [
    { id: 'card.warning', ...words((t) => `${t.card.warning} ${t.card.taper}`), item: backedBy('fdaSeizures', 'patientGuideTaperNotStop') },
    {
      id: 'crisis prompt (US)',
      ...words((t) => `${t.common.thinkingAboutSuicide} ${t.common.call('988')} / ${t.common.text('988')}, ${t.common.anyTime}.`),
      item: backedBy('us988Purpose', 'us988FreeAlways'),
    },
    {
      id: 'emergency.heading',
      ...words((t) => `${t.emergency.heading('911')} · ${t.emergency.callNowIf('911')}`),
      item: backedBy('us911'),
    },
    { id: 'emergency.headingNoNumber', ...words((t) => `${t.emergency.headingNoNumber} · ${t.emergency.callNowIfNoNumber}`) },
    {
      id: 'symptoms.tellPrescriber',
      ...words((t) => t.symptoms.tellPrescriber),
      item: backedBy('patientGuidePause', 'patientGuideTellRightAway'),
    },
    {
      id: 'symptoms.suicidalThoughts',
      ...words((t) => t.symptoms.suicidalThoughts),
      item: backedBy('table3Suicidality', 'us988Purpose', 'patientGuideTellRightAway'),
    },
    { id: 'popup.copeLead', ...words((t) => t.popup.copeLead) },
    { id: 'popup.regionUnsure', ...words((t) => t.popup.regionUnsure) },
    { id: 'copyText.messageNoWays', ...words((t) => t.copyText.messageNoWays) },
    { id: 'welcome.what3', ...words((t) => t.welcome.what3) },
  ];
}

function sections(en: HelpContent, es: HelpContent): SheetSection[] {
  const byId = (lines: readonly Helpline[], id: string) => lines.find((line) => line.id === id) as Helpline;
  return [
    {
      title: 'Safety facts',
      where: 'Popup, "Stay safe"',
      items: pairs(en.safetyFacts, es.safetyFacts, (i) => `**${asTitle(i.title)}** ${i.text}`),
    },
    {
      title: 'Red flags',
      where: 'Popup emergency panel and side panel ("Call now if someone…")',
      items: pairs(en.redFlags, es.redFlags, (i) => i.sign),
    },
    {
      title: 'Common symptoms',
      where: 'Popup "Stay safe" and side panel',
      items: pairs(en.commonSymptoms, es.commonSymptoms, (i) => `**${i.label}:** ${i.symptoms.join(', ')}`),
    },
    {
      title: 'Coping tips',
      where: 'Popup "Cope" and side panel',
      items: pairs(en.copingTips, es.copingTips, (i) => `**${asTitle(i.title)}** ${i.text}`),
    },
    {
      title: 'Helping someone',
      where: 'Popup "Help someone" and side panel',
      items: pairs(en.helpSomeoneTips, es.helpSomeoneTips, (i) => `**${asTitle(i.title)}** ${i.text}`),
    },
    { title: `Guide: ${en.comingOffSafely.title}`, where: 'Side panel, Guides', items: guideItems(en.comingOffSafely, es.comingOffSafely) },
    {
      title: `Guide: ${en.withdrawalAndHelp.title}`,
      where: 'Side panel, Guides',
      items: guideItems(en.withdrawalAndHelp, es.withdrawalAndHelp),
    },
    { title: `Guide: ${en.yourSituation.title}`, where: 'Side panel, Guides', items: guideItems(en.yourSituation, es.yourSituation) },
    {
      title: 'Prescriber checklist',
      where: 'Side panel, Prescriber visit',
      items: pairs(en.prescriberChecklist, es.prescriberChecklist, (i) => `(${i.group}) ${i.text}`),
    },
    {
      title: 'Helplines',
      where: 'Popup, side panel, help card, copied text',
      // Spanish lines are ordered for Spanish readers, so they are matched by id, not by position.
      items: en.helplines.map((line) => ({
        id: `${line.region} · ${line.id}`,
        en: helplineWords(line),
        es: helplineWords(byId(es.helplines, line.id)),
        item: line,
      })),
    },
    {
      title: 'Aftercare resources',
      where: 'Side panel, Find support',
      items: pairs(
        en.resources,
        es.resources,
        (r) => `**${r.name}** (${r.operator}, ${r.region}; ${r.cost}). ${r.description}${r.caution ? ` Caution: ${r.caution}` : ''}`,
      ),
    },
    {
      title: 'Interface words that carry safety',
      where: 'Help card, crisis prompt, emergency panel, copied messages, popup notes',
      items: interfaceItems(),
    },
  ];
}

function quoteLines(key: EvidenceKey, label?: string): string[] {
  const { source, confidence } = EVIDENCE[key];
  const { quote, where, seenAt } = QUOTES[key] as { quote: string; where: string; seenAt?: string };
  const title = source.url ? `[${source.title}](${source.url})` : source.title;
  const mark =
    confidence === 'verified'
      ? 'read on the official page'
      : `**read only in a copy${seenAt ? ` (${seenAt})` : ''}: Steady shows "check the official site"**`;
  return [`- ${label ? `*${label}:* ` : ''}${source.publisher}, ${title}. ${where}. ${mark}. \`${key}\``, `  > ${quote}`];
}

function evidenceLines(item: Sourced): string[] {
  const evidenceFor = (item as Partial<Helpline>).evidenceFor;
  if (!evidenceFor) return item.evidence.flatMap((key) => quoteLines(key));
  // A helpline: say which detail each quote backs; one quote backing several details is listed once.
  const labels = new Map<EvidenceKey, string[]>();
  for (const [detail, keys] of Object.entries(evidenceFor) as [HelplineDetail, EvidenceKey | readonly EvidenceKey[]][]) {
    for (const key of keysOf(keys)) labels.set(key, [...(labels.get(key) ?? []), DETAIL_LABEL[detail]]);
  }
  return [...labels].flatMap(([evidence, details]) => quoteLines(evidence, details.join(', ')));
}

/** The whole review sheet as Markdown. */
export function reviewSheet(): string {
  const en = helpContent('en');
  const es = helpContent('es');
  const all = sections(en, es);
  const items = all.flatMap((section) => section.items);
  const quotes = new Set(items.flatMap(({ item }) => item?.evidence ?? [])).size;
  const secondary = items.filter(({ item }) => item?.confidence === 'check-official').length;
  const out = [
    '# Steady: content review sheet',
    '',
    `Everything Steady shows or copies, in English and Spanish, with the evidence for each item. Generated by \`npm run content:review\` from \`help-content/\`; do not edit by hand. Content reviewed on ${CONTENT_REVIEWED}.`,
    '',
    `${items.length} items, ${quotes} distinct quotes. ${secondary} items rest partly on a secondary copy and show "check the official site".`,
    '',
    "For each item: read the English and the Spanish, then each quote. Ask: does the quote say what our sentence says, no more? Quotes are the sources' own words (for review only); readers only ever see our words.",
    '',
    '## Contents',
    '',
    ...all.map((section) => `- [${section.title}](#${anchor(section.title)}) (${section.items.length})`),
  ];
  for (const section of all) {
    out.push('', `## ${section.title}`, '', `*Where readers see it: ${section.where}.*`);
    for (const { id, en: english, es: spanish, item } of section.items) {
      out.push('', `### \`${id}\``, '', `- **EN** ${english}`, `- **ES** ${spanish}`);
      if (item)
        out.push(`- **Reviewed** ${item.reviewed} · **Confidence** ${item.confidence}`, '', '**Evidence**', '', ...evidenceLines(item));
      else out.push('- *Interface wording: it states no fact of its own.*');
    }
  }
  return `${out.join('\n')}\n`;
}

/** GitHub's heading anchors: lower case, spaces to hyphens, punctuation dropped. */
function anchor(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
}
