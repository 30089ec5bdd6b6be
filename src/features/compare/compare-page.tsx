import { PageHeading } from '../../components/page-heading';
import { useDocumentTitle } from '../../components/use-document-title';

// Placeholder until the screen is built.
export function ComparePage() {
  useDocumentTitle('ComparePage');
  return <PageHeading>ComparePage</PageHeading>;
}
