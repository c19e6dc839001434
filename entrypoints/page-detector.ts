import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPageDetector } from '@/page/detector/start-page-detector';

/**
 * Runs in web pages once the user has turned contextual help on (registered at run time, top frame only).
 * It holds only the detector: the help card's code is injected separately, and only after a match.
 */
export default defineUnlistedScript(() => startPageDetector());
