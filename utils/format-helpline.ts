import { REGION_NAMES } from './content/regions';
import type { Helpline, RegionCode } from './content/types';
import { describeTextLine } from './phone-links';

export type CopyFormat = 'short' | 'full' | 'message';

export const COPY_FORMAT_LABELS: Record<CopyFormat, string> = {
  short: 'Short: one line',
  full: 'Full: every detail',
  message: 'A message to someone',
};


/**
 * Plain text for the clipboard, readable in any chat, email or note. Every copy action uses this, so pasted
 * details never drift from what Steady shows.
 */
export function formatHelpline(line: Helpline, format: CopyFormat): string {
  if (format === 'short') return formatShort(line);
  if (format === 'message') return formatMessage(line);
  return formatFull(line);
}

/** All of a region's lines in one block, in one format. */
export function formatHelplines(lines: readonly Helpline[], format: CopyFormat, region: RegionCode): string {
  const body = lines.map((line) => formatHelpline(line, format));
  if (format === 'message') return body.join('\n\n');
  return [`Helplines (${REGION_NAMES[region]})`, ...body].join(format === 'short' ? '\n' : '\n\n');
}

function ways(line: Helpline): string {
  return [line.call && `call ${line.call.display}`, line.text && describeTextLine(line.text).replace(/^Text/, 'text')].filter(Boolean).join(' or ');
}

function formatShort(line: Helpline): string {
  return `${line.name}: ${ways(line)}`;
}

function formatFull(line: Helpline): string {
  const rows = [line.name];
  if (line.call) rows.push(`Call: ${line.call.display}${line.callNote ? ` (${line.callNote})` : ''}`);
  if (line.tty) rows.push(`TTY: ${line.tty.display}`);
  if (line.text) rows.push(describeTextLine(line.text));
  if (line.chatUrl) rows.push(`Chat: ${line.chatUrl}`);
  rows.push(`Hours: ${line.hours}`);
  rows.push(`Cost: ${line.cost}`);
  if (line.area) rows.push(`Where: ${line.area}`);
  if (line.languages.length > 0) rows.push(`Languages: ${line.languages.join(', ')}`);
  if (line.url) rows.push(`Official site: ${line.url}`);
  return rows.join('\n');
}

/** A kind, plain note a person can paste to a friend. */
function formatMessage(line: Helpline): string {
  const sentences = [
    `Thinking of you. If you want to talk to someone, you can reach ${line.name}: ${ways(line)}.`,
    `It is open ${line.hours}, and it is ${line.cost.toLowerCase()}.`,
  ];
  if (line.url) sentences.push(`More about it: ${line.url}`);
  return sentences.join(' ');
}
