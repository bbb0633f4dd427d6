import { EmptyState } from '../components/states.tsx';
import { usePageTitle } from '../page-title.ts';

export function NotFoundPage({ path }: { path: string }) {
  usePageTitle('Not found');
  return (
    <section>
      <h1>Not found</h1>
      <EmptyState title={`The console has no page at ${path}.`}>
        <p>
          Go to the <a href="/">overview</a> to find a service.
        </p>
      </EmptyState>
    </section>
  );
}
