// The few things a journey asks of a browser, whatever drives it. Each engine has a small
// adapter (chromium.ts, firefox.ts, webkit.ts); everything above this line is shared, so a
// journey is written once and runs the same way in all three.
import type { EngineName } from './binaries';

/** A function run inside the page; it must not use anything from the test's own scope. */
export type InPage<A, R> = (arg: A) => R | Promise<R>;

export interface Driver {
  readonly engine: EngineName;
  /** Opens a path of the app and waits for the page's load event. */
  goto(path: string): Promise<void>;
  /** A real (trusted) click at the middle of the one element that matches this CSS selector. */
  click(selector: string): Promise<void>;
  /** Runs a function in the page and returns its (JSON-serialisable) result. */
  evaluate<A, R>(fn: InPage<A, R>, arg: A): Promise<R>;
  url(): Promise<string>;
  /** The browser's own back. */
  back(): Promise<void>;
  reload(): Promise<void>;
  /** The uncaught exceptions and unhandled rejections the pages have had so far. */
  pageErrors(): Promise<string[]>;
  close(): Promise<void>;
}

/** A browser launched once per worker, handing out one fresh, isolated driver per test. */
export interface Engine {
  readonly name: EngineName;
  newDriver(baseURL: string): Promise<Driver>;
  close(): Promise<void>;
}

/** The window every engine uses, so layouts (and what is far down the page) agree. */
export const WINDOW = { width: 1280, height: 800 } as const;
