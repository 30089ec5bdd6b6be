// The signal that the app is running: set on <html> once React has hydrated (or rendered)
// the first page, so tests and tools can wait for it instead of reading React internals.
// Prerendered HTML is readable earlier, but its buttons do nothing until then.
export const APP_READY_ATTRIBUTE = 'data-app-ready';

let resolveReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  resolveReady = resolve;
});

export function markAppReady(root: HTMLElement): void {
  root.setAttribute(APP_READY_ATTRIBUTE, 'true');
  resolveReady();
}

/** Resolves once the first page is live: for work that should not compete with starting up. */
export function whenAppReady(): Promise<void> {
  return ready;
}
