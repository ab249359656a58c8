// The Närområde page (the NOSAM view): pick a närområde, see its plan with
// boenden, vårdcentraler, läkarmedverkan and gaps, the plan's history and the
// difference between two versions, teams, patient counts, avvikelser and
// åtgärder, NOSAM meetings (recorded here) and a generated dagordning.
import { useEffect, useMemo, useState } from 'react';
import { Delvis, Fel, Laddar, Tomt } from '../../components/OperationStatus.js';
import { kommunkodOfNaromrade, NaromradeValjare } from '../../components/NaromradeValjare.js';
import { OkantNaromrade } from '../../components/OkantNaromrade.js';
import { NaromradeVyAvvikelserDocument, NaromradeVyKommunDocument, NaromradeVyPlanDocument, NaromradeVySipDocument, NaromradeVyTeamDocument } from '../../generated/graphql.js';
import { hasProblems, type OperationProblems } from '../../graphql/operationProblems.js';
import { useOperation } from '../../graphql/useOperation.js';
import type { Route } from '../../routing/route.js';
import { updateParams } from '../../routing/useRoute.js';
import { analysperiod } from './agenda/aterkommandeKategorier.js';
import { dagordningsunderlag } from './agenda/dagordningsunderlag.js';
import { generateAgenda } from './agenda/generateAgenda.js';
import { AtgarderTabell } from './AtgarderTabell.js';
import { AvvikelserSektion } from './AvvikelserSektion.js';
import { MotenSektion } from './moten/MotenSektion.js';
import { PlanRedigering } from './PlanRedigering.js';
import { Presentationslage } from './Presentationslage.js';
import { useSession } from '../../session/SessionContext.js';
import { Motesforberedelse } from './Motesforberedelse.js';
import { lasPlanering, moteRubrik, rader, sparaPlanering, tomPlanering, type Motesplanering } from './agenda/motesplanering.js';
import { Dagordning, SkrivUtDagordning } from './Dagordning.js';
import { dagISverige } from './datum.js';
import { NarsjukvardsteamLista } from './NarsjukvardsteamLista.js';
import { Oversikt } from './Oversikt.js';
import { PlanHistorik } from './PlanHistorik.js';
import { PlanTabell } from './PlanTabell.js';
import { VardcentralerTabell } from './VardcentralerTabell.js';
import { saknasOrsak } from './saknasOrsak.js';
import { Saknat } from './Saknat.js';

/** Every service that did not answer, across the page's operations, once each. */
function sammanslagnaProblem(...alla: (OperationProblems | null)[]): OperationProblems {
  const problems: OperationProblems = { unavailable: [], refused: [], unauthenticated: false, other: [] };
  for (const del of alla) {
    if (!del) continue;
    for (const part of del.unavailable) if (!problems.unavailable.some((known) => known.subgraph === part.subgraph)) problems.unavailable.push(part);
  }
  return problems;
}

export function NaromradePage({ route }: { route: Route }) {
  const id = route.params['id'] ?? null;
  const idag = useMemo(() => dagISverige(new Date()), []);
  const [moteBesked, setMoteBesked] = useState<string | null>(null);
  const [planBesked, setPlanBesked] = useState<string | null>(null);
  const [redigerarPlan, setRedigerarPlan] = useState(false);
  /** The section shown in presentation mode; null when not presenting. */
  const [visadDel, setVisadDel] = useState<number | null>(null);
  const dold = (del: number) => visadDel !== null && visadDel !== del;
  const { session } = useSession();
  // The server decides (nosam or vårdpersonal of the region or the närområde's kommun); this only hides a button that would be refused.
  const kanAndraPlan = session.roller.some((roll) => roll === 'nosam' || roll === 'vardpersonal') && (session.huvudman === 'VGR' || session.huvudman === (id ? kommunkodOfNaromrade(id) : null));
  const [planering, setPlanering] = useState<Motesplanering>(tomPlanering);
  useEffect(() => {
    setMoteBesked(null);
    setPlanBesked(null);
    setRedigerarPlan(false);
    setVisadDel(null);
    setPlanering(id ? lasPlanering(id) : tomPlanering);
  }, [id]);
  const period = useMemo(() => analysperiod(idag), [idag]);
  const plan = useOperation(NaromradeVyPlanDocument, id ? { id } : null);
  const avvikelser = useOperation(NaromradeVyAvvikelserDocument, id ? { id, analysFran: period.fran, analysTill: period.till } : null);
  const sip = useOperation(NaromradeVySipDocument, id ? { id } : null);
  const kommunkod = id ? kommunkodOfNaromrade(id) : null;
  const kommun = useOperation(NaromradeVyKommunDocument, kommunkod ? { kommunkod } : null);
  const team = useOperation(NaromradeVyTeamDocument, id ? {} : null);
  // The kommun's name comes from the kommun service; while it loads or when it is down, its code stands in.
  const kommunnamn = (kommun.status === 'klar' ? kommun.data.kommun?.namn : null) ?? `kommun ${kommunkod ?? ''}`;

  const naromrade = plan.status === 'klar' ? plan.data.naromrade : null;
  const valjare = <NaromradeValjare valt={id} onVal={(valt) => updateParams(route, { id: valt })} />;

  let innehall;
  if (!id) {
    innehall = <Tomt>Välj vårdsamverkansområde, kommun och närområde för att se närområdesplanen och dagordningen.</Tomt>;
  } else if (plan.status === 'vilande' || plan.status === 'laddar') {
    innehall = <Laddar vad="närområdet" />;
  } else if (plan.status === 'fel') {
    innehall = <Fel problems={plan.problems} onRetry={plan.refetch} />;
  } else if (!naromrade) {
    // The närområde itself comes from samverkan: without it there is no plan to show.
    innehall = hasProblems(plan.problems) ? <Fel problems={plan.problems} onRetry={plan.refetch} /> : <OkantNaromrade />;
  }

  return (
    <div className={visadDel === null ? 'naromrade-sida' : 'naromrade-sida presentation'}>
      <h1>{naromrade?.namn ?? 'Närområde'}</h1>
      {naromrade ? (
        <p className="ingress">
          {kommunnamn} · {naromrade.vardsamverkansomrade.namn} · underlag per {idag}
        </p>
      ) : (
        <p className="ingress">Närområdessamverkan (NOSAM): planen, resurserna och dagordningen för nästa möte.</p>
      )}
      {visadDel === null ? valjare : null}
      {naromrade && plan.status === 'klar' ? (
        visadDel === null ? (
          <button type="button" className="sekundar inte-utskrift" onClick={() => setVisadDel(0)}>
            Presentationsläge
          </button>
        ) : (
          <Presentationslage del={visadDel} onDel={setVisadDel} onAvsluta={() => setVisadDel(null)} />
        )
      ) : null}
      {innehall ?? visaNaromrade()}
    </div>
  );

  // A render function, not a component (a component declared here would remount on every render): it reads the loaded answers directly.
  function visaNaromrade() {
    if (!naromrade || plan.status !== 'klar') return null;
    const planProblems = plan.problems;
    const klart = avvikelser.status !== 'vilande' && avvikelser.status !== 'laddar' && sip.status !== 'vilande' && sip.status !== 'laddar';
    const punkter =
      klart && (avvikelser.status === 'klar' || avvikelser.status === 'fel') && (sip.status === 'klar' || sip.status === 'fel')
        ? generateAgenda(
            dagordningsunderlag({
              idag,
              manader: period.manader,
              naromrade,
              planProblems,
              avvikelser,
              sip,
              nastaMote: { datum: planering.datum || null, egnaPunkter: rader(planering.egnaPunkter) },
            }),
          )
        : null;
    const delvis = sammanslagnaProblem(
      planProblems,
      ...[avvikelser, sip, kommun, team].map((state) => (state.status === 'klar' || state.status === 'fel' ? state.problems : null)),
    );
    const planen = naromrade.naromradesplan;
    return (
      <>
        <Delvis problems={{ ...delvis, other: planProblems.other }} />
        <section aria-labelledby="naromrade-oversikt" hidden={dold(0)}>
          <h2 id="naromrade-oversikt">Översikt</h2>
          <Oversikt naromrade={naromrade} problems={planProblems} sip={sip} />
        </section>
        <section className="naromrade-dagordning" aria-labelledby="naromrade-dagordning" hidden={dold(1)}>
          <div className="rad naromrade-rubrikrad">
            <h2 id="naromrade-dagordning">Dagordning</h2>
            <SkrivUtDagordning disabled={punkter === null} />
          </div>
          <Motesforberedelse
            planering={planering}
            onAndra={(ny) => {
              setPlanering(ny);
              sparaPlanering(naromrade.id, ny);
            }}
          />
          {punkter ? (
            <Dagordning rubrik={`NOSAM ${naromrade.namn} (${kommunnamn}) · underlag per ${idag}`} mote={moteRubrik(planering)} inbjudna={rader(planering.inbjudna)} punkter={punkter} />
          ) : (
            <Laddar vad="underlaget för dagordningen" />
          )}
        </section>
        <section aria-labelledby="naromrade-moten" hidden={dold(2)}>
          <h2 id="naromrade-moten">NOSAM-möten</h2>
          <MotenSektion
            naromradeId={naromrade.id}
            kommunkod={naromrade.kommun?.kod ?? kommunkod ?? ''}
            kommunnamn={kommunnamn}
            idag={idag}
            moten={naromrade.moten}
            besked={moteBesked}
            onRegistrerat={(datum) => {
              setMoteBesked(`Mötet ${datum} är registrerat. Dagordningen och åtgärderna visar nu dess beslut.`);
              plan.refetch();
            }}
          />
        </section>
        <section aria-labelledby="naromrade-plan" hidden={dold(3)}>
          <h2 id="naromrade-plan">Närområdesplan</h2>
          {planen ? (
            <p>
              Version {planen.version}, gäller från {planen.giltigFran} (fastställd {planen.faststalldDatum}).
            </p>
          ) : (
            <p className="meddelande delvis">
              <strong>Ingen närområdesplan gäller i dag.</strong> Alla boenden saknar därför ansvarig vårdcentral.
            </p>
          )}
          {naromrade.boenden === null ? (
            <p className="meddelande delvis">
              Boendenas namn och platser saknas (<Saknat saknas={saknasOrsak(planProblems, 'naromrade.boenden', 'kommun')} />
              ), så luckor i boendeansvar kan inte avgöras. Planens rader visas.
            </p>
          ) : null}
          {planBesked ? (
            <p className="meddelande ok" role="status">
              {planBesked}
            </p>
          ) : null}
          {kanAndraPlan && !redigerarPlan ? (
            <button type="button" className="inte-utskrift" onClick={() => setRedigerarPlan(true)}>
              Ändra planen (ny version)
            </button>
          ) : null}
          {redigerarPlan ? (
            <PlanRedigering
              naromrade={naromrade}
              idag={idag}
              onAvbryt={() => setRedigerarPlan(false)}
              onFaststalld={(version, giltigFran) => {
                setRedigerarPlan(false);
                setPlanBesked(`Version ${version} är fastställd och gäller från ${giltigFran}. Planens historik visar skillnaden mot den förra.`);
                plan.refetch();
              }}
            />
          ) : (
            <PlanTabell naromrade={naromrade} problems={planProblems} />
          )}
        </section>
        <section aria-labelledby="naromrade-historik" hidden={dold(4)} data-testid="planens-historik">
          <h2 id="naromrade-historik">Planens historik</h2>
          <PlanHistorik key={naromrade.id} naromradeId={naromrade.id} />
        </section>
        <section aria-labelledby="naromrade-atgarder" hidden={dold(5)}>
          <h2 id="naromrade-atgarder">Åtgärder</h2>
          <AtgarderTabell naromrade={naromrade} idag={idag} />
        </section>
        <section aria-labelledby="naromrade-avvikelser" hidden={dold(6)}>
          <h2 id="naromrade-avvikelser">Avvikelser</h2>
          <AvvikelserSektion state={avvikelser} idag={idag} manader={period.manader} onRetry={avvikelser.refetch} />
        </section>
        <section aria-labelledby="naromrade-vardcentraler" hidden={dold(7)}>
          <h2 id="naromrade-vardcentraler">Vårdcentraler</h2>
          <VardcentralerTabell naromrade={naromrade} problems={planProblems} />
        </section>
        <section aria-labelledby="naromrade-team" hidden={dold(8)}>
          <h2 id="naromrade-team">Närsjukvårdsteam</h2>
          <NarsjukvardsteamLista state={team} kommunkod={naromrade.kommun?.kod ?? kommunkod ?? ''} kommunnamn={kommunnamn} />
        </section>
      </>
    );
  }
}
