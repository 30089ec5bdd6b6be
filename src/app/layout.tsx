import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link, NavigationType, NavLink, Outlet, useLocation, useMatches, useNavigationType } from 'react-router';
import { isAddressOnlyNavigation } from '../components/canonical-address';
import { FirstPageShownContext, useFirstPageShown } from '../components/later-parts';
import { useOpenDisclosuresForPrint } from '../components/print-page';
import { StatusTray } from '../components/status-tray';
import { EnglishTerm } from '../components/english-term';
import { APP_NAME } from '../components/use-document-title';
import { m } from '../i18n';
import { paths, type RouteId } from '../routes/manifest';
import { useQuizStore } from '../state';
import { RouteWarmerContext, readPageHandle, warmRoutesAfter } from './page-modules';
import { markAppReady } from './app-ready';
import { LanguageOffer } from './language-offer';
import { LanguageSwitch } from './language-switch';
import { StorageNotice } from './storage-notice';
import { UpdatePrompt } from './update-prompt';

/**
 * The frame of every page. After each client-side navigation it moves focus to the
 * new page's heading and announces the page title in a polite live region. A page
 * opened by a link starts at its top.
 */
export function Layout() {
  const location = useLocation();
  // The location already shown; compared by key so StrictMode's repeated effects in
  // development do not count the first page as a navigation.
  const shownLocationKey = useRef(location.key);
  const [announcement, setAnnouncement] = useState('');

  // The first page renders whole (it may be hydrating prerendered HTML); later ones in steps.
  const firstPageShown = useFirstPageShown();

  // Every page prints with its disclosures open.
  useOpenDisclosuresForPrint();

  // Saved progress is applied after the first render, so hydration matches the prerendered HTML.
  // In a task of its own: screens that wait for it render again, synchronously (a store update),
  // which on a slow phone made the hydration's effects one long task. The app counts as ready
  // after it, since the first page's content may depend on saved progress.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      void useQuizStore.persist.rehydrate();
      markAppReady(document.documentElement);
    }, 0);
    return () => window.clearTimeout(timer);
  }, []);

  const addressOnly = isAddressOnlyNavigation(location.state);
  const routeId = useCurrentRouteId();
  const warmRoutes = useContext(RouteWarmerContext);
  useEffect(() => {
    if (routeId !== null) warmRoutesAfter(routeId, warmRoutes);
  }, [routeId, warmRoutes]);

  // Opened by a link or a redirect, not by the browser's Back or Forward (which restore their own place).
  const opensAtTop = useNavigationType() !== NavigationType.Pop;

  // Before the new page paints, or it keeps the old page's scroll position, which on a phone hid
  // a question's Back link and progress line. Instant, whatever the CSS's smooth scrolling. Runs
  // before the effect below marks this location as shown.
  useLayoutEffect(() => {
    const isNewPage = shownLocationKey.current !== location.key && !addressOnly;
    if (isNewPage && opensAtTop) window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
  }, [location.key, addressOnly, opensAtTop]);

  useEffect(() => {
    // Moving a link to its canonical address changes nothing on the page: nothing to announce.
    const isNewPage = shownLocationKey.current !== location.key && !addressOnly;
    shownLocationKey.current = location.key;
    if (!isNewPage) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    // At the top already, focus must not scroll again; after Back or Forward it brings the heading into view, as before.
    heading?.focus({ preventScroll: opensAtTop });
    setAnnouncement(document.title);
  }, [location.key, addressOnly, opensAtTop]);

  return (
    <>
      <div className="app">
        <a className="skip-link" href="#main">
          {m.app_skip_link()}
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <Link to={paths.home()} className="site-header__brand">
              {/* The product's name is English words in every language so far: pronounced as such. */}
              <EnglishTerm>{APP_NAME}</EnglishTerm>
            </Link>
            <nav aria-label={m.app_nav_label()}>
              <ul className="site-nav">
                <li>
                  <NavLink to={paths.quiz()}>{m.app_nav_quiz()}</NavLink>
                </li>
                <li>
                  <NavLink to={paths.roles()}>{m.app_nav_roles()}</NavLink>
                </li>
                <li>
                  <NavLink to={paths.skills()}>{m.app_nav_skills()}</NavLink>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="site-main" tabIndex={-1}>
          <FirstPageShownContext value={firstPageShown}>
            <Outlet />
          </FirstPageShownContext>
        </main>
        <footer className="site-footer">
          <p>{m.app_footer_note()}</p>
          <div className="site-footer__links">
            <p>
              <Link to={paths.howItWorks()}>{m.app_footer_how_link()}</Link>
            </p>
            <LanguageSwitch />
          </div>
        </footer>
        <p className="visually-hidden" aria-live="polite" aria-atomic="true">
          {announcement}
        </p>
      </div>
      {/* After the page, so a message arriving once the page has painted pushes nothing down. */}
      <StatusTray fallbackFocus={mainElement}>
        <UpdatePrompt />
        <StorageNotice routeId={routeId} />
        <LanguageOffer />
      </StatusTray>
    </>
  );
}

/** Where the focus goes when a dismissed message held it: the page, as after the skip link. */
const mainElement = () => document.getElementById('main');

/** The manifest route of the page shown (its route handle names it), or null on "Page not found". */
function useCurrentRouteId(): RouteId | null {
  return readPageHandle(useMatches().at(-1)?.handle)?.routeId ?? null;
}
