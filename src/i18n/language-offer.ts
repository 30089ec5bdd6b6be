// Which language to offer a visitor: the first of the browser's preferred languages that the
// site has, unless that is the page's own. Never a redirect (issue 21): an offer the visitor can
// take or dismiss, and a dismissal is remembered.

/** The localStorage key of the language whose offer was dismissed. */
export const OFFER_DISMISSED_KEY = 'pathfinder:language-offer-dismissed';

/**
 * `preferences`: navigator.languages, most wanted first ('es-MX', 'en'); `shipped`: the site's
 * locales ('en', 'es'). Returns the locale to offer, or null when the page is in the most wanted
 * language the site has, or none of them is wanted.
 */
export function offerFor(current: string, preferences: readonly string[], shipped: readonly string[]): string | null {
  for (const preference of preferences) {
    const wanted = preference.toLowerCase().split('-')[0];
    const match = shipped.find((locale) => locale.toLowerCase() === wanted);
    if (match) return match === current ? null : match;
  }
  return null;
}

/** The language to offer in this browser (navigator.languages), unless its offer was dismissed. */
export function browserOffer(current: string, shipped: readonly string[]): string | null {
  const locale = offerFor(current, navigator.languages ?? [navigator.language], shipped);
  return locale !== null && readDismissed() !== locale ? locale : null;
}

function readDismissed(): string | null {
  try {
    return window.localStorage.getItem(OFFER_DISMISSED_KEY);
  } catch {
    return null;
  }
}

export function rememberDismissed(locale: string): void {
  try {
    window.localStorage.setItem(OFFER_DISMISSED_KEY, locale);
  } catch {
    // Storage refused: the offer comes back on the next page, which is all that is lost.
  }
}
