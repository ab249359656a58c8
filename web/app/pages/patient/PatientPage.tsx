// Placeholder until the page is built.
import type { Route } from '../../routing/route.js';

export function PatientPage({ route }: { route: Route }) {
  return <h1>{route.page}</h1>;
}
