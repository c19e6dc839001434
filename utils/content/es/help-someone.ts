import type { HelpItemWords, WordsById } from '../translation-types';

/** Spanish for `../help-someone.ts`, keyed by id. */
export const HELP_SOMEONE_TIPS_ES: WordsById<HelpItemWords> = {
  'no-sudden-stop': {
    title: 'No presiones para que deje la benzo rápido',
    text: 'Dejar la benzo de golpe puede causar convulsiones. Apoya un plan lento, hecho con su médico, aunque tarde meses.',
  },
  'kind-words': {
    title: 'Usa palabras amables',
    text: 'Depender de un medicamento recetado no es lo mismo que una adicción. Evita culpar. Di lo que ves y que te importa.',
  },
  'join-the-plan': {
    title: 'Ofrece ser parte del plan',
    text: 'A los médicos se les pide planear la reducción de la dosis junto con el paciente y, si el paciente quiere, con su familia. Ofrece ir a las consultas o ayudar a llevar un registro de cómo se siente.',
  },
  'know-red-flags': {
    title: 'Conoce las señales de peligro',
    text: 'Aprende las señales que indican que hay que llamar a emergencias ya, como una convulsión o una persona que no se puede despertar. Ten los números a mano.',
  },
  'suicide-talk': {
    title: 'Si habla de suicidio',
    text: 'Tómalo en serio. Si puedes, quédate con la persona y llamen o escriban juntos a una línea de crisis. Si está en peligro ahora, llama a emergencias. La ayuda funciona, y la gente sí logra salir de esto.',
  },
  'your-own-support': {
    title: 'Busca apoyo para ti',
    text: 'Cuidar a alguien es difícil. Grupos como Nar-Anon y los programas de NAMI ayudan a familiares y amigos. No tienes que pasar por esto sin ayuda.',
  },
};
