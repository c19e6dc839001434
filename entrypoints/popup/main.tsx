import { ENGLISH } from '@/shared/popup-language-en';
import { startPopup } from './start-popup';

void startPopup(ENGLISH);
