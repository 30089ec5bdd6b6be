// WebKit, as WebKitGTK's MiniBrowser driven by WebKitWebDriver over classic W3C WebDriver,
// with selenium-webdriver (the Selenium project's own client) as the client. MiniBrowser
// needs a display: each worker starts its own Xvfb, which picks a free display number.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import { webkitBinaries } from './binaries';
import { WINDOW, type Driver, type Engine, type InPage } from './driver';
import { installErrorProbe, takeProbedErrors } from './page-queries';

// A folder module of a CommonJS package, which an ES module cannot import by its folder name.
const { DriverService } = createRequire(import.meta.url)('selenium-webdriver/remote') as typeof import('selenium-webdriver/remote');

async function startXvfb(xvfb: string): Promise<{ display: string; process: ChildProcess }> {
  // -displayfd: Xvfb chooses a free display and writes its number to file descriptor 3.
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', `${WINDOW.width}x${WINDOW.height + 200}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const display = await new Promise<string>((resolve, reject) => {
    const fd = child.stdio[3];
    fd?.once('data', (chunk: Buffer) => resolve(`:${chunk.toString().trim()}`));
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code} before it had a display:\n${stderr}`)));
  });
  return { display, process: child };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs a page function through WebDriver's asynchronous script, so a promise is awaited too. */
function evaluateIn<A, R>(session: WebDriver, fn: InPage<A, R>, arg: A): Promise<R> {
  const script = `const done = arguments[arguments.length - 1];
    Promise.resolve().then(() => (${fn.toString()})(arguments[0]))
      .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
  return session.executeAsyncScript<{ value: R } | { error: string }>(script, arg).then((outcome) => {
    if ('error' in outcome) throw new Error(`In the page: ${outcome.error}`);
    return outcome.value;
  });
}

export async function launchWebKit(): Promise<Engine> {
  const binaries = webkitBinaries();
  const xvfb = await startXvfb(binaries.xvfb);
  const port = await freePort();
  const service = new DriverService(binaries.driver, {
    loopback: true,
    port,
    args: [`--port=${port}`],
    env: { ...process.env, DISPLAY: xvfb.display },
  });
  const serverUrl = await service.start(20_000);
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: binaries.browser, args: ['--automation'] },
  };

  return {
    name: 'webkit',
    async newDriver(baseURL) {
      // A session per test: MiniBrowser starts afresh, with empty storage.
      const session = await new Builder().usingServer(serverUrl).withCapabilities(capabilities).build();
      await session.manage().window().setRect({ x: 0, y: 0, ...WINDOW });
      const errors: string[] = [];
      // The probe lives in the page: collect what it kept before the page goes, reinstall after.
      const collect = async () => errors.push(...(await evaluateIn(session, takeProbedErrors, undefined)));
      const probe = () => evaluateIn(session, installErrorProbe, undefined);
      const around = async (step: () => Promise<unknown>) => {
        await collect();
        await step();
        await probe();
      };
      const driver: Driver = {
        engine: 'webkit',
        goto: (path) => around(() => session.get(new URL(path, baseURL).href)),
        click: (selector) => around(async () => session.findElement(By.css(selector)).click()),
        evaluate: (fn, arg) => evaluateIn(session, fn, arg),
        url: () => session.getCurrentUrl(),
        back: () => around(() => session.navigate().back()),
        reload: () => around(() => session.navigate().refresh()),
        pageErrors: async () => {
          await collect();
          return [...errors];
        },
        close: () => session.quit(),
      };
      return driver;
    },
    async close() {
      await service.kill();
      xvfb.process.kill();
    },
  };
}
