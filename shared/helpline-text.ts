import type { CardLine } from '@/help-content/types';
import type { RegionCode } from '@/help-content/regions';
import type { CopiedTextStrings } from '@/locales/card-en';
import type { Locale } from '@/locales/locale';
import type { PopupStrings } from '@/locales/popup-en';
import type { CopyFormat } from '@/shared/copy-formats';
import { pageLanguage } from '@/shared/page-language';
import { textNumber } from '@/shared/phone-links';

/**
 * A helpline as plain text for the clipboard, in the words given: the in-page card passes its one language's
 * words, so it does not carry every language. `formatHelpline` is the same with the words looked up.
 */
export function helplineText(line: CardLine, format: CopyFormat, locale: Locale, ui: CopiedTextStrings): string {
  if (format === 'short') return formatShort(line, ui.copyText);
  if (format === 'message') return formatMessage(line, ui, locale);
  return formatFull(line, ui, locale);
}

/** The reader's language and its words: passed in, so the popup carries only the reader's language. */
export interface Words {
  locale: Locale;
  t: PopupStrings;
}

/** All of a region's lines in one block, in one format. */
export function helplinesText(lines: readonly CardLine[], format: CopyFormat, region: RegionCode, { locale, t }: Words): string {
  const body = lines.map((line) => helplineText(line, format, locale, t));
  if (format === 'message') return body.join('\n\n');
  const heading = t.copyText.heading(t.regions[region]);
  return [heading, ...body].join(format === 'short' ? '\n' : '\n\n');
}

/** A pasted address says when the page is in another language than the message ("(en inglés)"). */
function address(url: string, ui: CopiedTextStrings, locale: Locale): string {
  const language = pageLanguage(url);
  return language === locale ? url : `${url} ${ui.source.pageIn[language]}`;
}

type CopyWords = CopiedTextStrings['copyText'];

function textWays(line: CardLine, t: CopyWords): string | undefined {
  if (!line.text) return undefined;
  return line.text.keyword ? t.textKeyword(line.text.keyword, textNumber(line.text)) : t.text(textNumber(line.text));
}

function ways(line: CardLine, t: CopyWords): string {
  return [line.call && t.call(line.call.display), textWays(line, t)].filter(Boolean).join(` ${t.or} `);
}

/** The name, with where the line works when it is not everywhere: "NHS 111 (not in Northern Ireland)" must survive every copy. */
function nameWithArea(line: CardLine): string {
  return line.area ? `${line.name} (${line.area})` : line.name;
}

function formatShort(line: CardLine, t: CopyWords): string {
  // A directory is its address: that is what a person needs to find their own line.
  if (line.kind === 'directory' && line.url) return `${line.name}: ${line.url}`;
  const how = ways(line, t);
  // A line without a number ("another country") is advice: the advice is what gets copied.
  return how ? `${nameWithArea(line)}: ${how}` : `${line.name}: ${line.purpose}`;
}

function formatFull(line: CardLine, ui: CopiedTextStrings, locale: Locale): string {
  const t = ui.copyText;
  const rows = [nameWithArea(line)];
  if (!line.call && !line.text && line.purpose) rows.push(line.purpose);
  if (line.call) rows.push(`${t.callRow}: ${line.call.display}${line.callNote ? ` (${line.callNote})` : ''}`);
  if (line.tty) rows.push(`${t.ttyRow}: ${line.tty.display}`);
  if (line.text)
    rows.push(line.text.keyword ? ui.common.textKeyword(line.text.keyword, textNumber(line.text)) : ui.common.text(textNumber(line.text)));
  if (line.chatUrl) rows.push(`${t.chatRow}: ${address(line.chatUrl, ui, locale)}`);
  // Hours and cost are left out, never guessed, where no official source states them.
  if (line.hours) rows.push(`${t.hoursRow}: ${line.hours}`);
  if (line.cost) rows.push(`${t.costRow}: ${line.cost}`);
  if (line.languages.length > 0) rows.push(`${t.languagesRow}: ${line.languages.join(', ')}`);
  if (line.url) rows.push(`${t.siteRow}: ${address(line.url, ui, locale)}`);
  return rows.join('\n');
}

/** A kind, plain note a person can paste to a friend. */
function formatMessage(line: CardLine, ui: CopiedTextStrings, locale: Locale): string {
  const t = ui.copyText;
  if (line.kind === 'directory' && line.url) return t.messageDirectory(line.name, address(line.url, ui, locale));
  const how = ways(line, t);
  // Without a number the message is the advice itself: hours and cost of "your local emergency number" say nothing.
  if (!how) return t.messageNoWays;
  const sentences = [t.messageOpening(nameWithArea(line), how)];
  if (line.hours) sentences.push(t.messageHours(line.hours));
  if (line.cost) sentences.push(t.messageCost(line.cost));
  if (line.url) sentences.push(t.messageMore(address(line.url, ui, locale)));
  return sentences.join(' ');
}
