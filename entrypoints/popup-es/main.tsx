import { SPANISH } from '@/shared/popup-language-es';
import { startPopup } from '@/entrypoints/popup/start-popup';

void startPopup(SPANISH);
