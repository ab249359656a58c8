// The result of one analysis: headline figures with the previous period, and
// avvikelser per inhabitant, the sections trend per month, categories, status, reporting units, who reports
// whom and time to återkoppling, each a chart with a table of the same numbers; plus the CSV export.
import type { ReactNode } from 'react';
import { Fel, Laddar, Tomt } from '../../components/OperationStatus.js';
import type { AvvikelserAnalysQuery, AvvikelserFordelningQuery } from '../../generated/graphql.js';
import type { OperationState } from '../../graphql/useOperation.js';
import { AntalTabell } from './AntalTabell.js';
import { Befolkningstal, type Befolkningsval } from './Befolkningstal.js';
import { avvikelserCsv, csvFilnamn } from './avvikelserCsv.js';
import { nivaKortnamn, nivaParam, type AvvikelserUrval } from './avvikelserUrval.js';
import { enhetsnamn, enhetsnamnKompletta } from './enhetsnamn.js';
import { enhetsserie } from './enhetsserie.js';
import { kategoriserie } from './kategoriserie.js';
import { laddaNer } from './laddaNer.js';
import { LiggandeStapeldiagram } from './LiggandeStapeldiagram.js';
import { manadsserie } from './manadsserie.js';
import { MatvardeText } from './MatvardeText.js';
import type { Matvarde } from './matvarde.js';
import { oversikt, type Oversikt } from './oversikt.js';
import { PerEnhet } from './PerEnhet.js';
import { manaderIPeriod } from './period.js';
import { riktningsmatris } from './riktningsmatris.js';
import { Riktningstabell } from './Riktningstabell.js';
import { statusserie } from './statusserie.js';
import { Teckenforklaring } from './Teckenforklaring.js';
import { TrendPerManad } from './TrendPerManad.js';
import { formatProcent, formatEnDecimal } from '../../format/tal.js';

/** Days the receiving huvudman has for återkoppling (the county routine). */
const aterkopplingsfristDagar = 60;

export function Analysresultat({
  data,
  urval,
  omradetsNamn,
  idag,
  befolkning,
  fordelning,
  jamforelse,
}: {
  data: AvvikelserAnalysQuery;
  /** The same period by reporting unit and by status: its own request, so it may come later or fail alone. */
  fordelning: OperationState<AvvikelserFordelningQuery> & { refetch(): void };
  urval: AvvikelserUrval;
  omradetsNamn: string;
  idag: string;
  befolkning: Befolkningsval;
  /** The comparison with another area, shown after the rates per inhabitant. */
  jamforelse?: ReactNode;
}) {
  const grans = data.oversikt.undertryckningsgrans;
  const aktuell = oversikt(data.oversikt);
  const foregaende = data.oversikt.foregaendePeriod ? oversikt(data.oversikt.foregaendePeriod) : null;
  const manader = manadsserie(data.perManad.celler, manaderIPeriod(aktuell, idag));
  const kategorier = kategoriserie(data.perKategori.celler, grans);
  const riktning = riktningsmatris(data.perRiktning.celler);
  const fordelningsdata = fordelning.status === 'klar' ? fordelning.data : null;
  const statusar = fordelningsdata ? statusserie(fordelningsdata.perStatus.celler) : null;
  const enheter = fordelningsdata ? enhetsserie(fordelningsdata.perEnhet.celler, enhetsnamn(fordelningsdata.naromraden), grans) : null;
  const period = `${aktuell.fran} – ${aktuell.till}`;
  const tomt = aktuell.totalt.typ === 'varde' && aktuell.totalt.varde === 0 && data.perManad.celler.length === 0;

  const exportera = () =>
    laddaNer(
      avvikelserCsv({
        niva: nivaKortnamn[urval.niva],
        omrade: omradetsNamn,
        grans,
        oversikt: aktuell,
        foregaende,
        manader,
        kategorier,
        riktning,
        enheter,
        statusar,
        befolkning: befolkning.status === 'klar' ? befolkning.befolkning : null,
      }),
      csvFilnamn(nivaParam[urval.niva], urval.niva === 'LANSGEMENSAM' ? null : urval.omrade, aktuell.fran, aktuell.till),
    );

  return (
    <>
      <section aria-labelledby="avvikelser-oversikt">
        <div className="avvikelser-rubrikrad">
          <h2 id="avvikelser-oversikt">Översikt</h2>
          <button type="button" onClick={exportera} className="inte-utskrift">
            Exportera CSV
          </button>
        </div>
        <p className="hjalp">
          Antalen är skyddade: 1–{grans - 1} avvikelser visas som ”&lt;{grans}” (randigt i diagrammen) och alla andra antal är avrundade till närmaste{' '}
          {grans}-tal, så delarna behöver inte summera till totalen. CSV-filen är semikolonseparerad (UTF-8) för Excel; undertryckta värden är tomma med
          Undertryckt = ja. Talen per invånare i filen är ungefärliga, som i tabellen nedan.
        </p>
        <div className="kort" data-testid="avvikelser-kort">
          <Kort etikett={`Avvikelser ${period}`} varde={aktuell.totalt} />
          <Kort etikett={foregaende ? `Föregående period ${foregaende.fran} – ${foregaende.till}` : 'Föregående period'} varde={foregaende?.totalt ?? saknas} />
          <Kort etikett="Median dagar till återkoppling" varde={aktuell.medianDagar} formatera={formatEnDecimal} />
          <Kort etikett="Andel med försenad återkoppling" varde={aktuell.andelForsenade} formatera={formatProcent} />
        </div>
      </section>
      <Befolkningstal befolkning={befolkning} aktuell={aktuell} foregaende={foregaende} omradetsNamn={omradetsNamn} />
      {jamforelse}
      {tomt ? (
        <Tomt>
          Inga avvikelser i {omradetsNamn} under {period}.
        </Tomt>
      ) : (
        <>
          <section aria-labelledby="avvikelser-trend">
            <h2 id="avvikelser-trend">Trend per månad</h2>
            <TrendPerManad
              manader={manader}
              grans={grans}
              beskrivning={`Stapeldiagram: avvikelser per månad i ${omradetsNamn}, ${period}. Samma siffror finns i tabellen Avvikelser per månad.`}
            />
          </section>

          <section aria-labelledby="avvikelser-kategorier">
            <h2 id="avvikelser-kategorier">Kategorier</h2>
            <div className="avvikelser-diagram-och-tabell">
              <div>
                <LiggandeStapeldiagram
                  beskrivning={`Liggande stapeldiagram: avvikelser per kategori i ${omradetsNamn}, ${period}, störst först. Samma siffror finns i tabellen Avvikelser per kategori.`}
                  staplar={kategorier.map((stapel) => ({ nyckel: stapel.kategori, namn: stapel.namn, varde: stapel.antal }))}
                  grans={grans}
                />
                <Teckenforklaring grans={grans} />
              </div>
              <AntalTabell
                caption="Avvikelser per kategori"
                kolumn="Kategori"
                rader={kategorier.map((stapel) => ({ key: stapel.kategori, namn: stapel.namn, antal: stapel.antal }))}
              />
            </div>
          </section>

          <section aria-labelledby="avvikelser-status">
            <h2 id="avvikelser-status">Status</h2>
            <p className="hjalp">Var periodens avvikelser står i arbetsgången i dag, i arbetsgångens ordning.</p>
            {fordelning.status === 'fel' ? (
              <Fel problems={fordelning.problems} onRetry={fordelning.refetch} />
            ) : statusar ? (
              <div className="avvikelser-diagram-och-tabell">
                <div>
                  <LiggandeStapeldiagram
                    beskrivning={`Liggande stapeldiagram: avvikelser per status i ${omradetsNamn}, ${period}, i arbetsgångens ordning. Samma siffror finns i tabellen Avvikelser per status.`}
                    staplar={statusar.map((stapel) => ({ nyckel: stapel.status, namn: stapel.namn, varde: stapel.antal }))}
                    grans={grans}
                  />
                  <Teckenforklaring grans={grans} />
                </div>
                <AntalTabell
                  caption="Avvikelser per status"
                  kolumn="Status"
                  rader={statusar.map((stapel) => ({ key: stapel.status, namn: stapel.namn, antal: stapel.antal }))}
                />
              </div>
            ) : (
              <Laddar vad="avvikelserna per status" />
            )}
          </section>

          <section aria-labelledby="avvikelser-enheter">
            <h2 id="avvikelser-enheter">Rapporterande enheter</h2>
            {fordelning.status === 'fel' ? (
              <Fel problems={fordelning.problems} onRetry={fordelning.refetch} />
            ) : enheter && fordelningsdata ? (
              <PerEnhet
                enheter={enheter}
                namnKompletta={enhetsnamnKompletta(fordelningsdata.naromraden)}
                grans={grans}
                omradetsNamn={omradetsNamn}
                period={period}
              />
            ) : (
              <Laddar vad="avvikelserna per enhet" />
            )}
          </section>

          <section aria-labelledby="avvikelser-riktning">
            <h2 id="avvikelser-riktning">Vem rapporterar vem</h2>
            <p className="hjalp">
              Rapporterande → mottagande huvudman. Mörkare cell: fler avvikelser; randig cell: färre än {grans}. Kommuner utan avvikelser under perioden finns
              inte med.
            </p>
            {riktning.rader.length === 0 && riktning.ovriga.length === 0 ? (
              <Tomt>Inga avvikelser att visa per riktning.</Tomt>
            ) : (
              <Riktningstabell matris={riktning} caption={`Avvikelser per riktning, ${omradetsNamn}, ${period}`} />
            )}
          </section>
        </>
      )}

      <section aria-labelledby="avvikelser-aterkoppling">
        <h2 id="avvikelser-aterkoppling">Tid till återkoppling</h2>
        <p className="hjalp">
          Dagar från att den mottagande huvudmannen tog emot avvikelsen till återkopplingen, för dem som återkopplats. Återkoppling ska ske inom{' '}
          {aterkopplingsfristDagar} dagar.
        </p>
        <div className="avvikelser-diagram-och-tabell">
          <LiggandeStapeldiagram
            beskrivning={`Liggande stapeldiagram: dagar till återkoppling i ${omradetsNamn}, median och 90:e percentilen för ${period} och föregående period, med gränsen ${aterkopplingsfristDagar} dagar markerad. Samma siffror finns i tabellen Tid till återkoppling.`}
            staplar={[
              { nyckel: 'median', namn: 'Median', varde: aktuell.medianDagar },
              { nyckel: 'median-foregaende', namn: 'Median, föreg.', varde: foregaende?.medianDagar ?? saknas, jamforelse: true },
              { nyckel: 'p90', namn: '90:e percentilen', varde: aktuell.percentil90Dagar },
              { nyckel: 'p90-foregaende', namn: '90:e perc., föreg.', varde: foregaende?.percentil90Dagar ?? saknas, jamforelse: true },
            ]}
            grans={grans}
            formatera={(dagar) => `${formatEnDecimal(dagar)} dagar`}
            undertrycktSomStapel={false}
            referens={{ varde: aterkopplingsfristDagar, etikett: `Gräns ${aterkopplingsfristDagar} dagar` }}
          />
          <table>
            <caption>Tid till återkoppling</caption>
            <thead>
              <tr>
                <th scope="col">Mått</th>
                <th scope="col" className="tal">
                  Vald period
                </th>
                <th scope="col" className="tal">
                  Föregående period
                </th>
              </tr>
            </thead>
            <tbody>
              <Jamforelserad namn="Återkopplade avvikelser" aktuell={aktuell} foregaende={foregaende} matt={(o) => o.aterkopplade} />
              <Jamforelserad namn="Median (dagar)" aktuell={aktuell} foregaende={foregaende} matt={(o) => o.medianDagar} formatera={formatEnDecimal} />
              <Jamforelserad namn="90:e percentilen (dagar)" aktuell={aktuell} foregaende={foregaende} matt={(o) => o.percentil90Dagar} formatera={formatEnDecimal} />
              <Jamforelserad namn="Andel med försenad återkoppling" aktuell={aktuell} foregaende={foregaende} matt={(o) => o.andelForsenade} formatera={formatProcent} />
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

const saknas: Matvarde = { typ: 'saknas' };

function Kort({ etikett, varde, formatera }: { etikett: string; varde: Matvarde; formatera?: (varde: number) => string }) {
  return (
    <div>
      <span className="siffra">
        <MatvardeText varde={varde} {...(formatera ? { formatera } : {})} />
      </span>
      <span className="etikett">{etikett}</span>
    </div>
  );
}

function Jamforelserad({
  namn,
  aktuell,
  foregaende,
  matt,
  formatera,
}: {
  namn: string;
  aktuell: Oversikt;
  foregaende: Oversikt | null;
  matt(oversikt: Oversikt): Matvarde;
  formatera?: (varde: number) => string;
}) {
  const format = formatera ? { formatera } : {};
  return (
    <tr>
      <th scope="row">{namn}</th>
      <td className="tal">
        <MatvardeText varde={matt(aktuell)} {...format} />
      </td>
      <td className="tal">
        <MatvardeText varde={foregaende ? matt(foregaende) : saknas} {...format} />
      </td>
    </tr>
  );
}
