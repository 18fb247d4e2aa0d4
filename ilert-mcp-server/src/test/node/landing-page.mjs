// Opens the landing page in Debian's Chromium through playwright-core (which never downloads a
// browser) and prints one line "@@RESULT@@<json>" for LandingPageBrowserTest: what a person sees
// (the MCP URL, each client's configuration, the install links), what the copy button put on the
// clipboard, the page without JavaScript, and every console error or failed request.
//
//   node landing-page.mjs <page-url> <screenshot.png>
//
// E2E_DIR names the tooling folder, CHROMIUM the browser executable.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(join(process.env.E2E_DIR, 'package.json'));
const { chromium } = require('playwright-core');

const [url, screenshot] = process.argv.slice(2);
const profile = mkdtempSync(join(tmpdir(), 'landing-chromium-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1200, height: 900 },
});
const result = { consoleErrors: [], failedRequests: [] };
try {
  await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const page = browser.pages()[0] ?? await browser.newPage();
  page.on('console', (m) => { if (m.type() === 'error') result.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => result.consoleErrors.push(String(e)));
  page.on('requestfailed', (r) => result.failedRequests.push(r.url()));
  const response = await page.goto(url, { waitUntil: 'load' });
  result.status = response.status();
  result.title = await page.title();
  result.mcpUrl = (await page.locator('#mcp-url').innerText()).trim();
  result.mcpUrlVisible = await page.locator('#mcp-url').isVisible();
  result.configs = {};
  for (const pre of await page.locator('pre[id^="config-"]').all()) {
    const id = await pre.getAttribute('id');
    result.configs[id] = { text: await pre.innerText(), visible: await pre.isVisible() };
  }
  result.cursorLink = await page.locator('#add-to-cursor').getAttribute('href');
  result.cursorLinkVisible = await page.locator('#add-to-cursor').isVisible();
  result.vscodeLink = await page.locator('#add-to-vscode').getAttribute('href');
  result.toolRows = await page.locator('#tools table.tools tbody tr').count();
  result.demoKeyRows = await page.locator('#demo-keys tbody tr').count();
  const copy = page.locator('button[data-copy="mcp-url"]');
  result.copyButtonVisible = await copy.isVisible();
  await copy.click();
  result.clipboard = await page.evaluate(() => navigator.clipboard.readText());
  await page.screenshot({ path: screenshot, fullPage: true });

  // The page without JavaScript: its only script is the copy-button file, so block it.
  const plain = await browser.newPage();
  await plain.route('**/*.js', (route) => route.abort());
  await plain.goto(url, { waitUntil: 'load' });
  result.withoutScript = {
    mcpUrl: (await plain.locator('#mcp-url').innerText()).trim(),
    configsVisible: await plain.locator('#config-cursor').isVisible(),
    copyButtonVisible: await plain.locator('button.copy').first().isVisible(),
  };
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write('@@RESULT@@' + JSON.stringify(result) + '\n');
