import { PageHeading } from '../../components/page-heading';
import { useDocumentTitle } from '../../components/use-document-title';

// Placeholder until the screen is built.
export function QuizPage() {
  useDocumentTitle('QuizPage');
  return <PageHeading>QuizPage</PageHeading>;
}
