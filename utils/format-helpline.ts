import type { Helpline } from './content/types';
import { describeTextLine } from './phone-links';

export type CopyFormat = 'short' | 'full';

/**
 * Plain text for the clipboard, readable in any chat, email or note. Every copy action uses this, so pasted
 * details never drift from what Steady shows. 'short' is one line; 'full' puts one detail on each line.
 */
export function formatHelpline(line: Helpline, format: CopyFormat): string {
  return format === 'short' ? formatShort(line) : formatFull(line);
}

function formatShort(line: Helpline): string {
  const ways = [line.call && `call ${line.call.display}`, line.text && describeTextLine(line.text).replace(/^Text/, 'text')].filter(Boolean);
  return `${line.name}: ${ways.join(' or ')}`;
}

function formatFull(line: Helpline): string {
  const rows = [line.name];
  if (line.call) rows.push(`Call: ${line.call.display}${line.callNote ? ` (${line.callNote})` : ''}`);
  if (line.tty) rows.push(`TTY: ${line.tty.display}`);
  if (line.text) rows.push(describeTextLine(line.text));
  if (line.chatUrl) rows.push(`Chat: ${line.chatUrl}`);
  rows.push(`Hours: ${line.hours}`);
  if (line.url) rows.push(`Official site: ${line.url}`);
  return rows.join('\n');
}
