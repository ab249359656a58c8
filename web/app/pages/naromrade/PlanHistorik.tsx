// "Planens historik" on the NOSAM page: every version of the närområdesplan
// with who adopted it, and the difference between two chosen versions (by
// default the one before the version in force against it), as the server
// computes it: boenden added, removed and changed, field by field.
import { useState, type ChangeEvent } from 'react';
import { Delvis, Fel, Laddar, Tomt } from '../../components/OperationStatus.js';
import { Rullyta } from '../../components/Rullyta.js';
import { rondfrekvensNamn } from '../../format/kodnamn.js';
import { formatDecimal } from '../../format/tal.js';
import { NaromradePlanhistorikDocument, NaromradePlanskillnadDocument, type NaromradePlanskillnadQuery, type PlanskillnadRadFragment } from '../../generated/graphql.js';
import type { OperationProblems } from '../../graphql/operationProblems.js';
import { useOperation } from '../../graphql/useOperation.js';
import { faltrad, standardJamforelse, type Jamforelse } from './planjamforelse.js';
import { saknasOrsak } from './saknasOrsak.js';
import { Saknat } from './Saknat.js';

type Skillnad = NonNullable<NonNullable<NaromradePlanskillnadQuery['naromrade']>['naromradesplanSkillnad']>;

export function PlanHistorik({ naromradeId }: { naromradeId: string }) {
  const historik = useOperation(NaromradePlanhistorikDocument, { id: naromradeId });
  const [valt, setValt] = useState<Jamforelse | null>(null);
  const naromrade = historik.status === 'klar' ? historik.data.naromrade : null;
  const versioner = naromrade?.naromradesplaner ?? [];
  const jamforelse = valt ?? standardJamforelse(versioner.map((plan) => plan.version), naromrade?.naromradesplan?.version ?? null);
  const skillnad = useOperation(NaromradePlanskillnadDocument, jamforelse && jamforelse.fran !== jamforelse.till ? { id: naromradeId, fran: jamforelse.fran, till: jamforelse.till } : null);

  if (historik.status === 'vilande' || historik.status === 'laddar') return <Laddar vad="planens historik" />;
  if (historik.status === 'fel') return <Fel problems={historik.problems} onRetry={historik.refetch} />;
  if (versioner.length === 0) return <Tomt>Ingen närområdesplan har fastställts.</Tomt>;

  const iKraft = naromrade?.naromradesplan?.version ?? null;
  const valj = (del: keyof Jamforelse) => (event: ChangeEvent<HTMLSelectElement>) => {
    if (jamforelse) setValt({ ...jamforelse, [del]: Number(event.target.value) });
  };
  return (
    <>
      <Rullyta etikett="Planens versioner">
        <table className="naromrade-plan">
          <caption>Planens versioner, senaste först</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Giltig</th>
              <th scope="col">Fastställd</th>
              <th scope="col">Fastställd av</th>
            </tr>
          </thead>
          <tbody>
            {versioner.map((plan) => (
              <tr key={plan.id} data-testid={`planversion-${plan.version}`}>
                <th scope="row">
                  {plan.version}
                  {plan.version === iKraft ? <span className="naromrade-undertext">gäller i dag</span> : null}
                </th>
                <td>
                  {plan.giltigFran} – {plan.giltigTill ?? 'tills vidare'}
                </td>
                <td>{plan.faststalldDatum}</td>
                <td>
                  {plan.faststalldAv ?? 'okänt'}
                  {plan.faststalldAvEnhet ? <span className="naromrade-undertext">enhet {plan.faststalldAvEnhet}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Rullyta>
      {jamforelse === null ? (
        <Tomt>Planen har bara en version; det finns inget att jämföra.</Tomt>
      ) : (
        <>
          <fieldset className="valjare">
            <legend>Jämför två versioner</legend>
            <label>
              Jämför version
              <select name="franVersion" value={jamforelse.fran} onChange={valj('fran')}>
                {versioner.map((plan) => (
                  <option key={plan.id} value={plan.version}>
                    {plan.version}
                  </option>
                ))}
              </select>
            </label>
            <label>
              med version
              <select name="tillVersion" value={jamforelse.till} onChange={valj('till')}>
                {versioner.map((plan) => (
                  <option key={plan.id} value={plan.version}>
                    {plan.version}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
          {jamforelse.fran === jamforelse.till ? (
            <Tomt>Välj två olika versioner för att se skillnaden.</Tomt>
          ) : skillnad.status === 'klar' && skillnad.data.naromrade?.naromradesplanSkillnad ? (
            <>
              <Delvis problems={skillnad.problems} />
              <SkillnadTabeller skillnad={skillnad.data.naromrade.naromradesplanSkillnad} problems={skillnad.problems} />
            </>
          ) : skillnad.status === 'klar' || skillnad.status === 'fel' ? (
            <Fel problems={skillnad.problems} onRetry={skillnad.refetch} />
          ) : (
            <Laddar vad="skillnaden mellan versionerna" />
          )}
        </>
      )}
    </>
  );
}

function SkillnadTabeller({ skillnad, problems }: { skillnad: Skillnad; problems: OperationProblems }) {
  const kommunSaknas = saknasOrsak(problems, null, 'kommun');
  const regionSaknas = saknasOrsak(problems, null, 'vgr');
  const versioner = `version ${skillnad.fran.version} → ${skillnad.till.version}`;
  const boende = (namn: { namn: string } | null, id: string | undefined) =>
    namn ? namn.namn : (
      <>
        <Saknat saknas={kommunSaknas} />
        <span className="naromrade-undertext">{id}</span>
      </>
    );
  const rader = (rubrik: string, lista: readonly PlanskillnadRadFragment[]) =>
    lista.length === 0 ? (
      <p className="tomt">{rubrik}: inga ({versioner}).</p>
    ) : (
      <Rullyta etikett={rubrik}>
        <table className="naromrade-plan">
          <caption>
            {rubrik} ({versioner})
          </caption>
          <thead>
            <tr>
              <th scope="col">Boende</th>
              <th scope="col">Vårdcentral</th>
              <th scope="col">Läkare</th>
              <th scope="col" className="tal">
                Läkarmedverkan h/vecka
              </th>
              <th scope="col">Rond</th>
              <th scope="col">Kontaktperson</th>
            </tr>
          </thead>
          <tbody>
            {lista.map((rad) => (
              <tr key={rad.id}>
                <th scope="row">{boende(rad.boende, rad.boendeNyckel?.id)}</th>
                <td>{rad.vardcentral?.namn ?? rad.vardcentralNyckel?.hsaId ?? <Saknat saknas={regionSaknas} />}</td>
                <td>{rad.lakare?.namn ?? rad.lakareNyckel?.hsaId ?? <Saknat saknas={regionSaknas} />}</td>
                <td className="tal">{formatDecimal(rad.lakarmedverkanTimmarPerVecka)}</td>
                <td>{rondfrekvensNamn[rad.rondfrekvens]}</td>
                <td>
                  {rad.kontaktperson.namn}
                  <span className="naromrade-undertext">{rad.kontaktperson.telefon}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Rullyta>
    );

  return (
    <>
      {rader('Tillagda boenden', skillnad.tillagdaBoendeansvar)}
      {rader('Borttagna boenden', skillnad.borttagnaBoendeansvar)}
      {skillnad.andradeBoendeansvar.length === 0 ? (
        <p className="tomt">Ändrade boenden: inga ({versioner}).</p>
      ) : (
        <Rullyta etikett="Ändrade boenden">
          <table className="naromrade-plan">
            <caption>Ändrade boenden ({versioner})</caption>
            <thead>
              <tr>
                <th scope="col">Boende</th>
                <th scope="col">Ändringar (fält: gammalt → nytt)</th>
              </tr>
            </thead>
            <tbody>
              {skillnad.andradeBoendeansvar.map((rad) => (
                <tr key={rad.boendeId} data-testid={`andrat-${rad.boendeId}`}>
                  <th scope="row">{boende(rad.boende, rad.boendeId)}</th>
                  <td>
                    <ul>
                      {rad.andringar.map((andring) => {
                        const text = faltrad(andring, rad.fore, rad.efter);
                        return (
                          <li key={andring.falt}>
                            {text.falt}: {text.gammalt} → {text.nytt}
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Rullyta>
      )}
    </>
  );
}
