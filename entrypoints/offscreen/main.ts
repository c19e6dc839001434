import { listenForOffscreenCopy } from '@/offscreen/clipboard-writer';

// Chrome's MV3 service worker has no clipboard, so the background asks this hidden page to copy.
listenForOffscreenCopy(document.getElementById('clipboard') as HTMLTextAreaElement);
