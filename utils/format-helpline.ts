import type { Helpline } from './content/types';
import { describeTextLine } from './phone-links';

/**
 * Plain text for the clipboard: readable in any chat, email or note, one detail per line.
 * Every copy action uses this so that pasted details never drift from what Steady shows.
 */
export function formatHelplineForCopy(line: Helpline): string {
  const rows = [line.name];
  if (line.call) rows.push(`Call: ${line.call.display}${line.callNote ? ` (${line.callNote})` : ''}`);
  if (line.tty) rows.push(`TTY: ${line.tty.display}`);
  if (line.text) rows.push(`${describeTextLine(line.text)}`);
  if (line.chatUrl) rows.push(`Chat: ${line.chatUrl}`);
  rows.push(`Hours: ${line.hours}`);
  if (line.url) rows.push(`Official site: ${line.url}`);
  return rows.join('\n');
}
