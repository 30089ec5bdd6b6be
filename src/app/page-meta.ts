// Title and description of each page written to static HTML at build. The pages
// set document.title themselves once running; these are for the first paint,
// link previews and search engines.
import { getQuestion } from '../engine';
import { questionFlow } from '../content/question-flow';
import { getRole, roles } from '../content/roles';
import { APP_NAME, pageTitle } from '../components/use-document-title';

export interface PageMeta {
  readonly title: string;
  readonly description: string;
}

const APP_DESCRIPTION =
  'Answer up to six quick questions and see which AI careers fit you, with the skills each needs and UK and US salary figures from cited sources.';

/** Every path rendered to static HTML at build. */
export function prerenderPaths(): string[] {
  return [
    '/',
    '/roles',
    ...roles.map((role) => `/roles/${role.id}`),
    ...questionFlow.questions.map((question) => `/quiz/${question.id}`),
  ];
}

export function pageMeta(path: string): PageMeta {
  const [, section, id] = path.split('/');
  if (section === 'roles' && id) {
    const role = getRole(id);
    if (role) return { title: pageTitle(role.name), description: role.summary };
  }
  if (section === 'roles') {
    return { title: pageTitle('All AI roles'), description: 'Every AI role in the quiz at a glance: what it is and its UK and US salary range.' };
  }
  if (section === 'quiz' && id) {
    const question = getQuestion(questionFlow, id);
    if (question) return { title: pageTitle(question.prompt), description: question.hint };
  }
  return { title: APP_NAME, description: APP_DESCRIPTION };
}
