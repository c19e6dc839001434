import type { Locale } from '@/locales/locale';
import type { DiaryImportProblem } from '@/shared/diary/diary-transfer';
import type { Direction, Measure } from '@/shared/diary/diary-trend';

/** The diary's words for what it measures and how it went, in each language Steady speaks. */
export interface DiaryWords {
  /** Each measure as a reader names it; the symptoms as Steady's symptom list writes them. */
  measures: Record<Measure, string>;
  directions: Record<Direction, string>;
  /** "over the last 2 weeks" */
  overWeeks: (weeks: number) => string;
  summaryTitle: string;
  /** "19 Nov 2026 to 2 Dec 2026 (14 days)" */
  period: (from: string, to: string, days: number) => string;
  checkIns: (count: number, days: number) => string;
  scale: string;
  average: (value: string) => string;
  doseChangeDays: string;
  redFlagDays: string;
  notes: string;
  none: string;
  footer: string;
  /** The diary's screen. */
  ui: {
    title: string;
    lead: string;
    checkInTitle: (date: string) => string;
    savedEarlier: string;
    overallLegend: string;
    overallLevels: readonly [string, string, string, string];
    symptomsLegend: string;
    symptomLevels: readonly [string, string, string, string];
    doseChanged: string;
    doseChangedHint: string;
    redFlagsLegend: string;
    redFlags: Record<'seizure' | 'confusion' | 'hallucinations' | 'suicide', string>;
    /** "call 911 now" with the number, or the local emergency number. */
    crisisTitle: string;
    crisisEmergency: string;
    crisisSuicide: string;
    crisisActNow: string;
    crisisPrescriber: string;
    note: string;
    noteHint: (max: number) => string;
    save: string;
    chooseOverall: string;
    saved: (date: string) => string;
    chartTitle: string;
    period: string;
    weeks: (weeks: number) => string;
    measure: string;
    chartLabel: (measure: string, weeks: number) => string;
    doseChangeMark: string;
    showTable: string;
    day: string;
    answer: string;
    unanswered: string;
    noCheckIns: string;
    summaryHeading: string;
    summaryLead: string;
    includeNotes: string;
    copySummary: string;
    /** Prints the page: the summary, then the prescriber checklist below it. */
    printSummary: string;
    summaryWhat: string;
    /** The popup's button under a check-in it saved: to the chart in the side panel. */
    seeChart: string;
    /** Saving a copy, adding from one, erasing. */
    dataHeading: string;
    dataLead: string;
    saveJson: string;
    saveCsv: string;
    importLabel: string;
    importHint: string;
    imported: (count: number, skipped: number) => string;
    importProblems: Record<DiaryImportProblem, string>;
    eraseStart: string;
    eraseQuestion: (count: number) => string;
    eraseConfirm: string;
    eraseCancel: string;
    erased: string;
    /** The daily reminder. */
    reminderHeading: string;
    reminderOn: string;
    reminderTime: string;
    reminderHint: string;
    reminderSaved: (time: string) => string;
    reminderOff: string;
  };
  /** The reminder's system notification: plain, as people near the screen may see it. */
  reminderMessage: string;
}

export const DIARY_WORDS: Record<Locale, DiaryWords> = {
  en: {
    measures: {
      overall: 'Your days overall',
      sleep: 'Trouble sleeping',
      anxiety: 'Anxiety or panic',
      'low-mood': 'Low mood',
      'racing-heart': 'Racing heart',
      shaking: 'Shaking',
      'trouble-focusing': 'Trouble focusing',
      'feeling-unreal': 'Feeling unreal',
      senses: 'Light and sound feel too strong',
    },
    directions: { better: 'better', worse: 'worse', same: 'about the same', 'too-few': 'too few check-ins to tell' },
    overWeeks: (weeks) => `over the last ${weeks} weeks`,
    summaryTitle: 'Taper diary',
    period: (from, to, days) => `${from} to ${to} (${days} days)`,
    checkIns: (count, days) => `Check-ins: ${count} of ${days} days`,
    scale: 'Each day was rated from 0 to 3: for symptoms, 0 none and 3 severe; for "your days overall", 0 very hard and 3 good.',
    average: (value) => `average ${value}`,
    doseChangeDays: 'Days the prescriber changed the dose',
    redFlagDays: 'Days with a warning sign (a seizure, sudden confusion, seeing or hearing things, or thoughts of suicide)',
    notes: 'My notes',
    none: 'none',
    footer: 'Written by me in Steady, a private diary on my own device. It is not a medical record.',
    reminderMessage: 'Time for today’s check-in.',
    ui: {
      title: 'My taper diary',
      lead: 'Check in once a day, in under a minute: how the day was, and how strong each symptom felt. It stays on this device. Your prescriber can use it to set the pace of your taper.',
      checkInTitle: (date) => `Check-in for today, ${date}`,
      savedEarlier: 'You checked in today already. Saving again replaces it.',
      overallLegend: 'How was today?',
      overallLevels: ['Very hard', 'Hard', 'All right', 'Good'],
      symptomsLegend: 'How strong was each of these today?',
      symptomLevels: ['None', 'Mild', 'Moderate', 'Severe'],
      doseChanged: 'My prescriber changed my dose today',
      doseChangedHint: 'Only yes or no. Steady never records amounts or schedules.',
      redFlagsLegend: 'Today, did you have any of these?',
      redFlags: {
        seizure: 'A seizure (a fit)',
        confusion: 'Sudden, strong confusion',
        hallucinations: 'Seeing or hearing things that are not there',
        suicide: 'Thoughts of suicide or of harming yourself',
      },
      crisisTitle: 'Get help now',
      crisisEmergency:
        'A seizure, sudden confusion or seeing or hearing things can be dangerous in withdrawal. Call emergency services now:',
      crisisSuicide: 'If you are thinking about suicide, you do not have to face it alone. Talk to someone now, any time:',
      crisisActNow: 'If you might act on these thoughts, or have harmed yourself, call emergency services now:',
      crisisPrescriber: 'Then tell your prescriber. Your check-in is kept, so you can show them.',
      note: 'A note (optional)',
      noteHint: (max) => `Anything you want to remember or tell your prescriber. Up to ${max} characters.`,
      save: 'Save today’s check-in',
      chooseOverall: 'Choose how today was, then save.',
      saved: (date) => `Saved for ${date}.`,
      chartTitle: 'How it is going',
      period: 'Show',
      weeks: (weeks) => `${weeks} weeks`,
      measure: 'What to show',
      chartLabel: (measure, weeks) => `${measure}, the last ${weeks} weeks`,
      doseChangeMark: 'Dose changed',
      showTable: 'Show as a table',
      day: 'Day',
      answer: 'Answer',
      unanswered: 'not answered',
      noCheckIns: 'No check-ins in these weeks yet.',
      summaryHeading: 'For your prescriber',
      summaryLead: 'A short summary of these weeks to copy into a message or take to your appointment.',
      includeNotes: 'Include my notes',
      copySummary: 'Copy the summary',
      printSummary: 'Print it with your checklist',
      seeChart: 'See how it is going',
      dataHeading: 'Your diary on this device',
      dataLead:
        'The diary is kept only in this browser. Save a copy to keep it safe or to move it to another browser. A copy is a file on your device: keep it private.',
      saveJson: 'Save a copy (JSON)',
      saveCsv: 'Save for a spreadsheet (CSV)',
      importLabel: 'Add check-ins from a saved copy',
      importHint: 'A JSON or CSV file saved by Steady. Where a day is in both, the file’s check-in is kept.',
      imported: (count, skipped) =>
        `Added ${count === 1 ? '1 check-in' : `${count} check-ins`} from the file.` +
        (skipped
          ? ` ${skipped === 1 ? '1 row' : `${skipped} rows`} could not be read and ${skipped === 1 ? 'was' : 'were'} left out.`
          : ''),
      importProblems: {
        'too-large': 'This file is too large to be a Steady diary. Nothing was changed.',
        'not-a-diary': 'This file is not a diary saved by Steady. Nothing was changed.',
        'newer-version': 'This file was saved by a newer Steady. Update Steady, then try again. Nothing was changed.',
      },
      eraseStart: 'Erase the diary',
      eraseQuestion: (count) =>
        `Erase ${count === 1 ? 'the 1 check-in' : `all ${count} check-ins`} from this device? This cannot be undone. Save a copy first to keep ${count === 1 ? 'it' : 'them'}.`,
      eraseConfirm: 'Yes, erase the diary',
      eraseCancel: 'Cancel',
      erased: 'The diary is erased from this device.',
      reminderHeading: 'Daily reminder',
      reminderOn: 'Remind me to check in each day',
      reminderTime: 'At',
      reminderHint:
        'A notification from your browser, only on days without a check-in yet, while the browser is open. People near your screen may see it.',
      reminderSaved: (time) => `Saved. Steady will remind you at ${time}.`,
      reminderOff: 'Saved. No reminders.',
      summaryWhat: 'the summary',
    },
  },
  es: {
    measures: {
      overall: 'Tus días en general',
      sleep: 'Problemas para dormir',
      anxiety: 'Ansiedad o pánico',
      'low-mood': 'Ánimo bajo',
      'racing-heart': 'Latidos rápidos',
      shaking: 'Temblores',
      'trouble-focusing': 'Problemas para concentrarte',
      'feeling-unreal': 'Sentirte irreal o fuera de ti',
      senses: 'Molestia con la luz y los ruidos',
    },
    directions: { better: 'mejor', worse: 'peor', same: 'más o menos igual', 'too-few': 'faltan registros para saberlo' },
    overWeeks: (weeks) => `en las últimas ${weeks} semanas`,
    summaryTitle: 'Diario de la reducción',
    period: (from, to, days) => `del ${from} al ${to} (${days} días)`,
    checkIns: (count, days) => `Registros: ${count} de ${days} días`,
    scale:
      'Cada día se puntuó de 0 a 3: en los síntomas, 0 es nada y 3 es fuerte; en «tus días en general», 0 es muy difícil y 3 es bueno.',
    average: (value) => `promedio ${value}`,
    doseChangeDays: 'Días en que el médico cambió la dosis',
    redFlagDays: 'Días con una señal de alarma (una convulsión, confusión repentina, ver u oír cosas, o ideas de suicidio)',
    notes: 'Mis notas',
    none: 'ninguno',
    footer: 'Lo escribí en Steady, un diario privado en mi propio dispositivo. No es un historial médico.',
    reminderMessage: 'Es hora del registro de hoy.',
    ui: {
      title: 'Mi diario de la reducción',
      lead: 'Anota una vez al día, en menos de un minuto, cómo fue el día y qué tan fuerte sentiste cada síntoma. Se queda en este dispositivo. Tu médico puede usarlo para decidir el ritmo de la reducción.',
      checkInTitle: (date) => `Registro de hoy, ${date}`,
      savedEarlier: 'Ya anotaste el día de hoy. Si guardas otra vez, se reemplaza.',
      overallLegend: '¿Cómo fue hoy?',
      overallLevels: ['Muy difícil', 'Difícil', 'Regular', 'Bien'],
      symptomsLegend: '¿Qué tan fuerte fue cada uno hoy?',
      symptomLevels: ['Nada', 'Leve', 'Moderado', 'Fuerte'],
      doseChanged: 'Mi médico me cambió la dosis hoy',
      doseChangedHint: 'Solo sí o no. Steady nunca anota cantidades ni calendarios.',
      redFlagsLegend: 'Hoy, ¿tuviste alguna de estas?',
      redFlags: {
        seizure: 'Una convulsión (un ataque)',
        confusion: 'Confusión fuerte y repentina',
        hallucinations: 'Ver u oír cosas que no están',
        suicide: 'Ideas de suicidio o de hacerte daño',
      },
      crisisTitle: 'Busca ayuda ahora',
      crisisEmergency:
        'Una convulsión, una confusión repentina o ver u oír cosas pueden ser peligrosas en la abstinencia. Llama a emergencias ahora:',
      crisisSuicide: 'Si piensas en el suicidio, no tienes que enfrentarlo a solas. Habla con alguien ahora, a cualquier hora:',
      crisisActNow: 'Si podrías actuar según esas ideas, o ya te hiciste daño, llama a emergencias ahora:',
      crisisPrescriber: 'Después, cuéntaselo a tu médico. Tu registro se guarda para que se lo muestres.',
      note: 'Una nota (opcional)',
      noteHint: (max) => `Lo que quieras recordar o contarle a tu médico. Hasta ${max} caracteres.`,
      save: 'Guardar el registro de hoy',
      chooseOverall: 'Elige cómo fue hoy y después guarda.',
      saved: (date) => `Guardado para el ${date}.`,
      chartTitle: 'Cómo va',
      period: 'Ver',
      weeks: (weeks) => `${weeks} semanas`,
      measure: 'Qué ver',
      chartLabel: (measure, weeks) => `${measure}, las últimas ${weeks} semanas`,
      doseChangeMark: 'Cambio de dosis',
      showTable: 'Ver como tabla',
      day: 'Día',
      answer: 'Respuesta',
      unanswered: 'sin respuesta',
      noCheckIns: 'Todavía no hay registros en estas semanas.',
      summaryHeading: 'Para tu médico',
      summaryLead: 'Un resumen corto de estas semanas para copiar en un mensaje o llevar a tu cita.',
      includeNotes: 'Incluir mis notas',
      copySummary: 'Copiar el resumen',
      printSummary: 'Imprimirlo con tu lista',
      seeChart: 'Ver cómo va',
      dataHeading: 'Tu diario en este dispositivo',
      dataLead:
        'El diario se guarda solo en este navegador. Guarda una copia para no perderlo o para pasarlo a otro navegador. La copia es un archivo en tu dispositivo: mantenla en privado.',
      saveJson: 'Guardar una copia (JSON)',
      saveCsv: 'Guardar para hoja de cálculo (CSV)',
      importLabel: 'Añadir registros desde una copia',
      importHint: 'Un archivo JSON o CSV guardado por Steady. Si un día está en los dos, se queda el registro del archivo.',
      imported: (count, skipped) =>
        `Se ${count === 1 ? 'añadió 1 registro' : `añadieron ${count} registros`} del archivo.` +
        (skipped
          ? ` ${skipped === 1 ? '1 fila no se pudo leer y se dejó' : `${skipped} filas no se pudieron leer y se dejaron`} fuera.`
          : ''),
      importProblems: {
        'too-large': 'Este archivo es demasiado grande para ser un diario de Steady. No se cambió nada.',
        'not-a-diary': 'Este archivo no es un diario guardado por Steady. No se cambió nada.',
        'newer-version':
          'Este archivo se guardó con una versión más nueva de Steady. Actualiza Steady y vuelve a intentarlo. No se cambió nada.',
      },
      eraseStart: 'Borrar el diario',
      eraseQuestion: (count) =>
        `¿Borrar ${count === 1 ? 'el único registro' : `los ${count} registros`} de este dispositivo? No se puede deshacer. Guarda antes una copia si quieres conservarlo${count === 1 ? '' : 's'}.`,
      eraseConfirm: 'Sí, borrar el diario',
      eraseCancel: 'Cancelar',
      erased: 'El diario se borró de este dispositivo.',
      reminderHeading: 'Recordatorio diario',
      reminderOn: 'Recordarme anotar cada día',
      reminderTime: 'A las',
      reminderHint:
        'Una notificación del navegador, solo los días sin registro, mientras el navegador esté abierto. Quien esté cerca de tu pantalla puede verla.',
      reminderSaved: (time) => `Guardado. Steady te lo recordará a las ${time}.`,
      reminderOff: 'Guardado. Sin recordatorios.',
      summaryWhat: 'el resumen',
    },
  },
};
