import { popupEs } from '@/locales/popup-es';
import { SPANISH_HELPLINES } from '@/shared/spanish-helplines';
import type { PopupLanguage } from '@/shared/popup-language';

export const SPANISH: PopupLanguage = { locale: 'es', t: popupEs, helplines: SPANISH_HELPLINES };
