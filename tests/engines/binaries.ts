// Where each engine's browser lives on this machine: Debian's packages by default, another
// path through an environment variable. A missing browser is an error that says how to
// install it; the suite never skips an engine on its own (choose engines with ENGINES).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** The engines this run covers: all three, or those listed in ENGINES (comma-separated). */
export function selectedEngines(list = process.env.ENGINES): EngineName[] {
  if (!list) return [...ENGINE_NAMES];
  const names = list.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(ENGINE_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`ENGINES lists ${unknown.join(', ')}; the engines are ${ENGINE_NAMES.join(', ')}.`);
  return names as EngineName[];
}

class MissingBrowser extends Error {
  constructor(what: string, path: string, variable: string, debianPackage: string) {
    super(
      `${what} is not installed at ${path}. Install it (Debian: apt-get install -y ${debianPackage}) or set ${variable} to its path; ` +
        `to run only some engines, list them in ENGINES (of ${ENGINE_NAMES.join(', ')}).`,
    );
    this.name = 'MissingBrowser';
  }
}

function required(what: string, variable: string, fallback: string, debianPackage: string): string {
  const path = process.env[variable] ?? fallback;
  if (!existsSync(path)) throw new MissingBrowser(what, path, variable, debianPackage);
  return path;
}

/** Debian's Chromium, or undefined for Playwright's own (installed by scripts/ensure-browser.mjs). */
export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}

export function firefoxPath(): string {
  return required('Firefox', 'FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr');
}

/** WebKitGTK's MiniBrowser sits in the multiarch library folder, e.g. /usr/lib/x86_64-linux-gnu. */
function findMiniBrowser(): string {
  const folders = ['/usr/lib', ...multiarchFolders()];
  const candidates = folders.flatMap((folder) => ['webkit2gtk-4.1', 'webkitgtk-6.0'].map((api) => join(folder, api, 'MiniBrowser')));
  return candidates.find((candidate) => existsSync(candidate)) ?? '/usr/lib/<multiarch>/webkit2gtk-4.1/MiniBrowser';
}

function multiarchFolders(): string[] {
  try {
    return readdirSync('/usr/lib')
      .filter((entry) => /-linux-gnu/.test(entry))
      .map((entry) => join('/usr/lib', entry));
  } catch {
    return [];
  }
}

export interface WebKitBinaries {
  readonly driver: string;
  readonly browser: string;
  readonly xvfb: string;
}

export function webkitBinaries(): WebKitBinaries {
  return {
    driver: required('WebKitWebDriver', 'WEBKIT_DRIVER_PATH', '/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'),
    browser: required("WebKitGTK's MiniBrowser", 'MINIBROWSER_PATH', findMiniBrowser(), 'webkit2gtk-driver'),
    xvfb: required('Xvfb', 'XVFB_PATH', '/usr/bin/Xvfb', 'xvfb'),
  };
}

/** Throws the first missing browser of these engines, before any test starts. */
export function checkBinaries(engines: readonly EngineName[]): void {
  for (const engine of engines) {
    if (engine === 'firefox') firefoxPath();
    if (engine === 'webkit') webkitBinaries();
  }
}
