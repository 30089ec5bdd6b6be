import { PageHeading } from '../../components/page-heading';
import { useDocumentTitle } from '../../components/use-document-title';

// Placeholder until the screen is built.
export function RolePage() {
  useDocumentTitle('RolePage');
  return <PageHeading>RolePage</PageHeading>;
}
