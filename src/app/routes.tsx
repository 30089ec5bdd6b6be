// The route table: created once by the browser router (main.tsx), the prerenderer
// (entry-server.tsx) and the flow tests (memory router), so all three agree.
import type { RouteObject } from 'react-router';
import { NotFound } from '../components/not-found';
import { HomePage } from '../features/home/home-page';
import { QuizPage } from '../features/quiz/quiz-page';
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
          // Loaded on demand: the home page and the quiz stay within the JS budget.
          { path: 'results', lazy: async () => ({ Component: (await import('../features/results/results-page')).ResultsPage }) },
          { path: 'compare', lazy: async () => ({ Component: (await import('../features/compare/compare-page')).ComparePage }) },
          { path: 'roles', lazy: async () => ({ Component: (await import('../features/roles/roles-page')).RolesPage }) },
          { path: 'roles/:roleId', lazy: async () => ({ Component: (await import('../features/roles/role-page')).RolePage }) },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
