// TEMPORARY: the issue 4 work replaces this with the real page.
import { ComingSoonPage } from '../coming-soon/ComingSoonPage';

export function StorePage() {
  return <ComingSoonPage area="matrix" />;
}
