// The check of the chosen log's hash chain, on demand: whole (and how many
// rows were checked) or where it first breaks and how. The outcome is
// announced in a status region; a failed request shows as an error instead.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useId, useState } from 'react';
import { Fel } from '../../components/OperationStatus.js';
import {
  GranskningKommunensKedjaDocument,
  GranskningRegionensKedjaDocument,
  GranskningSamverkansKedjaDocument,
  type GranskningKedjaFragment,
} from '../../generated/graphql.js';
import { useOperation } from '../../graphql/useOperation.js';
import { svenskaProblem } from './granskningsfel.js';
import { kedjeutfall } from './granskningText.js';
import { loggNamn, type Logg } from './loggFilter.js';

export function Kedjekontroll({ logg }: { logg: Logg }) {
  switch (logg) {
    case 'region':
      return <Kedjevy document={GranskningRegionensKedjaDocument} verifiering={(data) => data.regionensAtkomstloggVerifiering} logg={logg} />;
    case 'kommun':
      return <Kedjevy document={GranskningKommunensKedjaDocument} verifiering={(data) => data.kommunensAtkomstloggVerifiering} logg={logg} />;
    case 'samverkan':
      return <Kedjevy document={GranskningSamverkansKedjaDocument} verifiering={(data) => data.samverkansAtkomstloggVerifiering} logg={logg} />;
  }
}

function Kedjevy<Data, Variables extends Record<string, never>>({
  document,
  verifiering,
  logg,
}: {
  document: TypedDocumentNode<Data, Variables>;
  verifiering(data: Data): GranskningKedjaFragment;
  logg: Logg;
}) {
  const [begard, setBegard] = useState(false);
  const result = useOperation(document, begard ? ({} as Variables) : null);
  const rubrik = useId();
  const utfall = result.status === 'klar' ? verifiering(result.data) : null;

  return (
    <section className="granskning-kedja" aria-labelledby={rubrik}>
      <h2 id={rubrik}>Kedjekontroll</h2>
      <p className="hjalp">
        Kontrollerar att ingen rad i {loggNamn[logg].toLowerCase()} har ändrats, lagts till eller tagits bort sedan den skrevs: varje rad bär en
        kontrollsumma över sig själv och raden före.
      </p>
      <button type="button" className="inte-utskrift" onClick={() => (begard ? result.refetch() : setBegard(true))}>
        Kontrollera kedjan
      </button>
      <div
        role="status"
        aria-live="polite"
        data-testid="kedjekontroll-resultat"
        className={utfall ? `meddelande ${utfall.hel ? 'ok' : 'fel'}` : result.status === 'laddar' ? 'laddar' : undefined}
      >
        {utfall ? <strong>{kedjeutfall(utfall)}</strong> : result.status === 'laddar' ? `Kontrollerar kedjan i ${loggNamn[logg].toLowerCase()} …` : null}
      </div>
      {result.status === 'fel' ? <Fel problems={svenskaProblem(result.problems)} onRetry={result.refetch} /> : null}
    </section>
  );
}
