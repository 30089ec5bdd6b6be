// Functions that run inside the page, the same in every engine (each adapter sends them
// through its own evaluate). Each is self-contained: it is serialised, so it may use only
// its argument and the page's globals.

export type ControlRole = 'button' | 'link';

export interface ControlQuery {
  readonly role: ControlRole;
  /** Only controls with exactly this accessible name. */
  readonly name?: string;
  /** Only buttons shown as chosen (aria-pressed="true"). */
  readonly pressed?: boolean;
  /** Mark the match with data-e2e-target=token, when exactly one matches. */
  readonly token?: string;
}

/**
 * The accessible names of the visible controls that match (aria-label, else aria-labelledby,
 * else the text without aria-hidden parts; whitespace collapsed). A lone match asked to be
 * marked is also scrolled to the middle of the window at once: WebKit's WebDriver click
 * does not scroll, and the app's CSS scrolls smoothly.
 */
export function queryControls({ role, name, pressed, token }: ControlQuery): string[] {
  const selector = role === 'button' ? 'button, [role="button"], input[type="submit"], input[type="button"]' : 'a[href], [role="link"]';
  const textOf = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
    if (node instanceof Element && (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden'))) return '';
    return Array.from(node.childNodes, textOf).join('');
  };
  const nameOf = (element: Element): string => {
    const label = element.getAttribute('aria-label');
    const labelledBy = element.getAttribute('aria-labelledby');
    const raw = label
      ? label
      : labelledBy
        ? labelledBy.split(/\s+/).map((id) => textOf(document.getElementById(id) ?? document.createTextNode(''))).join(' ')
        : textOf(element);
    return raw.replace(/\s+/g, ' ').trim();
  };
  const matches = Array.from(document.querySelectorAll(selector)).filter(
    (element) =>
      element.getClientRects().length > 0 &&
      (name === undefined || nameOf(element) === name) &&
      (pressed === undefined || (element.getAttribute('aria-pressed') === 'true') === pressed),
  );
  const [target] = matches;
  if (matches.length === 1 && target && token !== undefined) {
    target.setAttribute('data-e2e-target', token);
    target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  }
  return matches.map(nameOf);
}

/** True once the marked element has kept its place for two frames with its middle inside the window. */
export async function isSettled(token: string): Promise<boolean> {
  const element = document.querySelector(`[data-e2e-target="${token}"]`);
  if (!element) return false;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const before = element.getBoundingClientRect();
  await frame();
  await frame();
  const after = element.getBoundingClientRect();
  const still = before.top === after.top && before.left === after.left;
  const middle = { x: after.left + after.width / 2, y: after.top + after.height / 2 };
  return still && middle.x >= 0 && middle.x <= window.innerWidth && middle.y >= 0 && middle.y <= window.innerHeight;
}

/** The text of each h1 on the page (a page should have exactly one). */
export function h1Texts(): string[] {
  return Array.from(document.querySelectorAll('h1'), (element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** The text of each element matching the selector, whitespace collapsed. */
export function texts(selector: string): string[] {
  return Array.from(document.querySelectorAll(selector), (element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Whether <html> carries the attribute the app sets once it has hydrated. */
/** Marks the one element at this CSS selector with the token and scrolls it to the middle, as queryControls does; its count. */
export function markForClick({ selector, token }: { selector: string; token: string }): number {
  const matches = document.querySelectorAll(selector);
  const [target] = Array.from(matches);
  if (matches.length === 1 && target) {
    target.setAttribute('data-e2e-target', token);
    target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  }
  return matches.length;
}

/** Whether the one element at this CSS selector sits inside a closed <details> (not in its summary). */
export function isInClosedDetails(selector: string): boolean {
  const element = document.querySelector(selector);
  const closed = element?.closest('details:not([open])');
  return Boolean(closed && !closed.querySelector(':scope > summary')?.contains(element));
}

export function isChecked(selector: string): boolean {
  const element = document.querySelector(selector);
  return element instanceof HTMLInputElement && element.checked;
}

export function hasAttributeOnRoot(attribute: string): boolean {
  return document.documentElement.hasAttribute(attribute);
}

export function readLocalStorage(key: string): string | null {
  return window.localStorage.getItem(key);
}

// For an engine whose driver reports no page errors (WebKitWebDriver speaks classic WebDriver
// only): a listener in the page that keeps them until they are collected.
interface ErrorProbeWindow {
  __e2ePageErrors?: string[];
}

export function installErrorProbe(): void {
  const probe = window as unknown as ErrorProbeWindow;
  if (probe.__e2ePageErrors) return;
  const errors: string[] = [];
  probe.__e2ePageErrors = errors;
  window.addEventListener('error', (event) => errors.push(event.error instanceof Error ? event.error.message : event.message));
  window.addEventListener('unhandledrejection', (event) =>
    errors.push(`unhandled rejection: ${event.reason instanceof Error ? event.reason.message : String(event.reason)}`),
  );
}

/** The errors the probe has kept since the last call (none when it is not installed). */
export function takeProbedErrors(): string[] {
  const errors = (window as unknown as ErrorProbeWindow).__e2ePageErrors;
  return errors ? errors.splice(0, errors.length) : [];
}
