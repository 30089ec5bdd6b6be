// The offline service worker (dist/sw.js, made by scripts/service-worker.mjs): registration
// and its update state. A new version never takes over by itself: it waits, the layout shows
// "Update available", and the page reloads onto it only when the person asks.
// The state lives here, not in the quiz store: it is about the app, not the answers.
import { useSyncExternalStore } from 'react';

/** Each language has its own worker, for its own addresses (ADR 15). */
export const SERVICE_WORKER_URL = `${import.meta.env.BASE_URL}sw.js`;

let waiting: ServiceWorker | null = null;
let registeredWith: ServiceWorkerContainer | null = null;
let updateRequested = false;
const listeners = new Set<() => void>();

function setWaiting(worker: ServiceWorker | null): void {
  if (waiting === worker) return;
  waiting = worker;
  for (const listener of listeners) listener();
}

export function subscribeToUpdates(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function isUpdateWaiting(): boolean {
  return waiting !== null;
}

/** True while a new version is installed and waiting. Always false in prerendered HTML. */
export function useUpdateAvailable(): boolean {
  return useSyncExternalStore(subscribeToUpdates, isUpdateWaiting, () => false);
}

/** Activates the waiting version, then reloads onto it once it controls the page. */
export function applyUpdate(reload: () => void = () => window.location.reload()): void {
  const worker = waiting;
  const container = registeredWith;
  if (!worker || !container || updateRequested) return;
  updateRequested = true;
  container.addEventListener('controllerchange', () => reload(), { once: true });
  worker.postMessage({ type: 'SKIP_WAITING' });
}

/** Follows a worker of this registration: installed with a controller present = an update. */
function watch(worker: ServiceWorker, container: ServiceWorkerContainer): void {
  const check = () => {
    if (worker.state === 'installed' && container.controller) setWaiting(worker);
    else if (waiting === worker) setWaiting(null); // activated (perhaps by another tab) or discarded
  };
  check();
  worker.addEventListener('statechange', check);
}

/**
 * Registers the service worker. The first visit installs it and precaches the whole app;
 * later visits work offline. Failures are silent: offline use is an extra, not a requirement.
 */
export async function registerServiceWorker(
  container: ServiceWorkerContainer = navigator.serviceWorker,
): Promise<ServiceWorkerRegistration | null> {
  registeredWith = container;
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await container.register(SERVICE_WORKER_URL, { scope: import.meta.env.BASE_URL });
  } catch {
    return null;
  }
  // Some environments that block service workers resolve without a registration.
  if (!registration) return null;
  if (registration.waiting) watch(registration.waiting, container);
  if (registration.installing) watch(registration.installing, container);
  registration.addEventListener('updatefound', () => {
    if (registration.installing) watch(registration.installing, container);
  });
  // A tab left open for days looks for a new version when the person comes back to it.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') registration.update().catch(() => undefined);
  });
  return registration;
}

/** For tests: forget the registration and any waiting worker. */
export function resetUpdateStateForTests(): void {
  registeredWith = null;
  updateRequested = false;
  setWaiting(null);
}
