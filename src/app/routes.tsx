// The route table: created once by the browser router (main.tsx), the prerenderer
// (entry-server.tsx) and the flow tests (memory router), so all three agree.
import type { RouteObject } from 'react-router';
import { NotFound } from '../components/not-found';
import { ComparePage } from '../features/compare/compare-page';
import { HomePage } from '../features/home/home-page';
import { QuizPage } from '../features/quiz/quiz-page';
import { ResultsPage } from '../features/results/results-page';
import { RolePage } from '../features/roles/role-page';
import { RolesPage } from '../features/roles/roles-page';
import { ErrorPage } from './error-page';
import { Layout } from './layout';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <ErrorPage />,
    children: [
      {
        // Errors inside a page keep the header and footer around the error page.
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'quiz', element: <QuizPage /> },
          { path: 'quiz/:questionId', element: <QuizPage /> },
          { path: 'results', element: <ResultsPage /> },
          { path: 'compare', element: <ComparePage /> },
          { path: 'roles', element: <RolesPage /> },
          { path: 'roles/:roleId', element: <RolePage /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
