import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFound } from '../components/not-found';
import { PageHeading } from '../components/page-heading';
import { StartOverButton } from '../components/start-over';
import { useDocumentTitle } from '../components/use-document-title';

/** The root error page: a way forward from any render error, never a blank page. */
export function ErrorPage() {
  const error = useRouteError();
  useDocumentTitle('Something went wrong');
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <div className="stack" role="alert">
      <PageHeading>Something went wrong</PageHeading>
      <p>This page failed to show. Your answers are saved in this browser: reloading usually fixes it.</p>
      <p>If it keeps happening, start over: that clears your saved answers and begins the quiz again.</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        <StartOverButton reloadHome />
      </div>
    </div>
  );
}
