import { Link } from 'react-router';
import { paths } from '../routes/manifest';
import { PageHeading } from './page-heading';
import { useDocumentTitle } from './use-document-title';

export const NOT_FOUND_HEADING = 'Page not found';

export function NotFound({ detail }: { detail?: string }) {
  useDocumentTitle(NOT_FOUND_HEADING);
  return (
    <div className="stack">
      <PageHeading>{NOT_FOUND_HEADING}</PageHeading>
      <p>{detail ?? 'There is no page at this address. It may have been mistyped, or the link may be out of date.'}</p>
      <ul className="link-list">
        <li>
          <Link to={paths.home()}>Go to the home page</Link>
        </li>
        <li>
          <Link to={paths.quiz()}>Take the quiz</Link>
        </li>
        <li>
          <Link to={paths.roles()}>Browse all AI roles</Link>
        </li>
      </ul>
    </div>
  );
}
