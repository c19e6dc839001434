import { en } from '@/locales/en';
import { es } from '@/locales/es';
import { describe, expect, it } from 'vitest';
import { callHref, describeTextLine, isDialable, textHref } from '@/shared/phone-links';

describe('isDialable', () => {
  it.each(['911', '988', '741741', '+18006624357', '+441234567890'])('accepts %s', (value) => {
    expect(isDialable(value)).toBe(true);
  });
  it.each(['', '91', '1-800-662-4357', '+0123456789', '1800HELP', '+1 800 662 4357', '98 8'])('rejects %j', (value) => {
    expect(isDialable(value)).toBe(false);
  });
});

describe('callHref', () => {
  it('builds tel: links from the dial digits, not the display text', () => {
    expect(callHref({ display: '1-800-662-4357', dial: '+18006624357' })).toBe('tel:+18006624357');
    expect(callHref({ display: '988', dial: '988' })).toBe('tel:988');
  });
  it('refuses to build a link a phone cannot dial', () => {
    expect(() => callHref({ display: 'HELP', dial: 'HELP' })).toThrow(/Not a dialable number/);
  });
});

describe('textHref', () => {
  it('pre-fills the keyword', () => {
    expect(textHref({ number: '741741', keyword: 'HOME' })).toBe('sms:741741?body=HOME');
  });
  it('leaves the body empty when the line needs no keyword', () => {
    expect(textHref({ number: '988' })).toBe('sms:988');
  });
  it('encodes keywords with spaces', () => {
    expect(textHref({ number: '12345', keyword: 'HI THERE' })).toBe('sms:12345?body=HI%20THERE');
  });
});

describe('describeTextLine', () => {
  it('names the keyword and the number', () => {
    expect(describeTextLine({ number: '741741', keyword: 'HOME' }, en.common)).toBe('Text HOME to 741741');
    expect(describeTextLine({ number: '988' }, en.common)).toBe('Text 988');
  });
  it('speaks Spanish for Spanish readers, keeping the keyword as the service spells it', () => {
    expect(describeTextLine({ number: '988', keyword: 'AYUDA' }, es.common)).toBe('Enviar AYUDA por texto al 988');
    expect(describeTextLine({ number: '988' }, es.common)).toBe('Enviar un mensaje de texto al 988');
  });
});
