// Avvikelser per inhabitant of the chosen area, for the period and the one
// before, with the population and its source under the table.
import { formatEnDecimal, formatHeltal } from '../../format/tal.js';
import { befolkningsmatt, perInvanare, type Omradesbefolkning } from './befolkning.js';
import { MatvardeText } from './MatvardeText.js';
import type { Matvarde } from './matvarde.js';
import type { Oversikt } from './oversikt.js';

export type Befolkningsval = { status: 'laddar' } | { status: 'saknas' } | { status: 'klar'; befolkning: Omradesbefolkning };

const saknas: Matvarde = { typ: 'saknas' };

export function Befolkningstal({
  befolkning,
  aktuell,
  foregaende,
  omradetsNamn,
}: {
  befolkning: Befolkningsval;
  aktuell: Oversikt;
  foregaende: Oversikt | null;
  omradetsNamn: string;
}) {
  const klar = befolkning.status === 'klar' ? befolkning.befolkning : null;
  return (
    <section aria-labelledby="avvikelser-per-invanare" data-testid="avvikelser-per-invanare">
      <h2 id="avvikelser-per-invanare">Avvikelser per invånare</h2>
      <table>
        <caption>Avvikelser per invånare, {omradetsNamn}</caption>
        <thead>
          <tr>
            <th scope="col">Mått</th>
            <th scope="col" className="tal">
              Befolkning
            </th>
            <th scope="col" className="tal">
              Vald period
            </th>
            <th scope="col" className="tal">
              Föregående period
            </th>
          </tr>
        </thead>
        <tbody>
          {befolkningsmatt.map((matt) => {
            const invanare = klar ? matt.invanare(klar) : null;
            return (
              <tr key={matt.nyckel}>
                <th scope="row">{matt.namn}</th>
                <td className="tal">{invanare === null ? <MatvardeText varde={saknas} /> : formatHeltal(invanare)}</td>
                <td className="tal">
                  <MatvardeText varde={perInvanare(aktuell.totalt, invanare, matt.per)} formatera={formatEnDecimal} />
                </td>
                <td className="tal">
                  <MatvardeText varde={foregaende ? perInvanare(foregaende.totalt, invanare, matt.per) : saknas} formatera={formatEnDecimal} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hjalp" data-testid="befolkning-kalla">
        {befolkning.status === 'laddar'
          ? 'Hämtar befolkningen …'
          : befolkning.status === 'saknas'
            ? 'Befolkningen för området kunde inte hämtas, så talen per invånare saknas.'
            : `Befolkning: ${befolkning.befolkning.kalla}${befolkning.befolkning.ungefarlig ? ', ungefärliga värden' : ''}. `}
        {klar?.kommunForNaromrade
          ? `Närområdet har ingen egen befolkningssiffra: talen räknas på befolkningen i hela kommunen (${klar.kommunForNaromrade}) och är ungefärliga. `
          : null}
        {klar ? 'Talen räknas från de avrundade antalen; ett undertryckt antal ger inget tal.' : null}
      </p>
    </section>
  );
}
