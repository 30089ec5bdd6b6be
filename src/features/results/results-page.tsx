import { PageHeading } from '../../components/page-heading';
import { useDocumentTitle } from '../../components/use-document-title';

// Placeholder until the screen is built.
export function ResultsPage() {
  useDocumentTitle('ResultsPage');
  return <PageHeading>ResultsPage</PageHeading>;
}
