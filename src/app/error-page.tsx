import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFound } from '../components/not-found';
import { PageHeading } from '../components/page-heading';
import { StartOverButton } from '../components/start-over';
import { useDocumentTitle } from '../components/use-document-title';
import { m } from '../i18n';

/** The root error page: a way forward from any render error, never a blank page. */
export function ErrorPage() {
  const error = useRouteError();
  useDocumentTitle(m.app_error_heading());
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <div className="stack" role="alert">
      <PageHeading>{m.app_error_heading()}</PageHeading>
      <p>{m.app_error_lead()}</p>
      <p>{m.app_error_advice()}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {m.app_error_reload()}
        </button>
        <StartOverButton reloadHome />
      </div>
    </div>
  );
}
