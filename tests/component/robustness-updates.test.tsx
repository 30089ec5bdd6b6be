// A new version after a deploy: the "Update available" prompt of the service worker, and
// the one-time reload of an old tab whose code chunks are gone (vite:preloadError).
import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  PRELOAD_RELOAD_KEY,
  PRELOAD_RELOAD_WINDOW_MS,
  installPreloadRecovery,
  recoverFromPreloadError,
} from '../../src/app/preload-recovery';
import { registerServiceWorker, resetUpdateStateForTests } from '../../src/app/service-worker-updates';
import { renderApp } from '../render-app';

/** Just enough of ServiceWorker, ServiceWorkerRegistration and ServiceWorkerContainer. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState;
  readonly postMessage = vi.fn();
  constructor(state: ServiceWorkerState) {
    super();
    this.state = state;
  }
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  readonly update = vi.fn(async () => undefined);
  newVersionFound(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

class FakeContainer extends EventTarget {
  readonly registration = new FakeRegistration();
  readonly register = vi.fn(async (_url: string, _options?: RegistrationOptions) => this.registration);
  /** null on the very first visit: no version controls the page yet. */
  controller: object | null;
  constructor({ controlled }: { controlled: boolean }) {
    super();
    this.controller = controlled ? {} : null;
  }
}

async function register(container: FakeContainer) {
  await act(async () => {
    await registerServiceWorker(container as unknown as ServiceWorkerContainer);
  });
}

const UPDATE_TEXT = /update available/i;

const realLocation = window.location;
const reload = vi.fn();

beforeEach(() => {
  Object.defineProperty(window, 'location', { configurable: true, value: { ...realLocation, href: realLocation.href, reload } });
});

afterEach(() => {
  Object.defineProperty(window, 'location', { configurable: true, value: realLocation });
  reload.mockReset();
  resetUpdateStateForTests();
  window.sessionStorage.clear();
});

describe('the update prompt', () => {
  test('a new version waits until the person chooses to reload onto it', async () => {
    const container = new FakeContainer({ controlled: true });
    const { user } = renderApp('/roles');
    await screen.findByRole('heading', { level: 1 });
    await register(container);
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    expect(screen.queryByText(UPDATE_TEXT)).not.toBeInTheDocument();

    const worker = new FakeWorker('installing');
    act(() => container.registration.newVersionFound(worker));
    expect(screen.queryByText(UPDATE_TEXT)).not.toBeInTheDocument();
    act(() => worker.become('installed'));

    const status = screen.getByText(UPDATE_TEXT).closest('[role="status"]') as HTMLElement;
    expect(status).not.toBeNull();
    await user.click(within(status).getByRole('button', { name: 'Reload to update' }));
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    // Nothing reloads until the new version has taken over.
    expect(reload).not.toHaveBeenCalled();
    act(() => {
      container.dispatchEvent(new Event('controllerchange'));
    });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('the prompt is in the status tray after the page, and can be put off for now', async () => {
    const container = new FakeContainer({ controlled: true });
    const { user } = renderApp('/roles');
    await screen.findByRole('heading', { level: 1 });
    await register(container);
    const worker = new FakeWorker('installing');
    act(() => container.registration.newVersionFound(worker));
    act(() => worker.become('installed'));

    const message = screen.getByRole('region', { name: 'Update available' });
    // Arriving at any moment, it must push nothing: it is not in the page's content.
    expect(screen.getByRole('main')).not.toContainElement(message);
    await user.click(within(message).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(UPDATE_TEXT)).not.toBeInTheDocument();
    expect(worker.postMessage).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  test('the first install is not an update: no prompt', async () => {
    const container = new FakeContainer({ controlled: false });
    renderApp('/roles');
    await screen.findByRole('heading', { level: 1 });
    await register(container);
    const worker = new FakeWorker('installing');
    act(() => container.registration.newVersionFound(worker));
    act(() => worker.become('installed'));
    expect(screen.queryByText(UPDATE_TEXT)).not.toBeInTheDocument();
  });

  test('a version already waiting from an earlier visit is offered at once, and goes when another tab activates it', async () => {
    const container = new FakeContainer({ controlled: true });
    const worker = new FakeWorker('installed');
    container.registration.waiting = worker;
    renderApp('/roles');
    await screen.findByRole('heading', { level: 1 });
    await register(container);
    expect(screen.getByText(UPDATE_TEXT)).toBeVisible();

    act(() => worker.become('activating'));
    expect(screen.queryByText(UPDATE_TEXT)).not.toBeInTheDocument();
  });

  test('a failed registration is silent', async () => {
    const container = new FakeContainer({ controlled: false });
    container.register.mockRejectedValueOnce(new Error('offline'));
    await expect(registerServiceWorker(container as unknown as ServiceWorkerContainer)).resolves.toBeNull();
  });
});

describe('an old tab after a deploy (vite:preloadError)', () => {
  const preloadError = () => new Event('vite:preloadError', { cancelable: true });

  test('reloads once and stops the error', () => {
    const event = preloadError();
    const reloadNow = vi.fn();
    expect(recoverFromPreloadError(event, { now: () => 1_000_000, reload: reloadNow })).toBe(true);
    expect(reloadNow).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(true);
    expect(window.sessionStorage.getItem(PRELOAD_RELOAD_KEY)).toBe('1000000');
  });

  test('a second failure within 10 seconds goes to the error page instead of looping', () => {
    const reloadNow = vi.fn();
    recoverFromPreloadError(preloadError(), { now: () => 1_000_000, reload: reloadNow });
    const again = preloadError();
    expect(recoverFromPreloadError(again, { now: () => 1_000_000 + PRELOAD_RELOAD_WINDOW_MS - 1, reload: reloadNow })).toBe(false);
    expect(again.defaultPrevented).toBe(false);
    expect(reloadNow).toHaveBeenCalledTimes(1);
  });

  test('a failure after the 10 seconds reloads again', () => {
    const reloadNow = vi.fn();
    recoverFromPreloadError(preloadError(), { now: () => 1_000_000, reload: reloadNow });
    expect(recoverFromPreloadError(preloadError(), { now: () => 1_000_000 + PRELOAD_RELOAD_WINDOW_MS, reload: reloadNow })).toBe(true);
    expect(reloadNow).toHaveBeenCalledTimes(2);
  });

  test.each([
    ['sessionStorage cannot be read', 'getItem'],
    ['sessionStorage cannot be written', 'setItem'],
  ] as const)('%s: no reload (no guard against a loop), the error surfaces', (_name, method) => {
    vi.spyOn(Storage.prototype, method).mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const event = preloadError();
    const reloadNow = vi.fn();
    expect(() => recoverFromPreloadError(event, { reload: reloadNow })).not.toThrow();
    expect(reloadNow).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
  });

  test('no sessionStorage at all: the error surfaces', () => {
    const event = preloadError();
    const reloadNow = vi.fn();
    expect(recoverFromPreloadError(event, { storage: null, reload: reloadNow })).toBe(false);
    expect(reloadNow).not.toHaveBeenCalled();
  });

  test('installed on the window, the real event reloads the page once', () => {
    installPreloadRecovery(window);
    const first = preloadError();
    window.dispatchEvent(first);
    const second = preloadError();
    window.dispatchEvent(second);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(first.defaultPrevented).toBe(true);
    expect(second.defaultPrevented).toBe(false);
  });
});
