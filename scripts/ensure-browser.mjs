// Makes sure the end-to-end tests have a Chromium: the system one (Debian's
// /usr/bin/chromium, or CHROMIUM_PATH), else Playwright's own, installed on demand.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(systemChromium)) {
  console.log(`Using ${systemChromium}`);
} else {
  console.log(`No browser at ${systemChromium}: installing Playwright's Chromium.`);
  execSync('npx playwright install chromium', { stdio: 'inherit' });
}
