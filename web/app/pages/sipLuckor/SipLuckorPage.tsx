// SIP-luckor: a worklist for vårdpersonal and samordningskoordinatorer of the
// närområde's patients with insatser from both huvudmän, and what their
// coordination lacks (an active SIP, a fast läkarkontakt). Patient-level: the
// user attests an access ground for other huvudmän's data before it is fetched.
import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import { AtkomstgrundValjare } from '../../components/AtkomstgrundValjare.js';
import { hamtatMed } from '../../components/atkomstgrundText.js';
import { kommunkodOfNaromrade, NaromradeValjare } from '../../components/NaromradeValjare.js';
import { OkantNaromrade } from '../../components/OkantNaromrade.js';
import { Rullyta } from '../../components/Rullyta.js';
import { Delvis, EjTillgangligt, Fel, Laddar, Tomt } from '../../components/OperationStatus.js';
import {
  SipLuckorArbetslistaDocument,
  SipLuckorNaromradeDocument,
  type SipLuckorArbetslistaQuery,
  type SipLuckorNaromradeQuery,
} from '../../generated/graphql.js';
import type { Atkomstgrund } from '../../graphql/executeOperation.js';
import { hasProblems, noProblems, type OperationProblems } from '../../graphql/operationProblems.js';
import { useOperation } from '../../graphql/useOperation.js';
import type { Route } from '../../routing/route.js';
import { formatRoute } from '../../routing/route.js';
import { updateParams } from '../../routing/useRoute.js';
import { useSession } from '../../session/SessionContext.js';
import { arbetslista, listPath, medAndradeSipar, type Arbetslisterad, type ListSip } from './arbetslista.js';
import { StartaSip } from './StartaSipFormular.js';
import { FoljSipFormular } from './FoljSipFormular.js';
import { aktivSip } from './foljSip.js';
import { sipStatusNamn } from '../../format/kodnamn.js';
import { localDate } from '../utforskare/exempelVariabler.js';
import { delarSomKraverAtkomstgrund, type Worklistdel } from './atkomstbehov.js';
import type { PartRead, UnreadReason } from './partRead.js';
import { samordningsluckor } from './samordningsluckor.js';
import { arbetslistaCsv, filtreraArbetslista, luckfilterFranParam } from './arbetslistaUrval.js';
import { ariaSort, nastaSortering, nastaUppfoljning, sorteraArbetslista, sorteringFranParams, sorteringNamn, sorteringParams, type Sortering, type Sorteringskolumn } from './arbetslistaSortering.js';
import { arbetslistaMinne, aterstallbar, medAndradSip, medOppnadPatient, nyArbetslista, type SparadArbetslista } from './arbetslistaMinne.js';
import { formatTid } from '../../format/tid.js';
import { laddaNer } from '../avvikelser/laddaNer.js';
import { beskrivBoende, beskrivHemsjukvard, beskrivHemtjanst, beskrivSipar, kortSiffra, luckaNamn, okandNamn, orsakNamn, utanNamn } from './sipLuckorTexter.js';
import { formatPersonnummer } from '../../format/personnummer.js';

type Naromrade = NonNullable<SipLuckorArbetslistaQuery['naromrade']>;
type Listsvar = { data: SipLuckorArbetslistaQuery; problems: OperationProblems };
type SparadLista = SparadArbetslista<SipLuckorNaromradeQuery, Listsvar>;

/** The form a row opens below it: start a SIP, or take its next step. */
type Formulartyp = 'STARTA' | 'FOLJ';

/** The page size the list asks for (the API's maximum). */
const maxListLength = 1000;

export function SipLuckorPage({ route }: { route: Route }) {
  const naromradeId = route.params['naromrade'] ?? null;
  const kommunkod = naromradeId === null ? null : kommunkodOfNaromrade(naromradeId);
  return (
    <>
      <h1>SIP-luckor</h1>
      <p className="ingress">
        Patienter i närområdet som har insatser från både regionen och kommunen, och vad som saknas för att samordna dem: en aktiv SIP och
        en fast läkarkontakt.
      </p>
      <div className="inte-utskrift">
        <NaromradeValjare valt={naromradeId} onVal={(id) => updateParams(route, { naromrade: id })} />
      </div>
      {naromradeId === null ? (
        <Tomt>Välj ett närområde för att se arbetslistan.</Tomt>
      ) : kommunkod === null ? (
        <OkantNaromrade />
      ) : (
        <NaromradetsArbetslista key={naromradeId} naromradeId={naromradeId} kommunkod={kommunkod} route={route} />
      )}
    </>
  );
}

/**
 * One närområde: its heading, the access ground, and the worklist once the
 * ground is confirmed (the choice resets with the närområde). Coming back from
 * a patient, the list remembered in this tab is shown as it was fetched, with
 * the ground it was fetched with; only the user's "Hämta igen" or a new ground
 * fetches it again.
 */
function NaromradetsArbetslista({ naromradeId, kommunkod, route }: { naromradeId: string; kommunkod: string; route: Route }) {
  const { session } = useSession();
  const [sparad] = useState(() => aterstallbar(arbetslistaMinne.las<SipLuckorNaromradeQuery, Listsvar>(), session.token, naromradeId, Date.now()));
  // The remembered list stays shown until the user fetches anew; the heading from memory stays for the page's life.
  const [visarSparad, setVisarSparad] = useState<SparadLista | null>(sparad);
  const rubrik = useOperation(SipLuckorNaromradeDocument, sparad ? null : { id: naromradeId, kommunkod });
  // undefined: not yet confirmed, so nothing patient-level is fetched.
  const [grund, setGrund] = useState<Atkomstgrund | null | undefined>(sparad ? sparad.grund : undefined);
  // Once fetched, the choice folds away to leave the list in view on a projector.
  const [andrarGrund, setAndrarGrund] = useState(false);
  const hamtad = useOperation(SipLuckorArbetslistaDocument, grund === undefined || visarSparad ? null : { id: naromradeId }, { atkomstgrund: grund ?? null });
  // "Bekräfta och hämta" folds the choice away with the button in it: the keyboard goes on to the result, not to <body>.
  const resultat = useRef<HTMLDivElement>(null);
  const [bekraftad, setBekraftad] = useState(0);
  useEffect(() => {
    if (bekraftad > 0) resultat.current?.focus();
  }, [bekraftad]);

  const rubrikData = sparad?.rubrik ?? (rubrik.status === 'klar' ? rubrik.data : null);
  const hamtadData = hamtad.status === 'klar' ? hamtad.data : null;
  const hamtadeProblem = hamtad.status === 'klar' ? hamtad.problems : noProblems;
  // Each new answer is what a return from a patient shows; an answer without the list is nothing to come back to.
  useEffect(() => {
    if (!hamtadData || !rubrikData) return;
    if (hamtadData.naromrade?.patienterMedInsatserFranBada) {
      arbetslistaMinne.spara(
        nyArbetslista({ anvandare: session.token, naromradeId, grund: grund ?? null, rubrik: rubrikData, svar: { data: hamtadData, problems: hamtadeProblem } }, Date.now()),
      );
    } else arbetslistaMinne.glom();
    // Saved once per answer: the ground and heading it was fetched with are those of that render.
  }, [hamtadData]);

  if (!rubrikData) {
    if (rubrik.status === 'fel') return <Fel problems={rubrik.problems} onRetry={rubrik.refetch} />;
    return <Laddar vad="närområdet" />;
  }
  const naromrade = rubrikData.naromrade;
  if (!naromrade) return <NaromradeSaknas problems={rubrik.status === 'klar' ? rubrik.problems : noProblems} onRetry={rubrik.refetch} />;
  // The kommun's name only words the texts; its service being down shows in the list below.
  const kommunnamn = rubrikData.kommun?.namn ?? `kommunen ${kommunkod}`;
  const lista = visarSparad ? { status: 'klar' as const, data: visarSparad.svar.data, problems: visarSparad.svar.problems, refetch: () => undefined } : hamtad;
  const hamtaIgen = () => {
    // Without a ground nothing is attested, so the same choice fetches again; nödåtkomst is confirmed anew for a new fetch.
    if (grund === null) {
      setVisarSparad(null);
      setBekraftad((antal) => antal + 1);
    } else setAndrarGrund(true);
  };

  return (
    <section aria-labelledby="sip-luckor-naromrade">
      <h2 id="sip-luckor-naromrade">{naromrade.namn}</h2>
      {grund === undefined || andrarGrund ? (
        <div className="inte-utskrift">
          <Atkomstbehov delar={delarSomKraverAtkomstgrund(session.huvudman, kommunkod)} kommunnamn={kommunnamn} />
          <AtkomstgrundValjare
            visaSamtycke={false}
            onBekrafta={(vald) => {
              setVisarSparad(null);
              setGrund(vald);
              setAndrarGrund(false);
              setBekraftad((antal) => antal + 1);
            }}
          />
        </div>
      ) : null}
      <div className="sip-luckor-resultat" ref={resultat} tabIndex={-1} role="region" aria-label="Arbetslistan">
        {grund !== undefined ? (
          <p className="rad sip-luckor-grund" data-testid="sip-luckor-grund">
            <span>{hamtatMed(grund)}</span>
            {andrarGrund ? null : (
              <button type="button" className="sekundar inte-utskrift" onClick={() => setAndrarGrund(true)}>
                Ändra åtkomstgrund
              </button>
            )}
          </p>
        ) : null}
        {visarSparad && !andrarGrund ? (
          <p className="rad sip-luckor-aterstalld" data-testid="sip-luckor-aterstalld">
            <span>
              Visar listan som den hämtades {formatTid(new Date(visarSparad.hamtad).toISOString())}, med de SIP:ar du startat eller ändrat här sedan dess. Den
              har inte hämtats på nytt.
            </span>
            <button type="button" className="sekundar inte-utskrift" onClick={hamtaIgen}>
              Hämta igen
            </button>
          </p>
        ) : null}
        {lista.status === 'vilande' ? (
          <p className="hjalp">Välj åtkomstgrund och tryck ”Bekräfta och hämta” för att hämta arbetslistan.</p>
        ) : lista.status === 'laddar' ? (
          <Laddar vad="arbetslistan" />
        ) : lista.status === 'fel' ? (
          <Fel problems={lista.problems} onRetry={lista.refetch} />
        ) : lista.data.naromrade ? (
          <Arbetslistan
            naromrade={lista.data.naromrade}
            // A list shown again from memory reads nothing with its ground: reading again is a new fetch, attested anew.
            grund={visarSparad ? null : (grund ?? null)}
            naromradeId={naromradeId}
            kommunkod={kommunkod}
            kommunnamn={kommunnamn}
            problems={lista.problems}
            route={route}
            sparad={visarSparad}
          />
        ) : (
          <NaromradeSaknas problems={lista.problems} onRetry={lista.refetch} />
        )}
      </div>
    </section>
  );
}

/** No närområde in the answer: unknown id, or samverkan (which owns närområden) did not answer. */
function NaromradeSaknas({ problems, onRetry }: { problems: OperationProblems; onRetry(): void }) {
  if (hasProblems(problems)) return <Fel problems={problems} onRetry={onRetry} />;
  return <OkantNaromrade />;
}

const delNamn: Record<Worklistdel, (kommunnamn: string) => string> = {
  LISTA_OCH_INSATSER: (kommunnamn) => `själva listan och kommunens insatser (hålls av ${kommunnamn})`,
  SIP: () => 'SIP (hålls av regionen och kommunen gemensamt)',
  REGIONENS_UPPGIFTER: () => 'listning och fast läkarkontakt (hålls av regionen)',
};

function Atkomstbehov({ delar, kommunnamn }: { delar: Worklistdel[]; kommunnamn: string }) {
  return (
    <div className="hjalp sip-luckor-atkomstbehov">
      <p>
        Listan är patientuppgifter: din egen huvudmans uppgifter ser du utan vidare, men en annan huvudmans uppgifter kräver åtkomstgrund.
        För hela listan finns bara nödåtkomst (granskas i efterhand): ett samtycke gäller en patient och anges för den patienten, när du
        startar en SIP. Varje huvudman loggar läsningen.
      </p>
      {delar.length > 0 ? (
        <p>
          För dig kräver åtkomstgrund: {delar.map((del) => delNamn[del](kommunnamn)).join('; ')}.{' '}
          {delar.includes('LISTA_OCH_INSATSER')
            ? 'Utan åtkomstgrund kan listan inte visas.'
            : 'Utan åtkomstgrund visas de som ”kräver åtkomstgrund” och luckor som bygger på dem som okända.'}
        </p>
      ) : null}
    </div>
  );
}

function Arbetslistan({
  naromrade,
  grund,
  naromradeId,
  kommunkod,
  kommunnamn,
  problems,
  route,
  sparad,
}: {
  naromrade: Naromrade;
  /** The ground a SIP is read again with after a conflict. */
  grund: Atkomstgrund | null;
  naromradeId: string;
  kommunkod: string;
  kommunnamn: string;
  problems: OperationProblems;
  /** The list's route: its filter (`visa`) and sort live there, so Back and a bookmark keep them. */
  route: Route;
  /** The remembered list this is, when shown again after a patient. */
  sparad: SparadLista | null;
}) {
  const { session } = useSession();
  // SIPs started or moved on this page since the list was read, per patient: only those rows change.
  const [andrade, setAndrade] = useState<ReadonlyMap<string, readonly ListSip[]>>(() => sparad?.andrade ?? new Map());
  // The patient whose "Starta SIP" form is open, and what was last done (said in that patient's row).
  const [oppen, setOppen] = useState<{ personnummer: string; typ: Formulartyp } | null>(null);
  const [utfort, setUtfort] = useState<{ personnummer: string; text: string } | null>(null);
  const [idag] = useState(() => localDate(new Date()));
  const filter = luckfilterFranParam(route.params['visa']);
  const sortering = sorteringFranParams(route.params);
  const sortera = (ny: Sortering) => updateParams(route, sorteringParams(ny));
  const andraSip = (personnummer: string, sip: ListSip) => {
    setAndrade((forra) => new Map(forra).set(personnummer, [...(forra.get(personnummer) ?? []), sip]));
    arbetslistaMinne.andra<SipLuckorNaromradeQuery, Listsvar>(session.token, naromradeId, (lista) => medAndradSip(lista, personnummer, sip));
  };
  const oppnaPatient = (personnummer: string) =>
    arbetslistaMinne.andra(session.token, naromradeId, (lista) => medOppnadPatient(lista, { personnummer, scrollY: window.scrollY, route }));
  // Back from a patient: where the page was, and the keyboard on the patient the user opened (in view, whatever the scroll).
  const [aterTill] = useState(() => sparad?.oppnad ?? null);
  useEffect(() => {
    if (!aterTill) return;
    window.scrollTo(0, aterTill.scrollY);
    const lank = document.getElementById(patientlankId(aterTill.personnummer));
    if (!lank) return;
    lank.focus({ preventScroll: true });
    const ruta = lank.getBoundingClientRect();
    if (ruta.top < 0 || ruta.bottom > window.innerHeight) lank.scrollIntoView({ block: 'center' });
  }, [aterTill]);
  const fetched = naromrade.patienterMedInsatserFranBada;
  if (fetched === null) return <ListanSaknas kommunnamn={kommunnamn} problems={problems} />;
  const patienter = medAndradeSipar(fetched, andrade);
  if (patienter.length === 0) {
    return (
      <>
        <Delvis problems={problems} />
        <Tomt>Inga patienter i {naromrade.namn} har insatser från båda huvudmännen.</Tomt>
      </>
    );
  }
  const lista = arbetslista(patienter, problems);
  const synliga = sorteraArbetslista(filtreraArbetslista(lista.rader, filter), sortering);
  const raknade = naromrade.antalPatienterMedInsatserFranBada?.varde ?? null;
  const dolda = raknade !== null && raknade > lista.antal ? raknade - lista.antal : 0;
  const nagotKraverGrund = problems.refused.some((refusal) => refusal.path.startsWith(`${listPath}.`));
  return (
    <>
      <Delvis problems={problems} />
      {patienter.length === maxListLength ? (
        <p className="meddelande delvis" role="status">
          Listan visar de första {maxListLength} patienterna (i personnummerordning). Resten hämtas genom API:et, sida för sida (argumenten first och after).
        </p>
      ) : null}
      <p className="sip-luckor-sammanfattning" data-testid="sip-luckor-sammanfattning">
        <strong>
          {lista.antal} patienter, varav {lista.medLucka} med lucka
        </strong>
        {lista.medOkantLage > 0 ? `, ${lista.medOkantLage} med okänt läge` : ''}.
      </p>
      <div className="kort">
        <div>
          <span className="siffra">{lista.antal}</span>
          <span className="etikett">patienter med insatser från båda</span>
        </div>
        {samordningsluckor.map((lucka) => (
          <div key={lucka} data-testid={`sip-luckor-antal-${lucka}`}>
            <span className="siffra">{kortSiffra(lista.perLucka[lucka])}</span>
            <span className="etikett">{utanNamn[lucka]}</span>
            {lista.perLucka[lucka].okant > 0 ? <span className="etikett sip-luckor-okand">okänt för {lista.perLucka[lucka].okant}</span> : null}
          </div>
        ))}
      </div>
      {dolda > 0 ? (
        <p className="hjalp">
          {dolda} {dolda === 1 ? 'patient' : 'patienter'} av de {raknade} som räknas i närområdet visas inte för dig: en spärr döljer kommunens
          uppgifter om dem.
        </p>
      ) : null}
      {nagotKraverGrund ? (
        <div className="meddelande delvis" role="status">
          Vissa uppgifter hålls av en annan huvudman och visas som ”kräver åtkomstgrund”. Välj ”Ändra åtkomstgrund” och nödåtkomst för
          att se dem (samtycke anges per patient); luckor som bygger på dem visas som okända tills dess.
        </div>
      ) : null}
      <div className="rad inte-utskrift">
        <label>
          Visa
          <select value={filter} aria-label="Visa" onChange={(event) => updateParams(route, { visa: event.target.value === 'ALLA' ? null : event.target.value })}>
            <option value="ALLA">Alla patienter</option>
            <option value="MED_LUCKA">Med någon lucka</option>
            {samordningsluckor.map((lucka) => (
              <option key={lucka} value={lucka}>
                {luckaNamn[lucka]} (även okänt läge)
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="sekundar" onClick={() => laddaNer(arbetslistaCsv(synliga, naromrade.namn, idag), `sip-luckor-${naromradeId}-${idag}.csv`)}>
          Ladda ner CSV
        </button>
      </div>
      <p className="hjalp" aria-live="polite" data-testid="sip-luckor-visade">
        Visar {synliga.length} av {lista.antal} patienter, sorterade efter {sorteringNamn[sortering.kolumn]} ({sortering.ordning === 'STIGANDE' ? 'stigande' : 'fallande'}).
      </p>
      <Rullyta etikett="Patienter med insatser från båda huvudmännen">
        <table className="sip-luckor">
          <caption>Patienter med insatser från båda huvudmännen</caption>
          <thead>
            <tr>
              <Sorteringsrubrik kolumn="PATIENT" sortering={sortering} onSortera={sortera}>
                Patient
              </Sorteringsrubrik>
              <th scope="col">Kommunens insatser</th>
              <Sorteringsrubrik kolumn="UPPFOLJNING" sortering={sortering} onSortera={sortera}>
                SIP, nästa uppföljning
              </Sorteringsrubrik>
              <th scope="col">Fast läkarkontakt</th>
              <Sorteringsrubrik kolumn="LUCKOR" sortering={sortering} onSortera={sortera}>
                Luckor
              </Sorteringsrubrik>
              <th scope="col">Åtgärd</th>
            </tr>
          </thead>
          <tbody>
            {synliga.map((rad) => (
              <Fragment key={rad.personnummer}>
                <Rad
                  rad={rad}
                  formularOppet={oppen?.personnummer === rad.personnummer}
                  utfort={utfort?.personnummer === rad.personnummer ? utfort.text : null}
                  onOppnaPatient={() => oppnaPatient(rad.personnummer)}
                  onOppna={(typ) => {
                    setOppen({ personnummer: rad.personnummer, typ });
                    setUtfort(null);
                  }}
                />
                {oppen?.personnummer === rad.personnummer && oppen.typ === 'FOLJ' && aktivSip(rad.sipar.read ? rad.sipar.value : null) ? (
                  <tr className="starta-sip-rad">
                    <td colSpan={6}>
                      <FoljSipFormular
                        personnummer={rad.personnummer}
                        sip={aktivSip(rad.sipar.read ? rad.sipar.value : null)!}
                        naromradeId={naromradeId}
                        listgrund={grund}
                        idag={idag}
                        onSteg={(sip) => {
                          andraSip(rad.personnummer, sip);
                          setOppen(null);
                          setUtfort({
                            personnummer: rad.personnummer,
                            text: `SIP ${sipStatusNamn[sip.status].toLowerCase()}${sip.nastaUppfoljning ? `, nästa uppföljning ${sip.nastaUppfoljning}` : ''}.`,
                          });
                        }}
                        onOmlast={(sip) => andraSip(rad.personnummer, sip)}
                        onAvbryt={() => setOppen(null)}
                      />
                    </td>
                  </tr>
                ) : null}
                {oppen?.personnummer === rad.personnummer && oppen.typ === 'STARTA' ? (
                  <tr className="starta-sip-rad">
                    <td colSpan={6}>
                      <StartaSip
                        personnummer={rad.personnummer}
                        naromradeId={naromradeId}
                        kommunkod={kommunkod}
                        kommunnamn={kommunnamn}
                        egenHuvudman={session.huvudman}
                        idag={idag}
                        onStartad={(sip) => {
                          andraSip(rad.personnummer, sip);
                          setOppen(null);
                          setUtfort({ personnummer: rad.personnummer, text: `SIP startad: ${sipStatusNamn[sip.status].toLowerCase()}, första uppföljning ${sip.nastaUppfoljning ?? '–'}.` });
                        }}
                        onAvbryt={() => setOppen(null)}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </Rullyta>
    </>
  );
}

function Rad({
  rad,
  formularOppet,
  utfort,
  onOppnaPatient,
  onOppna,
}: {
  rad: Arbetslisterad;
  formularOppet: boolean;
  utfort: string | null;
  onOppnaPatient(): void;
  onOppna(typ: Formulartyp): void;
}) {
  const aktiv = aktivSip(rad.sipar.read ? rad.sipar.value : null);
  const { luckor, okanda, kontroller } = rad.bedomning;
  const utfortRef = useRef<HTMLParagraphElement>(null);
  const knappRef = useRef<HTMLButtonElement>(null);
  const [varOppet, setVarOppet] = useState(formularOppet);
  // Focus comes back to the row when its form closes: to what was done, or to the button again.
  useEffect(() => {
    if (varOppet && !formularOppet) (utfort ? utfortRef.current : knappRef.current)?.focus();
    setVarOppet(formularOppet);
  }, [formularOppet, utfort, varOppet]);
  return (
    <tr className={luckor.length > 0 ? 'lucka' : undefined}>
      <th scope="row">
        <a id={patientlankId(rad.personnummer)} href={formatRoute({ page: 'patient', params: { id: rad.personnummer } })} onClick={onOppnaPatient}>
          {formatPersonnummer(rad.personnummer)}
        </a>
      </th>
      <td>
        <KommunensInsatser rad={rad} />
      </td>
      <td>
        <Part part={rad.sipar}>
          {(sipar) => {
            const forsenad = (sipar ?? []).some((sip) => sip.forsenadUppfoljning);
            const uppfoljning = nastaUppfoljning(rad);
            return (
              <>
                {beskrivSipar(sipar ?? [])}
                {uppfoljning ? <span className="sip-luckor-datum sip-luckor-uppfoljning">nästa uppföljning {uppfoljning}</span> : null}
                {forsenad ? (
                  <>
                    {' '}
                    <span className="etikett-varning">försenad uppföljning</span>
                  </>
                ) : null}
              </>
            );
          }}
        </Part>
      </td>
      <td>
        <Part part={rad.fastLakarkontakt}>{(kontakt) =>
            kontakt ? (
              <>
                {kontakt.lakare.namn}, <span className="sip-luckor-datum">sedan {kontakt.fran}</span>
              </>
            ) : (
              'Saknas'
            )
          }</Part>
        {rad.listning.read && rad.listning.value ? <span className="sip-luckor-listning">Listad: {rad.listning.value.vardcentral.namn}</span> : null}
      </td>
      <td>
        {luckor.length === 0 && okanda.length === 0 ? <span className="sip-luckor-ok">Inga luckor</span> : null}
        <ul className="sip-luckor-luckor">
          {luckor.map((lucka) => (
            <li key={lucka}>
              <span className="etikett-varning">{luckaNamn[lucka]}</span>
            </li>
          ))}
          {okanda.map((lucka) => {
            const kontroll = kontroller[lucka];
            return (
              <li key={lucka} className="sip-luckor-okand">
                Okänt: {okandNamn[lucka]} ({kontroll.utfall === 'OKANT' ? orsakNamn[kontroll.reason] : ''})
              </li>
            );
          })}
        </ul>
      </td>
      <td>
        {utfort ? (
          <p className="sip-luckor-utfort" role="status" tabIndex={-1} ref={utfortRef}>
            {utfort}
          </p>
        ) : null}
        {kontroller.INGEN_AKTIV_SIP.utfall === 'LUCKA' && !formularOppet ? (
          <button type="button" ref={knappRef} className="sekundar inte-utskrift" onClick={() => onOppna('STARTA')} aria-label={`Starta SIP för ${formatPersonnummer(rad.personnummer)}`}>
            Starta SIP
          </button>
        ) : null}
        {aktiv && !formularOppet ? (
          <button type="button" ref={knappRef} className="sekundar inte-utskrift" onClick={() => onOppna('FOLJ')} aria-label={`Nästa steg i SIP för ${formatPersonnummer(rad.personnummer)}`}>
            Nästa steg
          </button>
        ) : null}
      </td>
    </tr>
  );
}

/** The id of a row's patient link: where the keyboard lands coming back from that patient. */
const patientlankId = (personnummer: string) => `sip-luckor-patient-${personnummer}`;

/** A column header that sorts the rows: a button in the header, the order told by aria-sort (and an arrow for the eye). */
function Sorteringsrubrik({
  kolumn,
  sortering,
  onSortera,
  children,
}: {
  kolumn: Sorteringskolumn;
  sortering: Sortering;
  onSortera(ny: Sortering): void;
  children: ReactNode;
}) {
  const sort = ariaSort(sortering, kolumn);
  return (
    <th scope="col" aria-sort={sort}>
      <button type="button" className="sorteringsknapp" onClick={() => onSortera(nastaSortering(sortering, kolumn))}>
        {children}
        <span aria-hidden="true" className="sorteringspil">
          {sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

function KommunensInsatser({ rad }: { rad: Arbetslisterad }) {
  const delar = [rad.hemsjukvard, rad.hemtjanst, rad.boende];
  const first = delar[0]!;
  // One word when the kommun's three parts are unknown for the same reason.
  if (!first.read && delar.every((del) => !del.read && del.reason === first.reason)) return <Unread reason={first.reason} />;
  const lines: ReactNode[] = [];
  if (!rad.hemsjukvard.read) lines.push(<>Hemsjukvård: <Unread reason={rad.hemsjukvard.reason} /></>);
  else if (rad.hemsjukvard.value) lines.push(beskrivHemsjukvard(rad.hemsjukvard.value.insatser));
  if (!rad.hemtjanst.read) lines.push(<>Hemtjänst: <Unread reason={rad.hemtjanst.reason} /></>);
  else if (rad.hemtjanst.value) lines.push(beskrivHemtjanst(rad.hemtjanst.value));
  if (!rad.boende.read) lines.push(<>Boende: <Unread reason={rad.boende.reason} /></>);
  else if (rad.boende.value) lines.push(beskrivBoende(rad.boende.value.boende));
  if (lines.length === 0) return <>Inga pågående</>;
  return (
    <ul className="sip-luckor-insatser">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}

/** A part's value through `children`, or why it is not known. */
function Part<T>({ part, children }: { part: PartRead<T>; children(value: T): ReactNode }) {
  return part.read ? <>{children(part.value)}</> : <Unread reason={part.reason} />;
}

function Unread({ reason }: { reason: UnreadReason }) {
  if (reason === 'EJ_TILLGANGLIGT') return <EjTillgangligt />;
  if (reason === 'SPARRAD') {
    return (
      <span className="sparrad" title="Patienten har en spärr som döljer uppgifterna för dig; nödåtkomst öppnar den.">
        {orsakNamn[reason]}
      </span>
    );
  }
  return <span className={reason === 'KRAVER_ATKOMSTGRUND' ? 'sip-luckor-kraver-grund' : 'sip-luckor-okand'}>{orsakNamn[reason]}</span>;
}

/** The list itself is missing: refused for this reader, or a service it needs is down. */
function ListanSaknas({ kommunnamn, problems }: { kommunnamn: string; problems: OperationProblems }) {
  const refusals = problems.refused.filter((refusal) => refusal.path === listPath);
  if (refusals.some((refusal) => refusal.code === 'ATKOMSTGRUND_SAKNAS')) {
    return (
      <div className="meddelande delvis" role="status">
        <strong>Listan kräver åtkomstgrund.</strong> Patienterna hålls av {kommunnamn}, en annan huvudman än din. Välj
        ”Ändra åtkomstgrund” och nödåtkomst (samtycke gäller en patient och kan inte anges för hela listan).
      </div>
    );
  }
  if (refusals.length > 0) {
    return (
      <div className="meddelande fel" role="alert">
        <strong>Din roll får inte se patientuppgifter.</strong> Arbetslistan är för vårdpersonal.
      </div>
    );
  }
  return (
    <>
      <Delvis problems={problems} />
      <p>
        Arbetslistan: <EjTillgangligt /> — den bygger på både regionens och kommunens uppgifter, och båda tjänsterna behöver svara.
      </p>
    </>
  );
}
