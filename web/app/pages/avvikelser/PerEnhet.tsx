// Avvikelser per reporting unit: a chart of the units that reported most (a
// county has hundreds of units, too many bars to read) beside a scrollable
// table of every unit, with the same numbers.
import { Tomt } from '../../components/OperationStatus.js';
import { AntalTabell } from './AntalTabell.js';
import type { Enhetsstapel } from './enhetsserie.js';
import { LiggandeStapeldiagram } from './LiggandeStapeldiagram.js';
import { Teckenforklaring } from './Teckenforklaring.js';

/** Bars the chart shows at most; the table has every unit. */
export const enheterIDiagrammet = 15;

export function PerEnhet({
  enheter,
  namnKompletta,
  grans,
  omradetsNamn,
  period,
}: {
  enheter: readonly Enhetsstapel[];
  /** False when the region did not answer: vårdcentraler are then shown by HSA-id too. */
  namnKompletta: boolean;
  grans: number;
  omradetsNamn: string;
  period: string;
}) {
  const caption = 'Avvikelser per rapporterande enhet';
  const storsta = enheter.slice(0, enheterIDiagrammet);
  return (
    <>
      <p className="hjalp">
        Enheten som rapporterade avvikelsen. Vårdcentraler visas med namn; kommunernas enheter har inget namn i Samsyn och visas med HSA-id. Enheter utan
        avvikelser under perioden finns inte med.
        {namnKompletta ? null : ' Vårdcentralernas namn kunde inte hämtas just nu (regionens tjänst svarar inte), så de visas också med HSA-id.'}
      </p>
      {enheter.length === 0 ? (
        <Tomt>Inga avvikelser att visa per enhet.</Tomt>
      ) : (
        <div className="avvikelser-diagram-och-tabell">
          <div>
            <LiggandeStapeldiagram
              beskrivning={`Liggande stapeldiagram: avvikelser per rapporterande enhet i ${omradetsNamn}, ${period}, ${
                enheter.length > storsta.length ? `de ${storsta.length} enheter som rapporterat flest` : 'flest först'
              }. Samma siffror finns i tabellen ${caption}.`}
              staplar={storsta.map((stapel) => ({ nyckel: stapel.hsaId, namn: stapel.namn, varde: stapel.antal }))}
              grans={grans}
              etikettbredd={300}
            />
            <Teckenforklaring grans={grans} />
            {enheter.length > storsta.length ? (
              <p className="hjalp">
                Diagrammet visar de {storsta.length} enheter som rapporterat flest; tabellen har alla {enheter.length}.
              </p>
            ) : null}
          </div>
          {/* Focusable so that keyboard users can scroll a long list. */}
          <div className="avvikelser-rullista" tabIndex={0} role="region" aria-label={`${caption}, rullningsbar lista`}>
            <AntalTabell caption={caption} kolumn="Enhet" rader={enheter.map((stapel) => ({ key: stapel.hsaId, namn: stapel.namn, antal: stapel.antal }))} />
          </div>
        </div>
      )}
    </>
  );
}
