// One log's rows for the granskare, fifty at a time ("Visa fler" asks for the
// next page after the last cursor and keeps the rows already shown), in one
// table: nödåtkomst first (the API's order), each marked for review.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useId, useRef, useState } from 'react';
import { Delvis, Fel, Laddar, Tomt } from '../../components/OperationStatus.js';
import { formatPersonnummer } from '../../format/personnummer.js';
import {
  GranskningKommunensLoggDocument,
  GranskningRegionensLoggDocument,
  GranskningSamverkansLoggDocument,
  type AtkomstloggFilter,
  type GranskningLoggsidaFragment,
} from '../../generated/graphql.js';
import { useOperation } from '../../graphql/useOperation.js';
import { svenskaProblem } from './granskningsfel.js';
import { atgardNamn, formatLoggtid, huvudmanText, kategorierText, resultatNamn } from './granskningText.js';
import { grundNamn, loggNamn, type Logg } from './loggFilter.js';
import { Rullyta } from '../../components/Rullyta.js';

export const sidstorlek = 50;

type Loggrad = GranskningLoggsidaFragment['edges'][number];

interface Loggvariabler {
  filter?: AtkomstloggFilter | null;
  first?: number | null;
  after?: string | null;
}

interface Props {
  logg: Logg;
  filter: AtkomstloggFilter;
  /** Whether the filter narrows the log (for the empty message). */
  filtrerad: boolean;
}

export function Logglista({ logg, filter, filtrerad }: Props) {
  switch (logg) {
    case 'region':
      return <Loggsidor document={GranskningRegionensLoggDocument} sida={(data) => data.regionensAtkomstlogg} logg={logg} filter={filter} filtrerad={filtrerad} />;
    case 'kommun':
      return <Loggsidor document={GranskningKommunensLoggDocument} sida={(data) => data.kommunensAtkomstlogg} logg={logg} filter={filter} filtrerad={filtrerad} />;
    case 'samverkan':
      return <Loggsidor document={GranskningSamverkansLoggDocument} sida={(data) => data.samverkansAtkomstlogg} logg={logg} filter={filter} filtrerad={filtrerad} />;
  }
}

function Loggsidor<Data>({
  document,
  sida,
  logg,
  filter,
  filtrerad,
}: Props & { document: TypedDocumentNode<Data, Loggvariabler>; sida(data: Data): GranskningLoggsidaFragment }) {
  /** The rows of the pages before the one asked for now. */
  const [tidigare, setTidigare] = useState<Loggrad[]>([]);
  const [after, setAfter] = useState<string | null>(null);
  /** The answer already counted in `tidigare`: until the next page's answer replaces it, it is not shown again. */
  const [inlagt, setInlagt] = useState<Data | null>(null);
  const [flyttaFokus, setFlyttaFokus] = useState(false);
  const result = useOperation(document, { filter, first: sidstorlek, after });
  const antal = useRef<HTMLParagraphElement>(null);
  const rubrik = useId();

  const nytt = result.status === 'klar' && result.data !== inlagt ? result.data : null;
  const aktuell = nytt ? sida(nytt) : null;
  const rader = aktuell ? [...tidigare, ...aktuell.edges] : tidigare;
  const laddar = result.status === 'vilande' || result.status === 'laddar' || (result.status === 'klar' && !nytt);
  const nastaCursor = aktuell?.pageInfo.hasNextPage ? aktuell.pageInfo.endCursor : null;
  // While the next page loads, the button stays (inert) so the keyboard keeps its place.
  const visaKnapp = nastaCursor !== null || (laddar && after !== null);

  useEffect(() => {
    if (!flyttaFokus || laddar) return;
    setFlyttaFokus(false);
    // The last page is in: the button is gone, so the keyboard goes to the count of rows.
    if (!visaKnapp) antal.current?.focus();
  }, [flyttaFokus, laddar, visaKnapp]);

  const problems = result.status === 'klar' || result.status === 'fel' ? svenskaProblem(result.problems) : null;

  return (
    <section className="granskning-loggdel" aria-labelledby={rubrik}>
      <h2 id={rubrik}>{loggNamn[logg]}</h2>
      {nytt && problems ? <Delvis problems={problems} /> : null}
      {rader.length > 0 ? (
        <Rullyta etikett={`Åtkomstloggen – ${loggNamn[logg]}`}>
          <table className="granskning-logg" data-testid="atkomstlogg">
            <caption>Åtkomstloggen – {loggNamn[logg]}</caption>
            <thead>
              <tr>
                <th scope="col">Tid</th>
                <th scope="col">Användare</th>
                <th scope="col">Enhet</th>
                <th scope="col">Användarens huvudman</th>
                <th scope="col">Patient</th>
                <th scope="col">Informationskategorier</th>
                <th scope="col">Åtgärd</th>
                <th scope="col">Grund</th>
                <th scope="col">Resultat</th>
              </tr>
            </thead>
            <tbody>
              {rader.map(({ node: rad }) => (
                <tr key={rad.lopnummer} className={rad.granskasSarskilt ? 'lucka' : undefined} data-testid={rad.granskasSarskilt ? 'granskas-sarskilt' : undefined}>
                  <td>{formatLoggtid(rad.tid)}</td>
                  <td className="granskning-id">{rad.anvandare}</td>
                  <td className="granskning-id">{rad.organisationHsaId}</td>
                  <td>{huvudmanText(rad.anvandarensHuvudman)}</td>
                  <td className="granskning-obruten">{formatPersonnummer(rad.patientId)}</td>
                  <td>{kategorierText(rad.informationskategorier)}</td>
                  <td>{atgardNamn[rad.atgard]}</td>
                  <td>
                    {rad.grund ? grundNamn[rad.grund] : <span className="tomt">Ingen</span>}
                    {rad.granskasSarskilt ? (
                      <>
                        {' '}
                        <span className="etikett-varning">Granskas särskilt</span>
                      </>
                    ) : null}
                    {rad.nodatkomstAnledning ? <span className="granskning-anledning">Anledning: ”{rad.nodatkomstAnledning}”</span> : null}
                  </td>
                  <td className={rad.resultat === 'TILLATEN' ? undefined : 'nekad'}>{resultatNamn[rad.resultat]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Rullyta>
      ) : null}
      {nytt && rader.length === 0 ? <Tomt>{filtrerad ? 'Inga rader i loggen stämmer med sökningen.' : 'Loggen har inga rader.'}</Tomt> : null}
      {rader.length > 0 ? (
        <p className="granskning-antal" ref={antal} tabIndex={-1} role="status" data-testid="logg-antal">
          Visar {rader.length} {rader.length === 1 ? 'rad' : 'rader'}
          {nastaCursor !== null ? '; det finns fler.' : laddar ? '.' : ', hela urvalet.'}
        </p>
      ) : null}
      {laddar ? <Laddar vad={after === null ? 'loggen' : 'fler rader'} /> : null}
      {result.status === 'fel' && problems ? <Fel problems={problems} onRetry={result.refetch} /> : null}
      {visaKnapp ? (
        <button
          type="button"
          className="sekundar inte-utskrift"
          aria-disabled={laddar ? true : undefined}
          onClick={() => {
            if (laddar || !nytt || nastaCursor === null) return;
            setInlagt(nytt);
            setTidigare(rader);
            setAfter(nastaCursor);
            setFlyttaFokus(true);
          }}
        >
          Visa fler
        </button>
      ) : null}
    </section>
  );
}
