// The explore parts of a prerendered results page (the bars, the closest paths, the what-ifs)
// need every path ranked, and rendering them is most of the page's work. While the page
// hydrates they wait for that data, ranked in idle time (./explore-data): React keeps their
// static HTML on screen meanwhile and hydrates each of them afterwards, so the first
// hydration is shorter and nothing moves. Everywhere else (a client render, the prerender)
// they render at once, as before.
import { Suspense, use, type ReactNode } from 'react';
import { rankedPathsReady } from './explore-data';

/** True while React hydrates the page that was prerendered for this very address (see src/app/main.tsx). */
function isHydratingPrerenderedPage(): boolean {
  if (typeof document === 'undefined') return false;
  const path = window.location.pathname.replace(/\/+$/, '') || '/';
  return document.getElementById('root')?.dataset.prerenderedPath === path && !document.documentElement.hasAttribute('data-app-ready');
}

function WaitWhileHydrating({ children }: { children: ReactNode }) {
  if (isHydratingPrerenderedPage()) use(rankedPathsReady());
  return children;
}

export function HydrateWhenReady({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={null}>
      <WaitWhileHydrating>{children}</WaitWhileHydrating>
    </Suspense>
  );
}
