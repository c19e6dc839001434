import { describe, expect, it } from 'vitest';
import { HELPLINES } from '../../utils/content/helplines';
import { formatHelpline, formatHelplines } from '../../utils/format-helpline';
import { helplinesForRegion } from '../../utils/content/helplines';
import { helpContent } from '../../utils/content/localized';

const byId = (id: string) => {
  const line = HELPLINES.find((l) => l.id === id);
  if (!line) throw new Error(id);
  return line;
};

describe('formatHelpline, full', () => {
  it('gives 988 with call, text, chat, hours and the official site', () => {
    expect(formatHelpline(byId('us-988'), 'full', 'en')).toBe(
      [
        '988 Suicide & Crisis Lifeline',
        'Call: 988 (Press 1 for the Veterans Crisis Line. Press 2 for Spanish.)',
        'Text 988',
        'Chat: https://988lifeline.org',
        'Hours: 24 hours a day, 7 days a week',
        'Cost: Free',
        'Languages: English, Spanish',
        'Official site: https://988lifeline.org',
      ].join('\n'),
    );
  });

  it('gives SAMHSA with its TTY number', () => {
    expect(formatHelpline(byId('us-samhsa'), 'full', 'en')).toBe(
      [
        'SAMHSA National Helpline',
        'Call: 1-800-662-4357',
        'TTY: 1-800-487-4889',
        'Hours: 24 hours a day, 365 days a year',
        'Cost: Free and confidential',
        'Languages: English, Spanish',
        'Official site: https://www.samhsa.gov/find-help/national-helpline',
      ].join('\n'),
    );
  });

  it('gives a text-only line with its keyword', () => {
    expect(formatHelpline(byId('us-crisis-text-line'), 'full', 'en')).toBe(
      ['Crisis Text Line', 'Text HOME to 741741', 'Hours: 24 hours a day, 7 days a week', 'Cost: Free', 'Languages: English', 'Official site: https://www.crisistextline.org/'].join('\n'),
    );
  });

  it('is plain text: no markup, no blank lines', () => {
    for (const line of HELPLINES) {
      const text = formatHelpline(line, 'full', 'en');
      expect(text).not.toMatch(/[<>]/);
      expect(text).not.toMatch(/\n\n/);
      expect(text.startsWith(line.name)).toBe(true);
    }
  });
});

describe('formatHelpline, short', () => {
  it('fits on one line with the name and the ways to reach the line', () => {
    expect(formatHelpline(byId('us-988'), 'short', 'en')).toBe('988 Suicide & Crisis Lifeline: call 988 or text 988');
    expect(formatHelpline(byId('us-samhsa'), 'short', 'en')).toBe('SAMHSA National Helpline: call 1-800-662-4357');
    expect(formatHelpline(byId('us-crisis-text-line'), 'short', 'en')).toBe('Crisis Text Line: text HOME to 741741');
  });

  it('never spans lines', () => {
    for (const line of HELPLINES) expect(formatHelpline(line, 'short', 'en')).not.toContain('\n');
  });
});

describe('formatHelpline, message', () => {
  it('is a kind, plain note with the ways to reach the line, its hours, its cost and its site', () => {
    expect(formatHelpline(byId('us-988'), 'message', 'en')).toBe(
      'Thinking of you. If you want to talk to someone, you can reach 988 Suicide & Crisis Lifeline: call 988 or text 988. ' +
        'It is open 24 hours a day, 7 days a week, and it is free. More about it: https://988lifeline.org',
    );
  });
});

describe('formatHelplines (copy all)', () => {
  const lines = helplinesForRegion('US').filter((line) => line.kind !== 'emergency');
  it('puts every line under a heading naming the region', () => {
    const short = formatHelplines(lines, 'short', 'US', 'en').split('\n');
    expect(short[0]).toBe('Helplines (United States)');
    expect(short.slice(1)).toEqual(lines.map((line) => formatHelpline(line, 'short', 'en')));
  });
  it('separates full entries with a blank line', () => {
    expect(formatHelplines(lines, 'full', 'US', 'en').split('\n\n')).toHaveLength(lines.length + 1);
  });
});

describe('formatHelpline in Spanish', () => {
  const spanishLine = (id: string) => {
    const line = helpContent('es').helplines.find((l) => l.id === id);
    if (!line) throw new Error(id);
    return line;
  };

  it('copies 988 with its Spanish options first, in each format', () => {
    const line = spanishLine('us-988');
    expect(formatHelpline(line, 'short', 'es')).toBe('988 Suicide & Crisis Lifeline: llama al 988 o envía AYUDA por texto al 988');
    expect(formatHelpline(line, 'full', 'es')).toBe(
      [
        '988 Suicide & Crisis Lifeline',
        'Llamar: 988 (Marca 2 para hablar en español. Marca 1 para la Línea de Crisis para Veteranos.)',
        'Enviar AYUDA al 988',
        'Chat: https://988lifeline.org',
        'Horario: Las 24 horas, los 7 días de la semana',
        'Costo: Gratis',
        'Idiomas: inglés, español',
        'Sitio oficial: https://988lifeline.org',
      ].join('\n'),
    );
    expect(formatHelpline(line, 'message', 'es')).toBe(
      'Pienso en ti. Si quieres hablar con alguien, puedes contactar con 988 Suicide & Crisis Lifeline: llama al 988 o envía AYUDA por texto al 988. Horario: las 24 horas, los 7 días de la semana. Costo: gratis. Más información: https://988lifeline.org',
    );
  });

  it('copies "another country" as advice, never as a number', () => {
    expect(formatHelpline(spanishLine('other-emergency'), 'message', 'es')).toBe(
      'Pienso en ti. Si necesitas ayuda ahora, llama al número de emergencias de tu país.',
    );
    expect(formatHelpline(byId('other-emergency'), 'short', 'en')).toBe(
      'Your local emergency number: Steady does not list numbers for your country yet. In an emergency, call your local emergency number. Your prescriber, pharmacist or local health service can tell you which helplines serve your area.',
    );
  });

  it('heads "copy all" with the country in Spanish', () => {
    const lines = helplinesForRegion('US', helpContent('es').helplines).filter((line) => line.kind !== 'emergency');
    expect(formatHelplines(lines, 'short', 'US', 'es').split('\n')[0]).toBe('Líneas de ayuda (Estados Unidos)');
  });

  it('copies New Zealand’s Alcohol Drug Helpline with its Māori and Pasifika lines', () => {
    expect(formatHelpline(byId('nz-alcohol-drug-helpline'), 'full', 'en')).toBe(
      [
        'Alcohol Drug Helpline',
        'Call: 0800 787 797',
        'Also: Māori Line 0800 787 798',
        'Also: Pasifika Line 0800 787 799',
        'Text 8681',
        'Hours: 24 hours a day, 7 days a week',
        'Cost: Free and confidential',
      ].join('\n'),
    );
  });
});
