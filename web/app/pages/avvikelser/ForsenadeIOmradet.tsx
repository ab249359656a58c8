// The chosen area's avvikelser whose återkoppling is overdue today, oldest
// deadline first, each opening its case page: the follow-up behind the
// "share overdue" figure. Not bound to the analysis period: it is now.
import { Fel, Laddar } from '../../components/OperationStatus.js';
import { AvvikelserForsenadeDocument, type Analysniva } from '../../generated/graphql.js';
import { useOperation } from '../../graphql/useOperation.js';
import { AvvikelseTabell } from '../avvikelsehantering/AvvikelseTabell.js';
import { forsenadeFilter } from './forsenadeFilter.js';

export function ForsenadeIOmradet({ niva, omrade, omradesnamn }: { niva: Analysniva; omrade: string | null; omradesnamn: string }) {
  const filter = forsenadeFilter(niva, omrade);
  const state = useOperation(AvvikelserForsenadeDocument, filter ? { filter } : null);
  if (state.status === 'vilande') return null;
  if (state.status === 'laddar') return <Laddar vad="försenade återkopplingar" />;
  if (state.status === 'fel') return <Fel problems={state.problems} onRetry={state.refetch} />;
  const { totalCount, edges } = state.data.forsenadeAterkopplingar;
  if (totalCount === 0) return <p className="tomt">Inga avvikelser i {omradesnamn} har försenad återkoppling i dag.</p>;
  return (
    <>
      <AvvikelseTabell rubrik={`Försenad återkoppling i ${omradesnamn} i dag, äldsta först`} rader={edges.map((edge) => edge.node)} motpart="mottagande" />
      {totalCount > edges.length ? (
        <p className="hjalp">
          Visar de {edges.length} äldsta av {totalCount}.
        </p>
      ) : null}
    </>
  );
}
