/**
 * The store screenshots (issue 17), made from the built extension in Debian's Chromium, never drawn by hand: each
 * scene is a real screenshot of one of Steady's pages, placed with a one-line caption on a plain canvas that the
 * browser lays out (a small "frame" page), and the frame is screenshotted at 1280×800 and at 640×400, in English
 * and in Spanish. They go to STORE_SCREENSHOTS_DIR, or to .output/store-screenshots/ (ignored by git);
 * `npm run store:screenshots` writes them to store/screenshots/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_FILES } from '../../shared/manifest';
import { ENGLISH_ONLY_COUNT, englishLeftIn } from '../support/english-left';
import {
  CHROME_BUILD,
  CHROME_E2E_BUILD,
  isLocalRequest,
  launchWithExtension,
  openExtensionPage,
  waitForDetector,
  type ExtensionBrowser,
} from './fixtures/extension-browser';
import {
  STORE_LANGUAGES,
  STORE_SCENES,
  STORE_SIZES,
  sampleArticleHtml,
  storeFileName,
  type SceneId,
  type StoreLanguage,
  type StoreLanguageSetup,
} from './fixtures/store-scenes';
import { CARD_SETTLE_MS, HelpCardOnPage } from './pages/help-card';

const OUT = path.resolve(process.env.STORE_SCREENSHOTS_DIR ?? '.output/store-screenshots');

/**
 * A real screenshot has text, edges and anti-aliasing: hundreds to thousands of colours where the frame shows it
 * (the fewest measured, the large settings scene, has about 630). A blank or failed capture has one or a handful.
 */
const MIN_COLOURS = 300;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Capture {
  png: Buffer;
  width: number;
  height: number;
  /** The part a small (640×400) frame shows at full size: the scene's point, cut at an edge between elements. */
  focus: Rect;
}

/** Width and height from a PNG's header (IHDR: bytes 16–23), after checking its signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The caption's place on a canvas of `size`, and the room left below it for the screenshot. */
function frameRoom(size: { width: number; height: number }) {
  const k = size.width / 1280;
  const caption = { top: Math.round(26 * k), height: Math.round(46 * k), fontSize: Math.round(34 * k), side: Math.round(40 * k) };
  const top = caption.top + caption.height + Math.round(22 * k);
  return { k, caption, top, room: { width: size.width - 2 * caption.side, height: size.height - top - Math.round(28 * k) } };
}

/**
 * Where the caption and the screenshot go on a canvas of `size`: the caption on one line at the top, the screenshot
 * centred below it, at full size when it fits (sharp), never enlarged. The large frame shows the whole capture;
 * the small one its focus, so that its text stays readable at 640×400.
 */
function frameLayout(size: { width: number; height: number }, capture: Capture, whole: boolean) {
  const { k, caption, top, room } = frameRoom(size);
  const view = whole ? { x: 0, y: 0, width: capture.width, height: capture.height } : capture.focus;
  const scale = Math.min(1, room.width / view.width, room.height / view.height);
  const shot = {
    width: Math.round(view.width * scale),
    height: Math.round(view.height * scale),
    x: 0,
    y: 0,
  };
  shot.x = Math.round((size.width - shot.width) / 2);
  shot.y = top + Math.round((room.height - shot.height) / 2);
  return { k, caption, view, scale, shot };
}

function frameHtml(language: StoreLanguage, text: string, size: { width: number; height: number }, capture: Capture, whole: boolean) {
  const { k, caption, view, scale, shot } = frameLayout(size, capture, whole);
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<style>
  html, body { margin: 0; width: ${size.width}px; height: ${size.height}px; overflow: hidden; background: #e1f0ee; }
  #caption {
    position: absolute; left: ${caption.side}px; right: ${caption.side}px; top: ${caption.top}px; height: ${caption.height}px;
    margin: 0; font: 700 ${caption.fontSize}px/${caption.height}px 'DejaVu Sans', 'Liberation Sans', sans-serif;
    color: #06201e; text-align: center; white-space: nowrap; overflow: hidden;
  }
  #shot {
    position: absolute; left: ${shot.x}px; top: ${shot.y}px; width: ${shot.width}px; height: ${shot.height}px;
    overflow: hidden; background: #fff; border-radius: ${Math.max(3, Math.round(8 * k))}px;
    box-shadow: 0 0 0 1px #b5c8c3, 0 ${Math.round(6 * k)}px ${Math.round(24 * k)}px rgba(6, 32, 30, 0.18);
  }
  #shot img {
    position: absolute; display: block; left: ${-view.x * scale}px; top: ${-view.y * scale}px;
    width: ${capture.width * scale}px; height: ${capture.height * scale}px;
  }
</style>
</head>
<body>
<h1 id="caption">${escapeHtml(text)}</h1>
<div id="shot"><img alt="" src="data:image/png;base64,${capture.png.toString('base64')}"></div>
</body>
</html>`;
}

/** Distinct colours inside `rect` of a PNG, counted by the browser (a canvas), so no image library is needed. */
function distinctColours(page: Page, png: Buffer, rect: Rect): Promise<number> {
  return page.evaluate(
    async ({ src, rect }) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) return 0;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(rect.x, rect.y, rect.width, rect.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return seen.size;
    },
    { src: `data:image/png;base64,${png.toString('base64')}`, rect },
  );
}

/** Frames a capture with its caption at every store size, checks each image, and writes it. Returns the file names. */
async function frameAndSave(framePage: Page, language: StoreLanguage, id: SceneId, capture: Capture): Promise<string[]> {
  const scene = STORE_SCENES.find((each) => each.id === id)!;
  const written: string[] = [];
  mkdirSync(OUT, { recursive: true });
  for (const size of STORE_SIZES) {
    const whole = size.width === 1280;
    await framePage.setViewportSize(size);
    await framePage.setContent(frameHtml(language, scene.caption[language], size, capture, whole));
    await framePage.locator('#shot img').evaluate((image: HTMLImageElement) => image.decode());
    const layout = await framePage.evaluate(() => {
      const caption = document.getElementById('caption')!;
      const shot = document.getElementById('shot')!.getBoundingClientRect();
      const image = document.querySelector<HTMLImageElement>('#shot img')!;
      return {
        captionFits: caption.scrollWidth <= caption.clientWidth,
        captionBottom: caption.getBoundingClientRect().bottom,
        shot: { x: shot.x, y: shot.y, width: shot.width, height: shot.height },
        loaded: image.complete && image.naturalWidth > 0,
      };
    });
    const name = storeFileName(language, scene, size);
    expect(layout.loaded, `${name}: the screenshot is shown`).toBe(true);
    expect(layout.captionFits, `${name}: the caption fits on one line`).toBe(true);
    expect(layout.captionBottom, `${name}: the caption does not cover the screenshot`).toBeLessThanOrEqual(layout.shot.y);
    expect(layout.shot.x).toBeGreaterThanOrEqual(0);
    expect(layout.shot.x + layout.shot.width).toBeLessThanOrEqual(size.width);
    expect(layout.shot.y + layout.shot.height).toBeLessThanOrEqual(size.height);

    const file = path.join(OUT, name);
    writeFileSync(file, await framePage.screenshot({ scale: 'css' }));
    const png = readFileSync(file);
    expect(pngSize(png), name).toEqual({ width: size.width, height: size.height });
    // Inside the screenshot's box, clear of its rounded corners and border.
    const inner = { x: layout.shot.x + 4, y: layout.shot.y + 4, width: layout.shot.width - 8, height: layout.shot.height - 8 };
    expect(await distinctColours(framePage, png, inner), `${name}: the frame shows a real screenshot`).toBeGreaterThan(MIN_COLOURS);
    written.push(name);
  }
  return written;
}

/** A real screenshot of what `page` shows now, with the part the small frame focuses on. */
async function capture(page: Page, focus: Rect): Promise<Capture> {
  await page.mouse.move(0, 0);
  const png = await page.screenshot({ scale: 'css' });
  return { png, ...pngSize(png), focus };
}

/** The sample article (fixtures/store-scenes.ts), from 127.0.0.1 only. */
async function startArticleServer(language: StoreLanguage) {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(sampleArticleHtml(language));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/coming-off-clonazepam.html`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The browser keeps its connection open; without this, close() waits for it.
        server.closeAllConnections();
      }),
  };
}

describe.each(STORE_LANGUAGES)('store screenshots, $code (the built extension in Chromium)', (language: StoreLanguageSetup) => {
  let production: ExtensionBrowser;
  /** Every browser this language used, for the check that nothing left the machine; and those still open. */
  const browsers: ExtensionBrowser[] = [];
  const open = new Set<ExtensionBrowser>();
  let framePage: Page;
  const written: string[] = [];

  const launch = async (buildDir: string, viewport: { width: number; height: number }) => {
    const browser = await launchWithExtension({ buildDir, locale: language.locale, timeZone: language.timeZone, viewport });
    browsers.push(browser);
    open.add(browser);
    return browser;
  };

  /** Text a Spanish screenshot shows: none of Steady's English may be left in it. */
  const expectNoEnglish = (text: string) => {
    if (language.code === 'es') expect(englishLeftIn(text)).toEqual([]);
  };

  beforeAll(async () => {
    // The production build, as a person installs it: no page access, help on web pages off.
    production = await launch(CHROME_BUILD, { width: 360, height: 600 });
    framePage = await production.context.newPage();
  });
  afterAll(async () => {
    await Promise.all([...open].map((browser) => browser.close()));
  });

  it('1: the popup’s first screen, the emergency number first (production build, 360×600)', async () => {
    // The popup page the toolbar button opens in this browser's language.
    const page = await openExtensionPage(production, EXTENSION_FILES.popupIn[language.code].slice(1), 'Steady');
    await page.setViewportSize({ width: 360, height: 600 });
    await page.bringToFront();
    const emergency = page.getByRole('region', { name: language.emergencyHeading, exact: true });
    expect(await emergency.count()).toBe(1);
    const box = (await emergency.boundingBox())!;
    expect(box.y + box.height, 'the emergency help is on the first screen').toBeLessThanOrEqual(600);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a reader sees it
    expectNoEnglish(await page.locator('body').innerText());
    // The small frame: down to the first helpline, which starts below the emergency number and the crisis line.
    const firstLine = (await page.locator('article.helpline').first().boundingBox())!;
    const shot = await capture(page, { x: 0, y: 0, width: 360, height: Math.round(firstLine.y) - 10 });
    written.push(...(await frameAndSave(framePage, language.code, 'popup', shot)));
    await page.close();
  });

  it('2: the help card in the corner of an article about tapering (e2e build: page access granted)', async () => {
    // The card needs access to pages, which the production build has only after the person grants it in the
    // settings. The e2e build (.output/chrome-mv3-e2e) is the same extension, except that its manifest starts with
    // that access (wxt.config.ts): what a person sees after turning on "Card" in the settings.
    const e2e = await launch(CHROME_E2E_BUILD, { width: 1160, height: 660 });
    const article = await startArticleServer(language.code);
    try {
      const settings = await openExtensionPage(e2e, 'options.html', language.settingsHeading);
      await waitForDetector(settings);
      await settings.close();
      const page = await e2e.context.newPage();
      await page.setViewportSize({ width: 1160, height: 660 });
      await page.goto(article.url);
      await page.bringToFront();
      const card = await HelpCardOnPage.attach(page);
      await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
      // Let the card finish appearing before the picture.
      await page.waitForTimeout(CARD_SETTLE_MS);
      expectNoEnglish(await card.text());
      const box = await card.box();
      expect(box.x + box.width).toBeLessThanOrEqual(1160);
      expect(box.y + box.height).toBeLessThanOrEqual(660);
      // The small frame: the card at full size, from its outer corner to just right of the article's text, so that
      // no line of the page is cut through.
      const { room } = frameRoom(STORE_SIZES[1]);
      const text = (await page.locator('main').boundingBox())!;
      const right = Math.min(1160, Math.round(box.x + box.width + 24));
      const bottom = Math.min(660, Math.round(box.y + box.height + 24));
      const left = Math.max(Math.round(text.x + text.width + 16), right - room.width);
      expect(left, 'the card is clear of the article’s text').toBeLessThan(box.x);
      const top = Math.max(0, bottom - room.height);
      const shot = await capture(page, { x: left, y: top, width: right - left, height: bottom - top });
      expect(await card.count(), 'exactly one card on the page').toBe(1);
      written.push(...(await frameAndSave(framePage, language.code, 'card', shot)));
    } finally {
      await article.close();
      open.delete(e2e);
      await e2e.close();
    }
  });

  it('3: the side panel’s guides (production build, 400 px wide)', async () => {
    const page = await openExtensionPage(production, 'sidepanel.html', 'Steady');
    await page.setViewportSize({ width: 400, height: 640 });
    // The panel ends just above the first block of text that does not fit in 640 px, not through a line, and not
    // on a heading whose text is left out.
    const fits = await page.evaluate(() => {
      const blocks = [...document.querySelectorAll('main :is(p, h2, h3, h4, li)')]
        .map((block) => ({ heading: /^H\d$/.test(block.tagName), box: block.getBoundingClientRect() }))
        .filter(({ box }) => box.height > 0);
      let cut = Math.min(...blocks.filter(({ box }) => box.bottom > 640).map(({ box }) => box.top));
      for (;;) {
        const last = blocks.filter(({ box }) => box.bottom <= cut).sort((a, b) => b.box.bottom - a.box.bottom)[0];
        if (!last?.heading) return cut;
        cut = last.box.top;
      }
    });
    await page.setViewportSize({ width: 400, height: Math.floor(fits) - 2 });
    const guides = page.getByRole('tab', { name: language.guidesTab, exact: true });
    await guides.click();
    expect(await guides.getAttribute('aria-selected')).toBe('true');
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a reader sees it
    expectNoEnglish(await page.locator('body').innerText());
    // The small frame: the urgent help bar, the sections and the list of guides.
    const list = (await page.locator('nav.toc').boundingBox())!;
    const shot = await capture(page, { x: 0, y: 0, width: 400, height: Math.round(list.y + list.height) + 14 });
    written.push(...(await frameAndSave(framePage, language.code, 'sidepanel', shot)));
    await page.close();
  });

  it('4: the settings for help on web pages, off until the person turns it on (production build)', async () => {
    const page = await openExtensionPage(production, 'options.html', language.settingsHeading);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.bringToFront();
    const group = page.getByRole('group', { name: language.helpOnPagesLegend });
    expect(await group.getByRole('radio', { name: language.helpOnPagesOff, exact: true }).isChecked()).toBe(true);
    expect(await group.getByRole('radio', { checked: true }).count()).toBe(1);
    // The window shows this section and the next whole, and starts and ends in the gaps between sections.
    const gap = 11;
    const span = await group.evaluate((element) => {
      const next = element.nextElementSibling ?? element;
      return next.getBoundingClientRect().bottom - element.getBoundingClientRect().top;
    });
    await page.setViewportSize({ width: 800, height: Math.round(span) + 2 * gap });
    await group.evaluate((element, gap) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - gap), gap);
    const box = (await group.boundingBox())!;
    expect(Math.abs(box.y - gap)).toBeLessThan(1);
    expect(box.y + box.height, 'the whole section is on screen').toBeLessThanOrEqual(page.viewportSize()!.height);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a reader sees it
    expectNoEnglish(await page.locator('body').innerText());
    const margin = 12;
    const shot = await capture(page, {
      x: Math.round(box.x) - margin,
      y: Math.round(box.y) - margin,
      width: Math.round(box.width) + 2 * margin,
      height: Math.round(box.height) + 2 * margin,
    });
    written.push(...(await frameAndSave(framePage, language.code, 'settings', shot)));
    await page.close();
  });

  it('wrote every scene at every size, and no request left the machine', () => {
    expect(written).toEqual(STORE_SCENES.flatMap((scene) => STORE_SIZES.map((size) => storeFileName(language.code, scene, size))));
    if (language.code === 'es') expect(ENGLISH_ONLY_COUNT, 'the English check is looking').toBeGreaterThan(200);
    for (const browser of browsers) {
      expect(browser.requests.length).toBeGreaterThan(0);
      expect(browser.requests.filter((url) => !isLocalRequest(url, browser.extensionId))).toEqual([]);
    }
  });
});
