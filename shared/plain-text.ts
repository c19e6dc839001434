// Control characters other than new lines and tabs, and the marks that reverse how text reads (bidi overrides).
// biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text a person typed, made safe to keep and show: anything but a string reads as none; Windows line ends become
 * plain ones; control and direction-override characters are dropped; the result is cut to `maxLength`. A huge
 * value is cut before it is cleaned, so it costs no more than a full one.
 */
export function plainText(value: unknown, maxLength: number): string {
  if (typeof value !== 'string') return '';
  return value
    .slice(0, maxLength * 2)
    .replace(/\r\n?/g, '\n')
    .replace(UNSAFE_CHARACTERS, '')
    .slice(0, maxLength);
}
