import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useQuizStore } from '../state';
import { markAppReady } from './app-ready';
import { StorageNotice } from './storage-notice';
import { UpdatePrompt } from './update-prompt';

/**
 * The frame of every page. After each client-side navigation it moves focus to the
 * new page's heading and announces the page title in a polite live region.
 */
export function Layout() {
  const location = useLocation();
  // The location already shown; compared by key so StrictMode's repeated effects in
  // development do not count the first page as a navigation.
  const shownLocationKey = useRef(location.key);
  const [announcement, setAnnouncement] = useState('');

  // Saved progress is applied after the first render, so hydration matches the prerendered HTML.
  // The layout's effects run after every page's, so the whole first page is live by then.
  useEffect(() => {
    void useQuizStore.persist.rehydrate();
    markAppReady(document.documentElement);
  }, []);

  useEffect(() => {
    if (shownLocationKey.current === location.key) return;
    shownLocationKey.current = location.key;
    const heading = document.querySelector<HTMLElement>('main h1');
    heading?.focus({ preventScroll: false });
    setAnnouncement(document.title);
  }, [location.key]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="site-header__brand">
            AI Career Pathfinder
          </Link>
          <nav aria-label="Main">
            <ul className="site-nav">
              <li>
                <NavLink to="/quiz">Quiz</NavLink>
              </li>
              <li>
                <NavLink to="/roles">Roles</NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <UpdatePrompt />
        <StorageNotice />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Runs entirely in your browser: no account, no tracking. Figures come from two cited 2026 articles; see each
          role’s source line.
        </p>
      </footer>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
