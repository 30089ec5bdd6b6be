// Parts of a page below its first screen, rendered after the page first paints when the page
// is reached inside the app: after the last answer the results page used to render every part
// (the ranking, the cards, the other roles with their closest paths, what-if, readiness)
// before anything painted, about 0.6 s at 4x CPU. A prerendered page hydrates whole, since its
// HTML already holds every part, and so does the first page a visit opens (ADR 0008, 0009).
import { createContext, startTransition, useContext, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

/** Whether the app around a part has shown its first page; no app (a lone render): as if not. */
export const FirstPageShownContext = createContext<RefObject<boolean>>({ current: false });

/**
 * For the app's layout: false until the layout's first page has rendered (hydrated or not),
 * then true. Effects run children first, so the parts of the first page mount before it turns.
 */
export function useFirstPageShown(): RefObject<boolean> {
  const shown = useRef(false);
  useEffect(() => {
    shown.current = true;
  }, []);
  return shown;
}

/**
 * True for a page reached by a navigation inside the app, false for the first page of a visit
 * (prerendered or not) and on the server; fixed for the life of the page, so hydration matches.
 */
export function usePageReachedInApp(): boolean {
  const firstPageShown = useContext(FirstPageShownContext);
  const [reachedInApp] = useState(() => firstPageShown.current);
  return reachedInApp;
}

/**
 * How a later part renders once the frame before it has painted:
 * - `soon`: in one go, as an ordinary update (a small part the reader is waiting for);
 * - `background`: in a transition, which React renders in slices that give way to input and
 *   scrolling (a large part).
 */
export type LaterPriority = 'soon' | 'background';

/** Runs `callback` in a task after the next frame has been painted; returns a cancel function. */
function afterNextPaint(callback: () => void): () => void {
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    // A message posted from inside a frame's callbacks is handled after that frame is painted.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (!cancelled) callback();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}

/**
 * False on the first render of a part of a page reached by a navigation inside the app, then
 * true in a render of its own once the page with it absent has painted; true throughout on
 * the first page and the server. A part that mounts in that later render waits for one more,
 * so nested parts fill a page in steps, each painted before the next is rendered.
 */
function useLaterParts(priority: LaterPriority = 'background'): boolean {
  const firstPageShown = useContext(FirstPageShownContext);
  const [later, setLater] = useState(() => !firstPageShown.current);
  useEffect(() => {
    if (later) return undefined;
    return afterNextPaint(() => {
      if (priority === 'soon') setLater(true);
      else startTransition(() => setLater(true));
    });
  }, [later, priority]);
  return later;
}

/** Its children, once `useLaterParts` says so: the one way pages split themselves into steps. */
export function Later({ priority, children }: { priority?: LaterPriority; children: ReactNode }): ReactNode {
  return useLaterParts(priority) ? children : null;
}
