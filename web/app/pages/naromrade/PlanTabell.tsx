// The närområdesplan table: every boende with its places and occupancy, the
// responsible vårdcentral and läkare, the residents listed at another vårdcentral,
// läkarmedverkan per week and per place, round frequency and contact person;
// boenden without a vårdcentral marked as gaps.
import type { OperationProblems } from '../../graphql/operationProblems.js';
import type { Naromrade } from './agenda/dagordningsunderlag.js';
import { lakarmedverkanTotalt, minuterPerPlats, timmarPerPlats } from './lakarmedverkan.js';
import { planRader } from './planRader.js';
import { saknasOrsak } from './saknasOrsak.js';
import { AntalVarde, Saknat } from './Saknat.js';
import { formatHeltal, formatDecimal } from '../../format/tal.js';
import { boendeTypNamn, rondfrekvensNamn } from '../../format/kodnamn.js';
import { Rullyta } from '../../components/Rullyta.js';

function PerPlats({ timmar, platser }: { timmar: number; platser: number | null }) {
  const perPlats = timmarPerPlats(timmar, platser);
  if (perPlats === null) return <>–</>;
  return (
    <>
      {formatDecimal(perPlats)} h <span className="naromrade-minuter">({minuterPerPlats(timmar, platser)} min)</span>
    </>
  );
}

export function PlanTabell({ naromrade, problems }: { naromrade: Naromrade; problems: OperationProblems }) {
  const plan = naromrade.naromradesplan;
  const rader = planRader(naromrade.boenden, plan?.boendeansvar ?? [], naromrade.boendenUtanAnsvar);
  const kommunSaknas = saknasOrsak(problems, 'naromrade.boenden', 'kommun');
  const regionSaknas = saknasOrsak(problems, 'naromrade.naromradesplan.boendeansvar', 'vgr');
  const listningSaknas = saknasOrsak(problems, 'naromrade.boenden', 'vgr');
  const totalt = lakarmedverkanTotalt(
    rader.flatMap((rad) => (rad.ansvar ? [{ vardcentralHsaId: null, timmarPerVecka: rad.ansvar.lakarmedverkanTimmarPerVecka, antalPlatser: rad.boende?.antalPlatser ?? null }] : [])),
  );
  const platser = naromrade.boenden?.reduce((summa, boende) => summa + boende.antalPlatser, 0) ?? null;
  const belagda = naromrade.boenden?.reduce((summa, boende) => summa + boende.antalBelagdaPlatser, 0) ?? null;

  if (rader.length === 0) {
    return naromrade.boenden === null ? (
      <p>
        Boendena kan inte visas: <Saknat saknas={kommunSaknas} />.
      </p>
    ) : (
      <p className="tomt">Närområdet har inga boenden{plan ? ' och planen inga rader' : ''}.</p>
    );
  }

  return (
    <Rullyta etikett="Boenden och ansvarig vårdcentral">
      <table className="naromrade-plan">
        <caption>Boenden och ansvarig vårdcentral</caption>
        <thead>
          <tr>
            <th scope="col">Boende</th>
            <th scope="col" className="tal">
              Belagda platser
            </th>
            <th scope="col">Ansvarig vårdcentral</th>
            <th scope="col" className="tal">
              Boende listade vid annan vårdcentral
            </th>
            <th scope="col">Läkare</th>
            <th scope="col" className="tal">
              Läkarmedverkan h/vecka
            </th>
            <th scope="col" className="tal">
              Per plats och vecka
            </th>
            <th scope="col">Rond</th>
            <th scope="col">Kontaktperson</th>
          </tr>
        </thead>
        <tbody>
          {rader.map((rad) => (
            <tr key={rad.boendeId} className={rad.lucka ? 'lucka' : undefined} data-testid={`boende-${rad.boendeId}`}>
              <th scope="row">
                {rad.boende ? (
                  <>
                    {rad.boende.namn}
                    <span className="naromrade-undertext">{boendeTypNamn[rad.boende.typ]}</span>
                  </>
                ) : naromrade.boenden === null ? (
                  <>
                    <Saknat saknas={kommunSaknas} />
                    <span className="naromrade-undertext">{rad.boendeId}</span>
                  </>
                ) : (
                  <>
                    {rad.boendeId}
                    <span className="naromrade-undertext">finns inte längre i kommunens lista för närområdet</span>
                  </>
                )}
              </th>
              <td className="tal">
                {rad.boende ? (
                  `${formatHeltal(rad.boende.antalBelagdaPlatser)} av ${formatHeltal(rad.boende.antalPlatser)}`
                ) : naromrade.boenden === null ? (
                  <Saknat saknas={kommunSaknas} />
                ) : (
                  '–'
                )}
              </td>
              {rad.ansvar ? (
                <>
                  <td>{rad.ansvar.vardcentral ? rad.ansvar.vardcentral.namn : <Saknat saknas={regionSaknas} />}</td>
                  <td className="tal" data-testid="listade-annanstans">
                    {rad.boende ? <AntalVarde antal={rad.boende.antalInvanareListadeAnnanstans} saknas={listningSaknas} /> : <Saknat saknas={kommunSaknas} />}
                  </td>
                  <td>{rad.ansvar.lakare ? rad.ansvar.lakare.namn : <Saknat saknas={regionSaknas} />}</td>
                  <td className="tal">{formatDecimal(rad.ansvar.lakarmedverkanTimmarPerVecka)}</td>
                  <td className="tal">
                    {rad.boende ? <PerPlats timmar={rad.ansvar.lakarmedverkanTimmarPerVecka} platser={rad.boende.antalPlatser} /> : <Saknat saknas={kommunSaknas} />}
                  </td>
                  <td>{rondfrekvensNamn[rad.ansvar.rondfrekvens]}</td>
                  <td>
                    {rad.ansvar.kontaktperson.namn}
                    <span className="naromrade-undertext">{rad.ansvar.kontaktperson.telefon}</span>
                  </td>
                </>
              ) : (
                <td colSpan={7}>
                  <span className="etikett-varning">Lucka: saknar ansvarig vårdcentral</span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Summa</th>
            <td className="tal">{platser === null || belagda === null ? <Saknat saknas={kommunSaknas} /> : `${formatHeltal(belagda)} av ${formatHeltal(platser)}`}</td>
            <td colSpan={3}>
              {naromrade.boenden === null ? `${totalt.antalBoenden} boenden i planen` : `${totalt.antalBoenden} av ${rader.length} boenden har ansvarig vårdcentral`}
            </td>
            <td className="tal">{formatDecimal(totalt.timmarPerVecka)}</td>
            <td className="tal">{totalt.antalPlatser === null ? <Saknat saknas={kommunSaknas} /> : <PerPlats timmar={totalt.timmarPerVecka} platser={totalt.antalPlatser} />}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </Rullyta>
  );
}
