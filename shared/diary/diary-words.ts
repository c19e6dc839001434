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
    /** Anything else that went wrong while adding a file's check-ins. */
    importFailed: string;
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

/** The reminder's whole message, which its setting's hint quotes. */
const REMINDER_MESSAGE: Record<Locale, string> = { en: 'Time for today’s check-in.', es: 'Es hora del registro de hoy.' };

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
    reminderMessage: REMINDER_MESSAGE.en,
    ui: {
      title: 'My taper diary',
      lead: 'Check in once a day, in under a minute: how the day was, and how strong each symptom felt. Your diary stays in this browser. Your prescriber can use it to set the pace of your taper.',
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
      crisisSuicide: 'If you are thinking about suicide, you do not have to face it alone. You can talk to someone right now:',
      crisisActNow: 'If you might act on these thoughts, or have harmed yourself, call emergency services now:',
      crisisPrescriber: 'Then tell your prescriber. Save this check-in so you can show them.',
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
      printSummary: 'Print the summary and checklist',
      seeChart: 'See how it is going',
      dataHeading: 'Your diary on this device',
      dataLead:
        'The diary is kept only in this browser. Save a copy to keep it safe or to move it to another browser. A copy is a file on your device: keep it private.',
      saveJson: 'Save a copy (JSON)',
      saveCsv: 'Save for a spreadsheet (CSV)',
      importLabel: 'Add check-ins from a saved copy',
      importHint: 'A JSON or CSV file saved by Steady. If a day already has a check-in here, the one in the file replaces it.',
      imported: (count, skipped) =>
        count === 0
          ? 'This file has no check-ins Steady could use. Nothing was changed.'
          : `Loaded ${count === 1 ? '1 check-in' : `${count} check-ins`} from the file.` +
            (skipped
              ? ` ${skipped === 1 ? '1 entry' : `${skipped} entries`} could not be used and ${skipped === 1 ? 'was' : 'were'} left out.`
              : ''),
      importProblems: {
        'too-large': 'This file is too large to be a Steady diary. Nothing was changed.',
        'not-a-diary': 'This file is not a diary saved by Steady. Nothing was changed.',
        'newer-version': 'This file was saved by a newer Steady. Update Steady, then try again. Nothing was changed.',
      },
      importFailed: 'Steady could not add this file’s check-ins. Nothing was changed.',
      eraseStart: 'Erase the diary',
      eraseQuestion: (count) =>
        `Erase ${count === 1 ? 'your only check-in' : `all ${count} check-ins`} from this device? This cannot be undone. Save a copy first to keep ${count === 1 ? 'it' : 'them'}.`,
      eraseConfirm: 'Yes, erase the diary',
      eraseCancel: 'Cancel',
      erased: 'The diary is erased from this device.',
      reminderHeading: 'Daily reminder',
      reminderOn: 'Remind me to check in each day',
      reminderTime: 'Time',
      reminderHint: `A browser notification on days without a check-in yet, while the browser is open. It says only “${REMINDER_MESSAGE.en}” If the computer is asleep at that time, it may come late or not at all. People near your screen may see it.`,
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
      'Cada día se puntuó de 0 a 3: en los síntomas, 0 es nada y 3 es fuerte; en «tus días en general», 0 es «muy difícil» y 3 es «bien».',
    average: (value) => `promedio ${value}`,
    doseChangeDays: 'Días en que el médico cambió la dosis',
    redFlagDays: 'Días con una señal de alarma (una convulsión, confusión repentina, ver u oír cosas, o ideas de suicidio)',
    notes: 'Mis notas',
    none: 'ninguno',
    footer: 'Lo escribí en Steady, un diario privado en mi propio dispositivo. No es un historial médico.',
    reminderMessage: REMINDER_MESSAGE.es,
    ui: {
      title: 'Mi diario de la reducción',
      lead: 'Anota una vez al día, en menos de un minuto, cómo fue el día y qué tan fuerte sentiste cada síntoma. Tu diario se queda en este navegador. Tu médico puede usarlo para decidir el ritmo de la reducción.',
      checkInTitle: (date) => `Registro de hoy, ${date}`,
      savedEarlier: 'Ya anotaste el día de hoy. Si guardas otra vez, se reemplaza.',
      overallLegend: '¿Cómo fue hoy?',
      overallLevels: ['Muy difícil', 'Difícil', 'Regular', 'Bien'],
      symptomsLegend: '¿Qué tan fuerte fue cada uno hoy?',
      symptomLevels: ['Nada', 'Leve', 'Moderado', 'Fuerte'],
      doseChanged: 'Mi médico me cambió la dosis hoy',
      doseChangedHint: 'Solo sí o no. Steady nunca anota dosis ni planes de reducción.',
      redFlagsLegend: '¿Hoy te pasó alguna de estas cosas?',
      redFlags: {
        seizure: 'Una convulsión',
        confusion: 'Confusión fuerte y repentina',
        hallucinations: 'Ver u oír cosas que no están ahí',
        suicide: 'Ideas de suicidio o de hacerte daño',
      },
      crisisTitle: 'Busca ayuda ahora',
      crisisEmergency:
        'Tener una convulsión, una confusión repentina o ver u oír cosas puede ser peligroso durante la abstinencia. Llama ahora a emergencias:',
      crisisSuicide: 'Si piensas en el suicidio, no tienes que enfrentarlo a solas. Puedes hablar con alguien ahora mismo:',
      crisisActNow: 'Si hay riesgo de que actúes según esas ideas, o ya te hiciste daño, llama ahora a emergencias:',
      crisisPrescriber: 'Después, cuéntaselo a tu médico. Guarda este registro para poder mostrárselo.',
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
      printSummary: 'Imprimir el resumen y la lista',
      seeChart: 'Ver cómo va',
      dataHeading: 'Tu diario en este dispositivo',
      dataLead:
        'El diario se guarda solo en este navegador. Guarda una copia para no perderlo o para pasarlo a otro navegador. La copia es un archivo en tu dispositivo: mantenla en privado.',
      saveJson: 'Guardar una copia (JSON)',
      saveCsv: 'Guardar para hoja de cálculo (CSV)',
      importLabel: 'Añadir registros desde una copia',
      importHint: 'Un archivo JSON o CSV guardado por Steady. Si un día ya tiene un registro aquí, se reemplaza por el del archivo.',
      imported: (count, skipped) =>
        count === 0
          ? 'Este archivo no tiene registros que Steady pueda usar. No se cambió nada.'
          : `Se ${count === 1 ? 'cargó 1 registro' : `cargaron ${count} registros`} del archivo.` +
            (skipped
              ? ` ${skipped === 1 ? '1 entrada no se pudo usar y se dejó' : `${skipped} entradas no se pudieron usar y se dejaron`} fuera.`
              : ''),
      importProblems: {
        'too-large': 'Este archivo es demasiado grande para ser un diario de Steady. No se cambió nada.',
        'not-a-diary': 'Este archivo no es un diario guardado por Steady. No se cambió nada.',
        'newer-version':
          'Este archivo se guardó con una versión más nueva de Steady. Actualiza Steady y vuelve a intentarlo. No se cambió nada.',
      },
      importFailed: 'Steady no pudo añadir los registros de este archivo. No se cambió nada.',
      eraseStart: 'Borrar el diario',
      eraseQuestion: (count) =>
        `¿Borrar ${count === 1 ? 'el único registro' : `los ${count} registros`} de este dispositivo? No se puede deshacer. Guarda antes una copia si quieres conservarlo${count === 1 ? '' : 's'}.`,
      eraseConfirm: 'Sí, borrar el diario',
      eraseCancel: 'Cancelar',
      erased: 'El diario se borró de este dispositivo.',
      reminderHeading: 'Recordatorio diario',
      reminderOn: 'Recordarme anotar cada día',
      reminderTime: 'Hora',
      reminderHint: `Una notificación del navegador los días sin registro, mientras el navegador esté abierto. Solo dice «${REMINDER_MESSAGE.es}» Si la computadora está en reposo a esa hora, puede llegar tarde o no llegar. Quien esté cerca de tu pantalla puede verla.`,
      // «a la 1:00», «a las 20:00».
      reminderSaved: (time) => `Guardado. Steady te lo recordará a ${time.startsWith('1:') ? 'la' : 'las'} ${time}.`,
      reminderOff: 'Guardado. Sin recordatorios.',
      summaryWhat: 'el resumen',
    },
  },
};
