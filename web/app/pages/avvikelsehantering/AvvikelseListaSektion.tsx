// One paged avvikelse list with its states: loading, failed, partial, empty,
// and "Visa fler" until the list ends.
import { Delvis, Fel, Laddar, Tomt } from '../../components/OperationStatus.js';
import type { AvvikelseRadFragment } from '../../generated/graphql.js';
import type { OperationState } from '../../graphql/useOperation.js';
import type { OperationProblems } from '../../graphql/operationProblems.js';
import { AvvikelseTabell } from './AvvikelseTabell.js';

export function AvvikelseListaSektion({
  lista,
  rubrik,
  tomText,
  motpart,
}: {
  lista: {
    forsta: OperationState<unknown> & { refetch(): void };
    rader: AvvikelseRadFragment[];
    totalt: number;
    finnsFler: boolean;
    hamtar: boolean;
    problem: OperationProblems | null;
    visaFler(): Promise<void>;
  };
  rubrik: string;
  tomText: string;
  motpart: 'rapporterande' | 'mottagande';
}) {
  const { forsta } = lista;
  if (forsta.status === 'vilande' || forsta.status === 'laddar') return <Laddar vad="avvikelser" />;
  if (forsta.status === 'fel') return <Fel problems={forsta.problems} onRetry={forsta.refetch} />;
  return (
    <>
      <Delvis problems={forsta.problems} />
      {lista.rader.length === 0 ? (
        <Tomt>{tomText}</Tomt>
      ) : (
        <>
          <AvvikelseTabell rubrik={`${rubrik} (${lista.totalt})`} rader={lista.rader} motpart={motpart} />
          <p className="hjalp" aria-live="polite">
            Visar {lista.rader.length} av {lista.totalt}.
          </p>
          {lista.finnsFler ? (
            <button type="button" className="sekundar" disabled={lista.hamtar} onClick={() => void lista.visaFler()}>
              {lista.hamtar ? 'Hämtar …' : 'Visa fler'}
            </button>
          ) : null}
          {lista.problem ? <Fel problems={lista.problem} /> : null}
        </>
      )}
    </>
  );
}
