// Every role at a glance. Pure content: the same on the server and in the browser.
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { SalaryFigure } from '../../components/salary-card';
import { useDocumentTitle } from '../../components/use-document-title';
import { roles } from '../../content/roles';
import type { SalaryRange } from '../../content/types';
import { paths, type PageMeta } from '../../routes/manifest';
import './roles.css';

const TITLE = 'All AI roles';

export function RolesPage() {
  useDocumentTitle(TITLE);
  return (
    <div className="roles-page stack">
      <PageHeading>{TITLE}</PageHeading>
      <p className="measure">
        The ten roles our two sources describe, with their salary ranges. Open a role for what the work is like, who it
        suits and the skills it asks for, or <Link to={paths.compare([])}>compare two or three side by side</Link>.
      </p>
      <ul className="roles-list">
        {roles.map((role) => (
          <li key={role.id} className="card roles-list__item">
            <h2 className="roles-list__name">
              <Link to={paths.role(role.id)}>{role.name}</Link>
            </h2>
            <p>{role.summary}</p>
            <dl className="roles-list__salary">
              <SalaryLine label="UK" range={role.salary?.uk ?? null} />
              <SalaryLine label="US" range={role.salary?.us ?? null} />
            </dl>
          </li>
        ))}
      </ul>
      <p>
        <Link to={paths.quiz()} className="button button--primary">
          Take the quiz
        </Link>
      </p>
    </div>
  );
}

function SalaryLine({ label, range }: { label: string; range: SalaryRange | null }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <SalaryFigure range={range} variant="inline" />
      </dd>
    </div>
  );
}

export function meta(): PageMeta {
  return { title: TITLE, description: 'Every AI role in the quiz at a glance: what it is and its UK and US salary range.' };
}

export { RolesPage as Component };
