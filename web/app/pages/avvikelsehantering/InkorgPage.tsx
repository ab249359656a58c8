// The receiving unit's inbox: avvikelser sent to the user's huvudman (or only
// its unit), in the order the work is due: overdue återkoppling first, then by
// deadline; the ones not yet received count from the day they were reported.
import { useMemo } from 'react';
import { AvvikelseInkorgDocument, type AvvikelseInkorgQuery } from '../../generated/graphql.js';
import type { Route } from '../../routing/route.js';
import { updateParams } from '../../routing/useRoute.js';
import { useSession } from '../../session/SessionContext.js';
import { AvvikelseListaSektion } from './AvvikelseListaSektion.js';
import { InkorgLage } from './InkorgLage.js';
import { avvikelseFilter, parametrarFranUrval, urvalFranParametrar } from './avvikelseUrval.js';
import { UrvalFormular } from './UrvalFormular.js';
import { useFlerSidor } from './useFlerSidor.js';

const sidstorlek = 25;
const sidaAv = (data: AvvikelseInkorgQuery) => data.avvikelser;

export function InkorgPage({ route }: { route: Route }) {
  const { session } = useSession();
  const urvalNyckel = JSON.stringify(route.params);
  const urval = useMemo(() => urvalFranParametrar(JSON.parse(urvalNyckel) as Record<string, string>, 'oppna'), [urvalNyckel]);
  const variables = useMemo(
    () => ({
      filter: avvikelseFilter(urval, {
        mottagandeHuvudman: session.huvudman,
        ...(urval.minEnhet && session.organisation ? { mottagandeEnhetHsaId: session.organisation } : {}),
      }),
      first: sidstorlek,
    }),
    [urval, session.huvudman, session.organisation],
  );
  const lista = useFlerSidor(AvvikelseInkorgDocument, variables, sidaAv);
  const egen = session.huvudman === 'VGR' ? 'regionen' : `kommunen (${session.huvudman})`;

  return (
    <>
      <h1>Inkorg: avvikelser till oss</h1>
      <p className="ingress">
        Avvikelser som andra huvudmän rapporterat till {egen}. Försenade återkopplingar står först, sedan efter hur snart återkopplingen ska ges (60 dagar från
        mottagandet). Öppna en avvikelse för att ta emot den, utreda och återkoppla.
      </p>
      <InkorgLage mottagandeHuvudman={session.huvudman} enhet={urval.minEnhet && session.organisation ? session.organisation : null} minEnhet={urval.minEnhet} />
      <UrvalFormular urval={urval} egenKommun={session.huvudman === 'VGR' ? null : session.huvudman} medEnhet onVisa={(nytt) => updateParams(route, parametrarFranUrval(nytt))} />
      <AvvikelseListaSektion lista={lista} rubrik="Avvikelser till oss" tomText="Inga avvikelser matchar urvalet." motpart="rapporterande" />
    </>
  );
}
