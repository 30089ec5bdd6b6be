import { Link } from 'react-router';
import { m } from '../i18n';
import { paths } from '../routes/manifest';
import { PageHeading } from './page-heading';
import { useDocumentTitle } from './use-document-title';

export const NOT_FOUND_HEADING = m.components_not_found_heading();

export function NotFound({ detail }: { detail?: string }) {
  useDocumentTitle(NOT_FOUND_HEADING);
  return (
    <div className="stack">
      <PageHeading>{NOT_FOUND_HEADING}</PageHeading>
      <p>{detail ?? m.components_not_found_detail()}</p>
      <ul className="link-list">
        <li>
          <Link to={paths.home()}>{m.components_not_found_home()}</Link>
        </li>
        <li>
          <Link to={paths.quiz()}>{m.components_not_found_quiz()}</Link>
        </li>
        <li>
          <Link to={paths.roles()}>{m.components_not_found_roles()}</Link>
        </li>
      </ul>
    </div>
  );
}
