import type { HelpItemWords, WordsById } from '@/help-content/translation-types';

/** Spanish for `../help-someone.ts`, keyed by id. */
export const HELP_SOMEONE_TIPS_ES: WordsById<HelpItemWords> = {
  'no-sudden-stop': {
    title: 'No presiones para que deje la benzo rápido',
    text: 'Dejar la benzo de golpe puede causar convulsiones. Apoya un plan lento, hecho con su médico o quien le receta, aunque tarde meses.',
  },
  'kind-words': {
    title: 'Usa palabras amables',
    text: 'Depender de un medicamento recetado no es lo mismo que una adicción. Evita culpar. Dile lo que notas y que te importa cómo está.',
  },
  'join-the-plan': {
    title: 'Ofrece ser parte del plan',
    text: 'A los médicos se les pide planear la reducción de la dosis junto con el paciente y, si el paciente quiere, con quienes lo cuidan. Ofrece ir a las consultas o ayudar a llevar un registro de cómo se siente.',
  },
  'know-red-flags': {
    title: 'Conoce las señales de peligro',
    text: 'Aprende las señales que indican que hay que llamar a emergencias ya, como una convulsión o una persona a la que no se le puede despertar. Si tiene mucho sueño y cuesta despertarla, no la dejes dormir para que se le pase: pide ayuda. Ten los números donde puedas encontrarlos.',
  },
  'suicide-talk': {
    title: 'Si la persona habla de suicidio',
    text: 'Tómalo en serio. Pregúntale directamente si está pensando en el suicidio, y escucha. Quédate con la persona y ayúdala a comunicarse con una línea de crisis: pueden llamar o enviar un mensaje de texto juntos. Si está en peligro ahora, llama a emergencias. Vuelve a hablar con ella en los próximos días. Hay ayuda.',
  },
  'keep-them-safe': {
    title: 'Ayuda a que esté a salvo',
    text: 'Si la persona puede llevar a cabo sus ideas de suicidio, quédate con ella y ayúdala a estar a salvo. Junto con ella, pongan fuera de su alcance los medicamentos, incluida su propia benzo, y cualquier otra cosa con la que pueda hacerse daño. No hagas que se salte dosis de su benzo, porque dejarla de golpe es peligroso. Su médico o quien le receta, o su farmacéutico, pueden ayudarte a planearlo.',
  },
  'your-own-support': {
    title: 'Busca apoyo para ti',
    text: 'Cuidar a alguien es difícil. Busca un grupo de apoyo o clases gratis para familias, cerca de ti o en línea. No tienes que pasar por esto sin ayuda.',
  },
};
