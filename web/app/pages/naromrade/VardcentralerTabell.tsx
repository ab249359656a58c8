// The vårdcentraler sharing närområdesansvar, with their läkare, listed
// patients and the läkarmedverkan they have taken on in the plan.
import type { OperationProblems } from '../../graphql/operationProblems.js';
import type { Naromrade } from './agenda/dagordningsunderlag.js';
import { lakarmedverkanPerVardcentral } from './lakarmedverkan.js';
import { saknasOrsak } from './saknasOrsak.js';
import { Saknat } from './Saknat.js';
import { formatHeltal, formatDecimal } from '../../format/tal.js';
import { driftsformNamn } from '../../format/kodnamn.js';
import { Rullyta } from '../../components/Rullyta.js';

export function VardcentralerTabell({ naromrade, problems }: { naromrade: Naromrade; problems: OperationProblems }) {
  if (naromrade.vardcentraler === null) {
    return (
      <p>
        Vårdcentralerna kan inte visas: <Saknat saknas={saknasOrsak(problems, 'naromrade.vardcentraler', 'vgr')} />.
      </p>
    );
  }
  if (naromrade.vardcentraler.length === 0) return <p className="tomt">Inga vårdcentraler har närområdesansvar här.</p>;
  const platser = new Map((naromrade.boenden ?? []).map((boende) => [boende.id, boende.antalPlatser]));
  const perVardcentral = lakarmedverkanPerVardcentral(
    (naromrade.naromradesplan?.boendeansvar ?? []).map((ansvar) => ({
      vardcentralHsaId: ansvar.ansvarigVardcentral?.hsaId ?? null,
      timmarPerVecka: ansvar.lakarmedverkanTimmarPerVecka,
      antalPlatser: ansvar.boende ? (platser.get(ansvar.boende.id) ?? null) : null,
    })),
  );
  return (
    <Rullyta etikett="Vårdcentraler med närområdesansvar">
      <table>
        <caption>Vårdcentraler med närområdesansvar</caption>
        <thead>
          <tr>
            <th scope="col">Vårdcentral</th>
            <th scope="col">Driftsform</th>
            <th scope="col" className="tal">
              Läkare
            </th>
            <th scope="col" className="tal">
              Listade invånare
            </th>
            <th scope="col" className="tal">
              Boenden med ansvar
            </th>
            <th scope="col" className="tal">
              Läkarmedverkan h/vecka
            </th>
            <th scope="col" className="tal">
              Per plats och vecka
            </th>
          </tr>
        </thead>
        <tbody>
          {naromrade.vardcentraler.map((vardcentral) => {
            const ansvar = perVardcentral.get(vardcentral.hsaId);
            return (
              <tr key={vardcentral.hsaId}>
                <th scope="row">{vardcentral.namn}</th>
                <td>{driftsformNamn[vardcentral.driftsform]}</td>
                <td className="tal">{vardcentral.lakare.length}</td>
                <td className="tal">{vardcentral.antalListade === null ? <span className="ej-tillgangligt">inte rapporterat</span> : formatHeltal(vardcentral.antalListade)}</td>
                <td className="tal">{ansvar?.antalBoenden ?? 0}</td>
                <td className="tal">{formatDecimal(ansvar?.timmarPerVecka ?? 0)}</td>
                <td className="tal">{ansvar?.timmarPerPlats != null ? `${formatDecimal(ansvar.timmarPerPlats)} h` : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Rullyta>
  );
}
