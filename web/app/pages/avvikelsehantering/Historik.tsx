// Every stored step of an avvikelse, oldest first: who, for which unit and
// huvudman, when, the status change and the comment (the återkoppling, a reason).
import { avvikelseStatusNamn, handelseNamn } from '../../format/kodnamn.js';
import { formatTid } from '../../format/tid.js';
import type { AvvikelseArendeFaltFragment } from '../../generated/graphql.js';
import { Rullyta } from '../../components/Rullyta.js';

export function Historik({ handelser }: { handelser: AvvikelseArendeFaltFragment['handelser'] }) {
  return (
    <section aria-labelledby="historik">
      <h2 id="historik">Historik</h2>
      <Rullyta etikett="Alla steg, äldst först">
        <table data-testid="historik">
          <caption>Alla steg, äldst först</caption>
          <thead>
            <tr>
              <th scope="col">Tid</th>
              <th scope="col">Steg</th>
              <th scope="col">Status</th>
              <th scope="col">Av</th>
              <th scope="col">Enhet</th>
              <th scope="col">Kommentar</th>
            </tr>
          </thead>
          <tbody>
            {handelser.map((handelse) => (
              <tr key={handelse.version}>
                <td>{formatTid(handelse.tid)}</td>
                <th scope="row">{handelseNamn(handelse.handling)}</th>
                <td>
                  {handelse.franStatus && handelse.franStatus !== handelse.tillStatus ? `${avvikelseStatusNamn[handelse.franStatus]} → ` : ''}
                  {avvikelseStatusNamn[handelse.tillStatus]}
                </td>
                <td>{handelse.utfordAv}</td>
                <td>
                  {handelse.organisationHsaId}
                  {handelse.huvudman ? ` (${handelse.huvudman.namn})` : ''}
                </td>
                <td className="kommentar">{handelse.kommentar ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Rullyta>
    </section>
  );
}
