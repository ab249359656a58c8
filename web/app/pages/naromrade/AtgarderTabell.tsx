// The åtgärder of the närområdesplan with owner, responsible unit, due date and
// status; overdue ones (not done, due date passed) marked in words.
import type { Naromrade } from './agenda/dagordningsunderlag.js';
import { dagarMellan } from './datum.js';
import { atgardStatusNamn } from '../../format/kodnamn.js';
import { Rullyta } from '../../components/Rullyta.js';

export function AtgarderTabell({ naromrade, idag }: { naromrade: Naromrade; idag: string }) {
  const plan = naromrade.naromradesplan;
  if (!plan) return <p className="tomt">Ingen närområdesplan gäller, så det finns inga åtgärder.</p>;
  if (plan.atgarder.length === 0) return <p className="tomt">Planen har inga åtgärder.</p>;
  return (
    <Rullyta etikett="Åtgärder i närområdesplanen">
      <table>
        <caption>Åtgärder i närområdesplanen</caption>
        <thead>
          <tr>
            <th scope="col">Åtgärd</th>
            <th scope="col">Ägare</th>
            <th scope="col">Ansvarig enhet</th>
            <th scope="col">Sista datum</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {plan.atgarder.map((atgard) => {
            const forsenad = atgard.status !== 'KLAR' && atgard.sistaDatum < idag;
            return (
              <tr key={atgard.id} className={forsenad ? 'lucka' : undefined}>
                <th scope="row">{atgard.beskrivning}</th>
                <td>{atgard.agare.namn}</td>
                <td>{atgard.ansvarigEnhet}</td>
                <td>{atgard.sistaDatum}</td>
                <td>
                  {atgardStatusNamn[atgard.status]}
                  {forsenad ? <span className="etikett-varning">Försenad {dagarMellan(atgard.sistaDatum, idag)} dagar</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Rullyta>
  );
}
