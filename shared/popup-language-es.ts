import { es } from '@/locales/es';
import { SPANISH_HELPLINES } from '@/shared/spanish-helplines';
import type { PopupLanguage } from '@/shared/popup-language';

export const SPANISH: PopupLanguage = { locale: 'es', t: es, helplines: SPANISH_HELPLINES };
