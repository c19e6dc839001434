import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD } from './fixtures/extension-browser';
import { FIREFOX_BUILD } from './fixtures/firefox-extension-browser';

/**
 * The toolbar tooltip must be the localized `actionTitle` message, in both built manifests. WXT copies the popup's
 * <title> into the action's default_title unless the popup sets `<meta name="manifest.title">`; that copy would
 * override wxt.config.ts and leave the tooltip English in every language.
 */

/** The few fields of a built manifest or a messages.json file that these tests read. */
interface BuiltJson {
  action?: { default_title?: string };
  browser_action?: { default_title?: string };
  default_locale?: string;
  actionTitle?: { message?: string };
}

function readJson(file: string): BuiltJson {
  if (!existsSync(file)) throw new Error(`No ${file}: run "npm run build" first.`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

const BUILDS = [
  { name: 'Chrome (MV3)', dir: CHROME_BUILD, actionKey: 'action' },
  { name: 'Firefox (MV2)', dir: FIREFOX_BUILD, actionKey: 'browser_action' },
] as const;

describe.each(BUILDS)('$name build', ({ dir, actionKey }) => {
  const manifest = () => readJson(path.join(dir, 'manifest.json'));

  it('gives the toolbar button the localized title', () => {
    expect(manifest()[actionKey]?.default_title).toBe('__MSG_actionTitle__');
    expect(manifest().default_locale).toBe('en');
  });

  it('ships the English and Spanish titles the tooltip is read from', () => {
    for (const locale of ['en', 'es']) {
      const built = readJson(path.join(dir, '_locales', locale, 'messages.json'));
      const source = readJson(path.resolve('public/_locales', locale, 'messages.json'));
      expect(built.actionTitle).toEqual(source.actionTitle);
    }
  });

  it('keeps the popup page’s own title as plain text (pages get no __MSG_ substitution)', () => {
    const popup = readFileSync(path.join(dir, 'popup.html'), 'utf8');
    const title = /<title>([^<]*)<\/title>/.exec(popup)?.[1];
    expect(title?.trim()).toBeTruthy();
    expect(title).not.toContain('__MSG_');
  });
});

describe('actionTitle messages', () => {
  it('are defined, non-empty and different in English and Spanish', () => {
    const en = readJson(path.resolve('public/_locales/en/messages.json')).actionTitle?.message;
    const es = readJson(path.resolve('public/_locales/es/messages.json')).actionTitle?.message;
    expect(typeof en).toBe('string');
    expect(typeof es).toBe('string');
    expect(en?.trim()).not.toBe('');
    expect(es?.trim()).not.toBe('');
    expect(es).not.toBe(en);
  });
});

describe('every text a built manifest gives the browser', () => {
  const messageNames = (dir: string) =>
    [...readFileSync(path.join(dir, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);

  it('comes from a message, in English and in Spanish (Firefox’s sidebar title included)', () => {
    const firefox = JSON.parse(readFileSync(path.join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
    expect(firefox.sidebar_action.default_title).toBe('__MSG_sidebarTitle__');
    for (const { dir } of BUILDS) {
      const names = messageNames(dir);
      expect(names.length).toBeGreaterThanOrEqual(6);
      for (const locale of ['en', 'es']) {
        const messages = JSON.parse(readFileSync(path.join(dir, '_locales', locale, 'messages.json'), 'utf8'));
        for (const name of names) expect(messages[name]?.message, `${dir} ${locale} ${name}`).toMatch(/\S/);
      }
    }
  });

  it('is written out nowhere in English in the manifest itself: titles and descriptions are all messages', () => {
    for (const { dir } of BUILDS) {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      const texts: string[] = [];
      const walk = (value: unknown, key: string) => {
        if (typeof value === 'string' && /^(name|short_name|description|default_title)$/.test(key)) texts.push(`${key}=${value}`);
        else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
      };
      walk(manifest, '');
      expect(
        texts.filter((text) => !/=__MSG_\w+__$/.test(text)),
        dir,
      ).toEqual([]);
    }
  });
});

describe('Firefox for Android', () => {
  it('is not declared: the Firefox build is for desktop Firefox only, as the README says, until tested on a device', () => {
    const firefox = JSON.parse(readFileSync(path.join(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
    expect(firefox.manifest_version).toBe(2);
    expect(Object.keys(firefox.browser_specific_settings)).toEqual(['gecko']);
    expect(readFileSync('README.md', 'utf8')).toContain('**Firefox for Android: not offered yet.**');
  });
});
