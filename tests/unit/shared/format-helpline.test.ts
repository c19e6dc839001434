import { describe, expect, it } from 'vitest';
import { helplinesForRegion } from '@/help-content/helplines';
import { helpContent } from '@/shared/localized-content';
import type { Locale } from '@/locales/locale';
import { formatHelpline, formatHelplines } from '@/shared/format-helpline';
import type { CopyFormat } from '@/shared/copy-formats';

function line(id: string, locale: Locale) {
  const found = helpContent(locale).helplines.find((l) => l.id === id);
  if (!found) throw new Error(id);
  return found;
}

/**
 * What people paste to a friend, written out by hand: one line per region at least, in each format and language.
 * A formatter or content change that breaks a sentence shows here as a diff a person can read.
 */
const EXPECTED: { id: string; locale: Locale; format: CopyFormat; text: string }[] = [
  // United States
  { id: 'us-988', locale: 'en', format: 'short', text: '988 Suicide & Crisis Lifeline: call 988 or text 988' },
  {
    id: 'us-988',
    locale: 'en',
    format: 'full',
    text: [
      '988 Suicide & Crisis Lifeline',
      'Call: 988 (Press 1 for the Veterans Crisis Line. Press 2 for Spanish.)',
      'Text 988',
      'Chat: https://988lifeline.org',
      'Hours: 24 hours a day, 7 days a week',
      'Cost: Free',
      'Languages: English, Spanish',
      'Official site: https://988lifeline.org',
    ].join('\n'),
  },
  {
    id: 'us-988',
    locale: 'en',
    format: 'message',
    text: 'Thinking of you. If you want to talk to someone, you can reach 988 Suicide & Crisis Lifeline: call 988 or text 988. It is open 24 hours a day, 7 days a week. It is free. More about it: https://988lifeline.org',
  },
  { id: 'us-988', locale: 'es', format: 'short', text: '988 Suicide & Crisis Lifeline: llama al 988 o envía AYUDA por texto al 988' },
  {
    id: 'us-988',
    locale: 'es',
    format: 'full',
    text: [
      '988 Suicide & Crisis Lifeline',
      'Llamar: 988 (Marca 2 para hablar en español. Marca 1 para la Línea de Crisis para Veteranos.)',
      'Enviar AYUDA por texto al 988',
      'Chat: https://988lifeline.org/es/chat/',
      'Horario: las 24 horas, los 7 días de la semana',
      'Costo: Gratis',
      'Idiomas: inglés, español',
      'Sitio oficial: https://988lifeline.org (en inglés)',
    ].join('\n'),
  },
  {
    id: 'us-988',
    locale: 'es',
    format: 'message',
    text: 'Pienso en ti. Si quieres hablar con alguien, puedes comunicarte con 988 Suicide & Crisis Lifeline: llama al 988 o envía AYUDA por texto al 988. Atiende las 24 horas, los 7 días de la semana. Gratis. Más información: https://988lifeline.org (en inglés)',
  },
  { id: 'us-samhsa', locale: 'en', format: 'short', text: 'SAMHSA National Helpline: call 1-800-662-4357' },
  // Canada: 9-8-8 is free (it was "not stated here" before the 2026-11-30 evidence pass).
  { id: 'ca-988', locale: 'en', format: 'short', text: '9-8-8 Suicide Crisis Helpline: call 988 or text 988' },
  {
    id: 'ca-988',
    locale: 'en',
    format: 'full',
    text: [
      '9-8-8 Suicide Crisis Helpline',
      'Call: 988',
      'Text 988',
      'Hours: 24 hours a day, 7 days a week',
      'Cost: Free',
      'Languages: English, French',
      'Official site: https://988.ca',
    ].join('\n'),
  },
  {
    id: 'ca-988',
    locale: 'en',
    format: 'message',
    text: 'Thinking of you. If you want to talk to someone, you can reach 9-8-8 Suicide Crisis Helpline: call 988 or text 988. It is open 24 hours a day, 7 days a week. It is free. More about it: https://988.ca',
  },
  { id: 'ca-988', locale: 'es', format: 'short', text: '9-8-8 Suicide Crisis Helpline: llama al 988 o envía un texto al 988' },
  {
    id: 'ca-988',
    locale: 'es',
    format: 'message',
    text: 'Pienso en ti. Si quieres hablar con alguien, puedes comunicarte con 9-8-8 Suicide Crisis Helpline: llama al 988 o envía un texto al 988. Atiende las 24 horas, los 7 días de la semana. Gratis. Más información: https://988.ca (en inglés)',
  },
  // United Kingdom: "not in Northern Ireland" survives every format; FRANK's hours and cost read as sentences.
  { id: 'gb-nhs-111', locale: 'en', format: 'short', text: 'NHS 111 (England, Scotland and Wales; not in Northern Ireland): call 111' },
  {
    id: 'gb-nhs-111',
    locale: 'en',
    format: 'full',
    text: [
      'NHS 111 (England, Scotland and Wales; not in Northern Ireland)',
      'Call: 111 (In England, press 2 for mental health support in a crisis.)',
      'Hours: 24 hours a day, 7 days a week',
      'Cost: Free',
      'Languages: Interpreters on request',
      'Official site: https://111.nhs.uk/',
    ].join('\n'),
  },
  {
    id: 'gb-nhs-111',
    locale: 'en',
    format: 'message',
    text: 'Thinking of you. If you want to talk to someone, you can reach NHS 111 (England, Scotland and Wales; not in Northern Ireland): call 111. It is open 24 hours a day, 7 days a week. It is free. More about it: https://111.nhs.uk/',
  },
  {
    id: 'gb-nhs-111',
    locale: 'es',
    format: 'short',
    text: 'NHS 111 (Inglaterra, Escocia y Gales; no funciona en Irlanda del Norte): llama al 111',
  },
  {
    id: 'gb-frank',
    locale: 'en',
    format: 'message',
    text: 'Thinking of you. If you want to talk to someone, you can reach FRANK: call 0300 123 6600 or text 82111. It is open by phone 24 hours a day, and by live chat from 2 pm to 6 pm every day. It is not free: it costs a normal national-rate call, which may show on your bill. More about it: https://www.talktofrank.com/contact-frank',
  },
  {
    id: 'gb-frank',
    locale: 'es',
    format: 'message',
    text: 'Pienso en ti. Si quieres hablar con alguien, puedes comunicarte con FRANK: llama al 0300 123 6600 o envía un texto al 82111. Atiende las 24 horas por teléfono, y por chat en vivo de 2 a 6 de la tarde, todos los días. No es gratis: cuesta una llamada normal con tarifa nacional, que puede aparecer en tu factura. Más información: https://www.talktofrank.com/contact-frank (en inglés)',
  },
  // Ireland: 50808 without a keyword the reference no longer confirms.
  { id: 'ie-50808', locale: 'en', format: 'short', text: '50808: text 50808' },
  {
    id: 'ie-50808',
    locale: 'en',
    format: 'full',
    text: ['50808', 'Text 50808', 'Hours: 24 hours a day, 7 days a week', 'Cost: Free'].join('\n'),
  },
  {
    id: 'ie-50808',
    locale: 'en',
    format: 'message',
    text: 'Thinking of you. If you want to talk to someone, you can reach 50808: text 50808. It is open 24 hours a day, 7 days a week. It is free.',
  },
  {
    id: 'ie-50808',
    locale: 'es',
    format: 'full',
    text: ['50808', 'Enviar un mensaje de texto al 50808', 'Horario: las 24 horas, los 7 días de la semana', 'Costo: Gratis'].join('\n'),
  },
  // Australia
  { id: 'au-lifeline', locale: 'en', format: 'short', text: 'Lifeline: call 13 11 14 or text 0477 13 11 14' },
  {
    id: 'au-lifeline',
    locale: 'en',
    format: 'full',
    text: [
      'Lifeline',
      'Call: 13 11 14',
      'Text 0477 13 11 14',
      'Hours: 24 hours a day, 7 days a week',
      'Cost: Free from a mobile phone',
      'Official site: https://www.lifeline.org.au/',
    ].join('\n'),
  },
  {
    id: 'au-lifeline',
    locale: 'en',
    format: 'message',
    text: 'Thinking of you. If you want to talk to someone, you can reach Lifeline: call 13 11 14 or text 0477 13 11 14. It is open 24 hours a day, 7 days a week. It is free from a mobile phone. More about it: https://www.lifeline.org.au/',
  },
  {
    id: 'au-lifeline',
    locale: 'es',
    format: 'message',
    text: 'Pienso en ti. Si quieres hablar con alguien, puedes comunicarte con Lifeline: llama al 13 11 14 o envía un texto al 0477 13 11 14. Atiende las 24 horas, los 7 días de la semana. Gratis desde un celular. Más información: https://www.lifeline.org.au/ (en inglés)',
  },
  // New Zealand: no cost line, because no official source on record gives it.
  { id: 'nz-1737', locale: 'en', format: 'short', text: '1737 Need to talk?: call 1737 or text 1737' },
  {
    id: 'nz-1737',
    locale: 'en',
    format: 'full',
    text: ['1737 Need to talk?', 'Call: 1737', 'Text 1737', 'Hours: any time, day or night'].join('\n'),
  },
  {
    id: 'nz-1737',
    locale: 'en',
    format: 'message',
    text: 'Thinking of you. If you want to talk to someone, you can reach 1737 Need to talk?: call 1737 or text 1737. It is open any time, day or night.',
  },
  { id: 'nz-1737', locale: 'es', format: 'short', text: '1737 Need to talk?: llama al 1737 o envía un texto al 1737' },
  // Another country: advice, never a number.
  {
    id: 'other-emergency',
    locale: 'en',
    format: 'short',
    text: 'Your local emergency number: In an emergency, call your local emergency number. In any EU country, 112 works and is free. Your prescriber, pharmacist or local health service can tell you which helplines serve your area.',
  },
  {
    id: 'other-emergency',
    locale: 'en',
    format: 'full',
    text: 'Your local emergency number\nIn an emergency, call your local emergency number. In any EU country, 112 works and is free. Your prescriber, pharmacist or local health service can tell you which helplines serve your area.',
  },
  {
    id: 'other-emergency',
    locale: 'en',
    format: 'message',
    text: 'Thinking of you. If you need help now, call your local emergency number.',
  },
  {
    id: 'other-emergency',
    locale: 'es',
    format: 'message',
    text: 'Pienso en ti. Si necesitas ayuda ahora, llama al número de emergencias de tu país.',
  },
  // Mexico, Spain and everywhere else: the directory's address is what gets copied.
  { id: 'intl-find-a-helpline', locale: 'en', format: 'short', text: 'Find A Helpline: https://www.findahelpline.com' },
  {
    id: 'intl-find-a-helpline',
    locale: 'en',
    format: 'full',
    text: [
      'Find A Helpline',
      'A free directory of crisis lines in many countries, each one checked against set standards. Choose your country to find a line you can call or text now.',
      'Cost: Free',
      'Official site: https://www.findahelpline.com',
    ].join('\n'),
  },
  {
    id: 'intl-find-a-helpline',
    locale: 'en',
    format: 'message',
    text: 'Thinking of you. If you want to talk to someone, Find A Helpline can help you find a free crisis line near you. Find one here: https://www.findahelpline.com',
  },
  {
    id: 'intl-find-a-helpline',
    locale: 'es',
    format: 'message',
    text: 'Pienso en ti. Si quieres hablar con alguien, Find A Helpline te ayuda a encontrar una línea de crisis gratis cerca de ti. Búscala aquí: https://www.findahelpline.com (en inglés)',
  },
  { id: 'mx-911', locale: 'es', format: 'short', text: 'Emergencias (911): llama al 911' },
  { id: 'es-112', locale: 'es', format: 'full', text: ['Emergencias (112)', 'Llamar: 112', 'Costo: Gratis'].join('\n') },
];

describe('copied helpline text, written out by hand', () => {
  it.each(EXPECTED)('$id, $format, $locale', ({ id, locale, format, text }) => {
    expect(formatHelpline(line(id, locale), format, locale)).toBe(text);
  });

  it('covers every region in every format and both languages', () => {
    for (const region of ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'OTHER'] as const) {
      const ids = new Set(helplinesForRegion(region).map((l) => l.id));
      const covered = EXPECTED.filter((e) => ids.has(e.id));
      for (const format of ['short', 'full', 'message'] as const)
        expect(
          covered.some((e) => e.format === format && e.locale === 'en'),
          `${region} ${format}`,
        ).toBe(true);
      expect(
        covered.some((e) => e.locale === 'es'),
        region,
      ).toBe(true);
    }
  });
});

/** Fragments that mean a copied sentence broke: a placeholder, a doubled stop, a label glued into a sentence. */
const BROKEN = [
  /not stated/i,
  /no se indica/i,
  /see the (source|official site)/i,
  /consulta (la fuente|el sitio)/i,
  /\.\./,
  / \./,
  /: :/,
  / {2}/,
  /open Phone/i,
  /Atiende [A-ZÁÉÍÓÚ]\w*:/,
  /It is open [A-Z]\w*:/,
  /undefined|null/,
  /\(\s*\)/,
];

describe('every line × format × language reads as whole sentences', () => {
  const cases = (['en', 'es'] as const).flatMap((locale) =>
    helpContent(locale).helplines.flatMap((l) =>
      (['short', 'full', 'message'] as const).map((format) => ({ id: l.id, locale, format, text: formatHelpline(l, format, locale) })),
    ),
  );

  it.each(cases)('$id, $format, $locale', ({ format, text }) => {
    for (const fragment of BROKEN) expect(text, `${fragment}`).not.toMatch(fragment);
    if (format === 'short') expect(text).not.toContain('\n');
    if (format === 'full') expect(text).not.toMatch(/\n\n/);
    if (format === 'message') {
      expect(text).not.toContain('\n');
      // Every sentence but a closing address ends with a full stop.
      expect(text.replace(/ (More about it|Más información|Find one here|Búscala aquí): \S+( \(.*\))?$/, '')).toMatch(/\.$/);
    }
  });

  it('catches the breakage it is written for', () => {
    const broken = [
      '…7 days a week, and it is not stated here: see the source.',
      'It is open Phone: 24 hours a day.',
      'Costo: no se indica aquí.',
      'Free..',
    ];
    for (const text of broken)
      expect(
        BROKEN.some((fragment) => fragment.test(text)),
        text,
      ).toBe(true);
  });
});

describe('formatHelplines (copy all)', () => {
  const lines = helplinesForRegion('US').filter((l) => l.kind !== 'emergency');
  it('puts every line under a heading naming the region', () => {
    const short = formatHelplines(lines, 'short', 'US', 'en').split('\n');
    expect(short[0]).toBe('Helplines (United States)');
    expect(short.slice(1)).toEqual(lines.map((l) => formatHelpline(l, 'short', 'en')));
  });
  it('separates full entries with a blank line', () => {
    expect(formatHelplines(lines, 'full', 'US', 'en').split('\n\n')).toHaveLength(lines.length + 1);
  });
  it('heads "copy all" with the country in Spanish', () => {
    const spanish = helplinesForRegion('US', helpContent('es').helplines).filter((l) => l.kind !== 'emergency');
    expect(formatHelplines(spanish, 'short', 'US', 'es').split('\n')[0]).toBe('Líneas de ayuda (Estados Unidos)');
  });
});
