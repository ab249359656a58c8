// Granskning av åtkomstloggen: the granskare's follow-up of the own
// huvudman's access log — search the region's or kommun's log and the shared
// layer's, check a log's hash chain, and take out a patient's log extract.
// The search lives in the route, so a reload or a bookmark shows the same rows.
import { useState } from 'react';
import type { Route } from '../../routing/route.js';
import { updateParams } from '../../routing/useRoute.js';
import { useSession } from '../../session/SessionContext.js';
import { Logglista } from './Atkomstloggtabell.js';
import { Kedjekontroll } from './Kedjekontroll.js';
import { granskaLoggsokning, harVillkor, lasLoggsokning, loggarFor, loggsokningParams } from './loggFilter.js';
import { Loggsok } from './Loggsok.js';
import { Loggutdrag } from './Loggutdrag.js';

export function GranskningPage({ route }: { route: Route }) {
  const { session } = useSession();
  const sokning = lasLoggsokning(route.params, session.huvudman);
  const granskad = granskaLoggsokning(sokning);
  /** Counts the searches, so "Sök" with the same conditions asks the server again. */
  const [sokningar, setSokningar] = useState(0);

  return (
    <div className="granskning">
      <h1>Granskning av åtkomstloggen</h1>
      <p className="ingress">
        Vem som har läst eller ändrat patientuppgifter hos {session.huvudman === 'VGR' ? 'regionen' : 'kommunen'} och i samverkanslagret, på vilken grund
        och med vilket resultat. Nödåtkomst visas först och granskas särskilt.
      </p>
      <Loggsok
        sokning={sokning}
        loggar={loggarFor(session.huvudman)}
        onSok={(ny) => {
          setSokningar((antal) => antal + 1);
          updateParams(route, loggsokningParams(ny));
        }}
      />
      {granskad.ok ? (
        <Logglista key={`${sokning.logg}|${JSON.stringify(granskad.filter)}|${sokningar}`} logg={sokning.logg} filter={granskad.filter} filtrerad={harVillkor(granskad.sokning)} />
      ) : (
        <p className="meddelande fel" role="alert">
          Sökningen i adressen går inte att använda. Rätta de markerade fälten och välj Sök.
        </p>
      )}
      <Kedjekontroll key={sokning.logg} logg={sokning.logg} />
      <Loggutdrag />
    </div>
  );
}
