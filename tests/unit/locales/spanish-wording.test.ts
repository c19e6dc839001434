import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { es } from '@/locales/es';

/** Every string the Spanish UI can show: plain strings, and what each wording function says for sample values. */
function spanishStrings(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, () => 'X');
    try {
      spanishStrings(value(...args), `${path}()`, out);
    } catch {
      // A function that needs other values than text says nothing this walk can read.
    }
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) spanishStrings(item, `${path}[${i}]`, out);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) spanishStrings(item, `${path}.${key}`, out);
  }
  return out;
}

describe('the Spanish UI', () => {
  // One word for Steady's settings page, the one the page's own title uses ("Ajustes de Steady"), so nobody
  // looks for a "configuración" that is not there.
  it('calls the settings page "ajustes", never "configuración"', () => {
    const messages = JSON.parse(readFileSync('public/_locales/es/messages.json', 'utf8')) as Record<string, { message: string }>;
    const strings = [
      ...spanishStrings(es, 'es', []),
      ...Object.entries(messages).map(([key, { message }]): [string, string] => [`_locales/es.${key}`, message]),
    ];
    expect(strings.length).toBeGreaterThan(200);
    expect(es.options.title).toMatch(/^Ajustes\b/);
    expect(strings.filter(([, text]) => /configuraci[oó]n/i.test(text)).map(([path]) => path)).toEqual([]);
  });
});
