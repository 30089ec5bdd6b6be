// Every role at a glance. Pure content: the same on the server and in the browser.
import { Link } from 'react-router';
import { EnglishTerm } from '../../components/english-term';
import { withParts } from '../../components/message-parts';
import { PageHeading } from '../../components/page-heading';
import { SalaryFigure } from '../../components/salary-card';
import { useDocumentTitle } from '../../components/use-document-title';
import { roles } from '../../content/roles';
import type { SalaryRange } from '../../content/types';
import { m } from '../../i18n';
import { paths, type PageMeta } from '../../routes/manifest';
import './roles.css';

const TITLE = m.roles_title();

export function RolesPage() {
  useDocumentTitle(TITLE);
  return (
    <div className="roles-page stack">
      <PageHeading>{TITLE}</PageHeading>
      <p className="measure">{withParts(m.roles_intro, { link: <Link to={paths.compare([])}>{m.roles_intro_link()}</Link> })}</p>
      <ul className="roles-list">
        {roles.map((role) => (
          <li key={role.id} className="card roles-list__item">
            <h2 className="roles-list__name">
              <Link to={paths.role(role.id)}>
                <EnglishTerm>{role.name}</EnglishTerm>
              </Link>
            </h2>
            <p>{role.summary}</p>
            <dl className="roles-list__salary">
              <SalaryLine label={m.roles_salary_uk()} range={role.salary?.uk ?? null} />
              <SalaryLine label={m.roles_salary_us()} range={role.salary?.us ?? null} />
            </dl>
          </li>
        ))}
      </ul>
      <p>
        <Link to={paths.quiz()} className="button button--primary">
          {m.roles_take_quiz()}
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
  return { title: TITLE, description: m.roles_meta_description() };
}

export { RolesPage as Component };
