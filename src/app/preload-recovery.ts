// An old tab after a deploy: its code asks for a chunk the new deploy no longer has, and
// Vite fires `vite:preloadError`. One reload fetches the new version. A timestamp in
// sessionStorage stops a reload loop: if the page already reloaded for this in the last
// 10 seconds (or storage cannot record it), the error goes on to the error page instead.

export const PRELOAD_RELOAD_KEY = 'ai-career-pathfinder:preload-reload-at';
export const PRELOAD_RELOAD_WINDOW_MS = 10_000;

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export interface PreloadRecoveryOptions {
  readonly storage?: Storage | null;
  readonly now?: () => number;
  readonly reload?: () => void;
}

/** Handles one `vite:preloadError`: returns true when it reloads (and stops the error). */
export function recoverFromPreloadError(event: Event, options: PreloadRecoveryOptions = {}): boolean {
  const storage = options.storage === undefined ? sessionStore() : options.storage;
  const now = (options.now ?? Date.now)();
  const reload = options.reload ?? (() => window.location.reload());
  try {
    if (!storage) return false;
    const last = Number(storage.getItem(PRELOAD_RELOAD_KEY));
    if (Number.isFinite(last) && last > 0 && now - last >= 0 && now - last < PRELOAD_RELOAD_WINDOW_MS) return false;
    storage.setItem(PRELOAD_RELOAD_KEY, String(now));
  } catch {
    // Without a record of this reload there is no guard against a loop: let the error show.
    return false;
  }
  event.preventDefault();
  reload();
  return true;
}

/**
 * Listens for `vite:preloadError` on the window. `reload` defaults to reloading the page;
 * main.tsx passes one that goes to the page being navigated to, since a route's chunk
 * loads before the address changes. `needed` says whether anything waits for the chunk.
 */
export function installPreloadRecovery(target: Window = window, reload?: () => void, needed: () => boolean = () => true): void {
  target.addEventListener('vite:preloadError', (event) => {
    // A chunk nothing is waiting for (one warmed for a later page) is not worth a reload:
    // its failure is left to the warm-up, and the route loads it again when opened.
    if (!needed()) return;
    recoverFromPreloadError(event, reload ? { reload } : {});
  });
}
