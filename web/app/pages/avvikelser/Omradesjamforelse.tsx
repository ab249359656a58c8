// The chosen area and the one compared with, side by side for the same period:
// totals, rates per inhabitant, time to återkoppling and share overdue.
import { Fel, Laddar } from '../../components/OperationStatus.js';
import { formatEnDecimal, formatHeltal, formatProcent } from '../../format/tal.js';
import type { OperationProblems } from '../../graphql/operationProblems.js';
import type { Format, Jamforelserad } from './jamforelse.js';
import { MatvardeText } from './MatvardeText.js';

const formatering: Record<Format, (varde: number) => string> = { heltal: formatHeltal, endecimal: formatEnDecimal, procent: formatProcent };

export type Jamforelsetillstand =
  | { status: 'laddar' }
  | { status: 'fel'; problems: OperationProblems; refetch(): void }
  | { status: 'klar'; rader: Jamforelserad[] };

export function Omradesjamforelse({ namn, period, tillstand }: { namn: [string, string]; period: string; tillstand: Jamforelsetillstand }) {
  return (
    <section aria-labelledby="avvikelser-jamforelse" data-testid="avvikelser-jamforelse">
      <h2 id="avvikelser-jamforelse">Jämförelse mellan områden</h2>
      {tillstand.status === 'laddar' ? (
        <Laddar vad="jämförelsen" />
      ) : tillstand.status === 'fel' ? (
        <Fel problems={tillstand.problems} onRetry={tillstand.refetch} />
      ) : (
        <>
          <table>
            <caption>
              Jämförelse {period}: {namn[0]} och {namn[1]}
            </caption>
            <thead>
              <tr>
                <th scope="col">Mått</th>
                <th scope="col" className="tal">
                  {namn[0]}
                </th>
                <th scope="col" className="tal">
                  {namn[1]}
                </th>
              </tr>
            </thead>
            <tbody>
              {tillstand.rader.map((rad) => (
                <tr key={rad.nyckel}>
                  <th scope="row">{rad.namn}</th>
                  {rad.varden.map((varde, index) => (
                    <td key={index} className="tal">
                      <MatvardeText varde={varde} formatera={formatering[rad.format]} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hjalp">Samma period för båda områdena. Talen per invånare räknas på samma befolkning som ovan (källan står under Avvikelser per invånare).</p>
        </>
      )}
    </section>
  );
}
