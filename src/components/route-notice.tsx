// A short message carried to the next page in the navigation state, e.g. "That question
// isn't part of your path, so we've taken you to …" after a redirect. The page that
// receives it renders <RouteNotice />; the message lasts as long as that history entry.
import { useLocation } from 'react-router';

export interface RouteNoticeState {
  readonly routeNotice: string;
}

/** The `state` to pass to navigate() so the destination shows `message`. */
export function routeNoticeState(message: string): RouteNoticeState {
  return { routeNotice: message };
}

/** The message in a location's state, if it carries one. */
export function readRouteNotice(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('routeNotice' in state)) return null;
  const { routeNotice } = state as { routeNotice: unknown };
  return typeof routeNotice === 'string' && routeNotice !== '' ? routeNotice : null;
}

/**
 * A polite status region that always exists, so the message is announced when it is put in.
 * Empty (and hidden by .notice-region:empty) when the location carries no message.
 */
export function RouteNotice() {
  const location = useLocation();
  const message = readRouteNotice(location.state);
  return (
    <div role="status" className="notice-region">
      {message ? (
        <div className="notice notice--info">
          <p>{message}</p>
        </div>
      ) : null}
    </div>
  );
}
