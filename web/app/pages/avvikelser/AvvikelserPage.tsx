// The analyst view of avvikelser i samverkan: pick level, area and period; see
// avvikelser per inhabitant, another area side by side, the trend per month, the
// categories, the status, the reporting units, who reports whom and the time to
// återkoppling as SVG charts with the same numbers in tables, and export them as
// CSV: protected aggregates; and today's overdue återkopplingar of the area,
// each linked to its case page (no patient, no personnummer).
import { useMemo } from 'react';
import { Delvis, Fel, Laddar } from '../../components/OperationStatus.js';
import {
  AvvikelserAnalysDocument,
  AvvikelserBefolkningDocument,
  AvvikelserFordelningDocument,
  AvvikelserJamforelseDocument,
  AvvikelserOmradenDocument,
  type AvvikelserBefolkningQuery,
} from '../../generated/graphql.js';
import { useOperation } from '../../graphql/useOperation.js';
import type { Route } from '../../routing/route.js';
import { updateParams } from '../../routing/useRoute.js';
import { Analysresultat } from './Analysresultat.js';
import { ForsenadeIOmradet } from './ForsenadeIOmradet.js';
import { analysforfragan, lasUrval, nivaKortnamn, urvalParams, type AvvikelserUrval } from './avvikelserUrval.js';
import { AvvikelserVal, type Omradesval } from './AvvikelserVal.js';
import { omradesbefolkning } from './befolkning.js';
import type { Befolkningsval } from './Befolkningstal.js';
import { jamforelseParam, jamforelserader, lasJamforelse, type Jamforelseomrade } from './jamforelse.js';
import { Omradesjamforelse, type Jamforelsetillstand } from './Omradesjamforelse.js';
import { oversikt } from './oversikt.js';
import { omradeskatalog, omradesnamn, type Omradeskatalog } from './omradeskatalog.js';
import { lokaltDatum } from './period.js';

export function AvvikelserPage({ route }: { route: Route }) {
  const idag = useMemo(() => lokaltDatum(new Date()), []);
  const urval = lasUrval(route.params, idag);
  const omradenState = useOperation(AvvikelserOmradenDocument, {});
  const omradenData = omradenState.status === 'klar' ? omradenState.data : null;
  const katalog = useMemo(() => (omradenData ? omradeskatalog(omradenData) : null), [omradenData]);
  const omraden: Omradesval =
    omradenState.status === 'klar' && katalog
      ? { status: 'klar', katalog }
      : omradenState.status === 'fel'
        ? { status: 'fel', problems: omradenState.problems, refetch: omradenState.refetch }
        : { status: 'laddar' };

  let forfragan = analysforfragan(urval);
  if (forfragan.typ === 'klar' && katalog && urval.niva !== 'LANSGEMENSAM' && urval.omrade && !omradesnamn(katalog, urval.niva, urval.omrade)) {
    forfragan = { typ: 'valj-omrade', meddelande: `Området ”${urval.omrade}” finns inte på den här nivån. Välj ett område under Område.` };
  }
  const analys = useOperation(AvvikelserAnalysDocument, forfragan.typ === 'klar' ? forfragan.variabler : null);
  const fordelning = useOperation(AvvikelserFordelningDocument, forfragan.typ === 'klar' ? forfragan.variabler : null);
  const omradetsNamn = namnPaOmrade(urval, katalog);
  const befolkningState = useOperation(AvvikelserBefolkningDocument, {});
  const befolkningData = befolkningState.status === 'klar' ? befolkningState.data : null;
  const befolkning = befolkningsval(befolkningData, befolkningState.status, urval);

  const jamforelse = lasJamforelse(route.params['jamfor']);
  const jamforelseState = useOperation(
    AvvikelserJamforelseDocument,
    forfragan.typ === 'klar' && jamforelse ? { niva: jamforelse.niva, omradeId: jamforelse.omrade, fran: urval.fran, till: urval.till } : null,
  );
  const jamforelseNamn = jamforelse ? (namnPaOmrade({ ...urval, ...jamforelse }, katalog) ?? '') : '';
  let jamforelsetillstand: Jamforelsetillstand = { status: 'laddar' };
  if (jamforelseState.status === 'fel') jamforelsetillstand = jamforelseState;
  else if (jamforelseState.status === 'klar' && jamforelse && analys.status === 'klar') {
    const jamforelsensBefolkning = befolkningsval(befolkningData, befolkningState.status, { ...urval, ...jamforelse });
    jamforelsetillstand = {
      status: 'klar',
      rader: jamforelserader(
        { oversikt: oversikt(analys.data.oversikt), befolkning: befolkning.status === 'klar' ? befolkning.befolkning : null },
        { oversikt: oversikt(jamforelseState.data.jamforelse), befolkning: jamforelsensBefolkning.status === 'klar' ? jamforelsensBefolkning.befolkning : null },
      ),
    };
  }

  return (
    <div className="avvikelser">
      <h1>Avvikelser i samverkan</h1>
      <p className="ingress">
        Avvikelser mellan regionen och kommunerna per månad, kategori, status, rapporterande enhet och riktning, och hur lång tid återkopplingen tar. Bara skyddade antal: inga enskilda
        avvikelser och inga patientuppgifter.
      </p>
      <AvvikelserVal urval={urval} omraden={omraden} idag={idag} onAndra={(andringar) => updateParams(route, urvalParams({ ...urval, ...andringar }))}
        jamforelse={jamforelse}
        onJamfor={(valt: Jamforelseomrade | null) => updateParams(route, { jamfor: jamforelseParam(valt) })}
      />
      <p className="avvikelser-urval" data-testid="avvikelser-urval">
        <strong>{nivaKortnamn[urval.niva]}:</strong> {omradetsNamn ?? 'inget område valt'} · {urval.fran} – {urval.till}
      </p>
      {forfragan.typ === 'fel' ? (
        <p className="meddelande fel" role="alert">
          {forfragan.meddelande}
        </p>
      ) : forfragan.typ === 'valj-omrade' ? (
        <p className="meddelande" role="status">
          {forfragan.meddelande}
        </p>
      ) : analys.status === 'fel' ? (
        <Fel problems={analys.problems} onRetry={analys.refetch} />
      ) : analys.status === 'klar' ? (
        <>
          <Delvis problems={analys.problems} />
          <Analysresultat data={analys.data} urval={urval} omradetsNamn={omradetsNamn ?? urval.omrade ?? ''} idag={idag}
            befolkning={befolkning}
            fordelning={fordelning}
            jamforelse={
              jamforelse ? (
                <Omradesjamforelse namn={[omradetsNamn ?? urval.omrade ?? '', jamforelseNamn]} period={`${urval.fran} – ${urval.till}`} tillstand={jamforelsetillstand} />
              ) : null
            }
          />
          <section aria-labelledby="avvikelser-forsenade">
            <h2 id="avvikelser-forsenade">Försenade återkopplingar i dag</h2>
            <ForsenadeIOmradet niva={urval.niva} omrade={urval.omrade} omradesnamn={omradetsNamn ?? urval.omrade ?? 'länet'} />
          </section>
        </>
      ) : (
        <Laddar vad="avvikelseanalysen" />
      )}
    </div>
  );
}

function namnPaOmrade(urval: AvvikelserUrval, katalog: Omradeskatalog | null): string | null {
  if (urval.niva === 'LANSGEMENSAM') return 'Hela Västra Götaland';
  if (!urval.omrade) return null;
  return (katalog && omradesnamn(katalog, urval.niva, urval.omrade)) ?? urval.omrade;
}

function befolkningsval(data: AvvikelserBefolkningQuery | null, status: string, urval: AvvikelserUrval): Befolkningsval {
  if (!data) return status === 'fel' ? { status: 'saknas' } : { status: 'laddar' };
  const befolkning = data.kommuner ? omradesbefolkning(data.kommuner, urval.niva, urval.omrade) : null;
  return befolkning ? { status: 'klar', befolkning } : { status: 'saknas' };
}
