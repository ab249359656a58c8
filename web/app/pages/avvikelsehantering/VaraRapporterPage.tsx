// The reporting huvudman's list: what the user's huvudman has reported and
// where each stands. Återkopplade ones wait for the reporter to close them,
// so they come first, in a list of their own.
import { useMemo } from 'react';
import { Laddar } from '../../components/OperationStatus.js';
import { VaraRapporterDocument, type VaraRapporterQuery } from '../../generated/graphql.js';
import type { Route } from '../../routing/route.js';
import { updateParams } from '../../routing/useRoute.js';
import { useSession } from '../../session/SessionContext.js';
import { AvvikelseListaSektion } from './AvvikelseListaSektion.js';
import { AvvikelseTabell } from './AvvikelseTabell.js';
import { avvikelseFilter, parametrarFranUrval, urvalFranParametrar } from './avvikelseUrval.js';
import { UrvalFormular } from './UrvalFormular.js';
import { useFlerSidor } from './useFlerSidor.js';

const sidstorlek = 25;
const sidaAv = (data: VaraRapporterQuery) => data.avvikelser;

export function VaraRapporterPage({ route }: { route: Route }) {
  const { session } = useSession();
  const urvalNyckel = JSON.stringify(route.params);
  const urval = useMemo(() => urvalFranParametrar(JSON.parse(urvalNyckel) as Record<string, string>, 'alla'), [urvalNyckel]);
  const variables = useMemo(
    () => ({
      filter: avvikelseFilter(urval, { rapporterandeHuvudman: session.huvudman }),
      attAvsluta: { rapporterandeHuvudman: session.huvudman, statusar: ['ATERKOPPLAD' as const] },
      first: sidstorlek,
    }),
    [urval, session.huvudman],
  );
  const lista = useFlerSidor(VaraRapporterDocument, variables, sidaAv);
  const attAvsluta = lista.forsta.status === 'klar' ? lista.forsta.data.attAvsluta : null;

  return (
    <>
      <h1>Våra rapporter</h1>
      <p className="ingress">Avvikelser som {session.huvudman === 'VGR' ? 'regionen' : `kommunen (${session.huvudman})`} har rapporterat, och var de står.</p>
      <section aria-labelledby="att-avsluta">
        <h2 id="att-avsluta">Återkopplade: väntar på att ni avslutar</h2>
        {lista.forsta.status === 'laddar' ? (
          <Laddar vad="återkopplade avvikelser" />
        ) : attAvsluta && attAvsluta.edges.length > 0 ? (
          <>
            <p className="hjalp">Läs återkopplingen på avvikelsens sida och avsluta den där.</p>
            <AvvikelseTabell rubrik={`Återkopplade avvikelser (${attAvsluta.totalCount})`} rader={attAvsluta.edges.map((edge) => edge.node)} motpart="mottagande" />
          </>
        ) : attAvsluta ? (
          <p className="tomt">Inga återkopplade avvikelser väntar på er.</p>
        ) : null}
      </section>
      <section aria-labelledby="alla-rapporter">
        <h2 id="alla-rapporter">Alla rapporterade</h2>
        <UrvalFormular urval={urval} egenKommun={session.huvudman === 'VGR' ? null : session.huvudman} medEnhet={false} onVisa={(nytt) => updateParams(route, parametrarFranUrval(nytt))} />
        <AvvikelseListaSektion lista={lista} rubrik="Rapporterade avvikelser, senast rapporterade först" tomText="Inga rapporterade avvikelser matchar urvalet." motpart="mottagande" />
      </section>
    </>
  );
}
