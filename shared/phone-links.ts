import type { PhoneNumber, TextLine } from '@/help-content/types';
import type { UiStrings } from '@/locales/ui-strings';

/** A short code ("988"), a national number ("03001236600"), or an E.164 number ("+18006624357"). */
const DIALABLE = /^(?:\d{3,11}|\+[1-9]\d{6,14})$/;

export function isDialable(digits: string): boolean {
  return DIALABLE.test(digits);
}

/** `tel:` link that a phone or calling app can dial as-is. */
export function callHref(phone: PhoneNumber): string {
  if (!isDialable(phone.dial)) throw new Error(`Not a dialable number: ${phone.dial}`);
  return `tel:${phone.dial}`;
}

/** `sms:` link (RFC 5724) with the service's keyword pre-filled where it has one. */
export function textHref(line: TextLine): string {
  if (!isDialable(line.number)) throw new Error(`Not a textable number: ${line.number}`);
  return line.keyword ? `sms:${line.number}?body=${encodeURIComponent(line.keyword)}` : `sms:${line.number}`;
}

/** The text number as people read it: its display form where it has one ("0477 13 11 14"). */
export function textNumber(line: TextLine): string {
  return line.display ?? line.number;
}

/** "Text HOME to 741741" or "Text 988", in the reader's language. */
export function describeTextLine(line: TextLine, t: UiStrings['common']): string {
  return line.keyword ? t.textKeyword(line.keyword, textNumber(line)) : t.text(textNumber(line));
}
