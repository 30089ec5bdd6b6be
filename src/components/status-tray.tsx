// Messages that arrive after a page has painted (saved progress that could not all be kept, a
// link whose answers or skills differ from the saved ones, a new version) go to one place that
// pushes nothing: a tray after the whole page, held to the bottom of the window while the page
// scrolls (position: sticky), where the end of the page leaves room for it. Put at the top of a
// page, each pushed the page down as it arrived, a quarter of a phone's screen (ADR 13).
//
// - The tray is always in the page, empty, and is a polite live region: what is put in it is
//   announced. Each message is a named region (a landmark), reachable by Tab after the page.
// - The app's own messages are the tray's children; a page puts its messages in with
//   <InStatusTray>, a portal into the tray's second part, so the page keeps their state.
// - While it holds a message, nothing that takes the focus stays under it (WCAG 2.4.11, focus not
//   obscured): the window's scroll padding at the bottom is the tray's height, which the browser
//   honours when it scrolls a control into view, and a control that was in view already, but
//   under the tray, is scrolled clear of it.
// - Dismissing a message that holds the focus returns the focus to where it came from.
import {
  useCallback,
  useEffect,
  useRef,
  useSyncExternalStore,
  type FocusEvent as ReactFocusEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';
import { m } from '../i18n';

/** The tray's part for pages' messages, once the tray is in the document; null on the server. */
let pageMessagesTarget: HTMLElement | null = null;
const targetListeners = new Set<() => void>();

function setPageMessagesTarget(element: HTMLElement | null): void {
  if (pageMessagesTarget === element) return;
  pageMessagesTarget = element;
  for (const listener of targetListeners) listener();
}

const subscribeToTarget = (listener: () => void) => {
  targetListeners.add(listener);
  return () => {
    targetListeners.delete(listener);
  };
};

/** Puts a page's message into the tray; nothing on the server and while hydrating. */
export function InStatusTray({ children }: { children: ReactNode }): ReactNode {
  const target = useSyncExternalStore(
    subscribeToTarget,
    () => pageMessagesTarget,
    () => null,
  );
  return target ? createPortal(children, target) : null;
}

/**
 * Gives the focus back to where it was before it entered the tray (for a message going away). Set
 * by the tray itself rather than passed down: a page's messages are portals, outside its tree.
 */
let returnFocusFromTray: () => void = () => undefined;

/** The custom property the stylesheet reads for the scroll padding: the tray's height. */
const HEIGHT_PROPERTY = '--status-tray-height';

/**
 * Keeps HEIGHT_PROPERTY equal to the tray's height, in a stylesheet of its own made in script
 * (the policy allows no style attribute, and a constructed stylesheet is not one). Where the
 * browser has no constructed stylesheets, the stylesheet's fallback height applies.
 */
function useHeightProperty(tray: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = tray.current;
    if (!element || typeof ResizeObserver !== 'function' || !('adoptedStyleSheets' in document)) return undefined;
    let sheet: CSSStyleSheet;
    try {
      sheet = new CSSStyleSheet();
    } catch {
      return undefined;
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    let shown = -1;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === shown) return;
      shown = height;
      sheet.replaceSync(height > 0 ? `:root { ${HEIGHT_PROPERTY}: ${height}px; }` : '');
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [tray]);
}

/** Room left between a focused control and the tray, in CSS pixels. */
const FOCUS_CLEARANCE = 8;

/**
 * Scrolls a control that takes the focus clear of the tray when it is under it. The browser does
 * not scroll a control that is in view already, even under a sticky part of the page.
 */
function useFocusKeptClear(tray: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = tray.current;
    if (!element) return undefined;
    let frame = 0;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      // Nothing to keep clear of while the tray is empty (most of the time).
      if (!(target instanceof Element) || element.contains(target) || !element.querySelector('.status-message')) return;
      cancelAnimationFrame(frame);
      // After the browser's own scrolling into view, which follows the focus event.
      frame = requestAnimationFrame(() => {
        if (getComputedStyle(element).position !== 'sticky') return;
        const trayTop = element.getBoundingClientRect().top;
        const { top, bottom } = target.getBoundingClientRect();
        const overlap = bottom + FOCUS_CLEARANCE - trayTop;
        if (overlap <= 0 || top >= window.innerHeight) return;
        window.scrollBy({ top: overlap, behavior: 'instant' });
      });
    };
    document.addEventListener('focusin', onFocusIn);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [tray]);
}

/**
 * The tray, once per app (the layout renders it after the page). `children` are the app's own
 * messages; pages add theirs with <InStatusTray>. `fallbackFocus` is where the focus goes when a
 * dismissed message held it and it came from nowhere that is still in the page.
 */
export function StatusTray({ children, fallbackFocus }: { children: ReactNode; fallbackFocus: () => HTMLElement | null }) {
  const tray = useRef<HTMLDivElement>(null);
  const cameFrom = useRef<HTMLElement | null>(null);
  useHeightProperty(tray);
  useFocusKeptClear(tray);

  const registerTarget = useCallback((element: HTMLDivElement | null) => {
    setPageMessagesTarget(element);
  }, []);

  const noteWhereFocusCameFrom = (event: ReactFocusEvent<HTMLDivElement>) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && from !== document.body && !event.currentTarget.contains(from)) cameFrom.current = from;
    else if (from === null || from === document.body) cameFrom.current = null;
  };

  useEffect(() => {
    returnFocusFromTray = () => {
      const previous = cameFrom.current;
      const to = previous?.isConnected ? previous : fallbackFocus();
      to?.focus({ preventScroll: true });
    };
    return () => {
      returnFocusFromTray = () => undefined;
    };
  }, [fallbackFocus]);

  return (
    <div ref={tray} className="status-tray" role="status" aria-atomic="false" onFocus={noteWhereFocusCameFrom}>
      <div className="status-tray__app">{children}</div>
      <div className="status-tray__page" ref={registerTarget} />
    </div>
  );
}

interface StatusMessageProps {
  /** The message's name as a region: what it is about, in a few words. */
  readonly label: string;
  /** `warning` for something that went wrong; `info` otherwise. */
  readonly tone?: 'info' | 'warning';
  readonly children: ReactNode;
  /** The ways forward, as small buttons or links. */
  readonly actions?: ReactNode;
  readonly onDismiss: () => void;
  /** The message's language when it is not the page's (the language offer speaks the language it offers). */
  readonly lang?: string;
  /** The close button's name, in that language. */
  readonly dismissLabel?: string;
}

/** The name of every message's close button. */
export const DISMISS = m.components_dismiss();

/** One message in the tray: what happened, a close button beside it, and the ways forward below. */
export function StatusMessage({ label, tone = 'info', children, actions, onDismiss, lang, dismissLabel = DISMISS }: StatusMessageProps) {
  const region = useRef<HTMLElement>(null);
  const dismiss = () => {
    // The button is about to go: a keyboard user keeps their place rather than starting over.
    if (region.current?.contains(document.activeElement)) returnFocusFromTray();
    onDismiss();
  };
  return (
    <section ref={region} className={tone === 'info' ? 'status-message notice notice--info' : 'status-message notice'} aria-label={label} lang={lang}>
      <div className="status-message__text">{children}</div>
      <button type="button" className="status-message__dismiss" onClick={dismiss} aria-label={dismissLabel}>
        <span aria-hidden="true">×</span>
      </button>
      {actions ? <div className="button-row status-message__actions">{actions}</div> : null}
    </section>
  );
}
