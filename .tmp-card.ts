import path from 'node:path';
import { launchWithExtension } from './tests/e2e/fixtures/extension-browser';
import { startFixtureServer } from './tests/e2e/fixtures/fixture-server';
const b = await launchWithExtension({ buildDir: path.resolve('.output/chrome-mv3-e2e') });
const server = await startFixtureServer();
b.context.on('console', (m) => console.log('console', m.text()));
const page = await b.context.newPage();
page.on('console', (m) => console.log('page console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e));
await new Promise((r) => setTimeout(r, 1500));
await page.goto(`${server.origin}/benzo-taper-article.html`);
for (let i = 0; i < 20; i++) {
  await new Promise((r) => setTimeout(r, 300));
  const n = await page.evaluate(() => document.documentElement.children.length);
  if (n > 2) { console.log('card host added after', i); break; }
}
console.log(await page.evaluate(() => [...document.documentElement.children].map((e) => e.tagName)));
await page.screenshot({ path: '/tmp/card.png' });
console.log(b.context.pages().map(p => p.url()));
console.log(b.requests.filter((u) => !u.startsWith('chrome-extension')));
await b.close(); await server.close();
