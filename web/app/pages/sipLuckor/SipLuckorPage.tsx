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
import { SipLuckorArbetslistaDocument, SipLuckorNaromradeDocument, type SipLuckorArbetslistaQuery } from '../../generated/graphql.js';
import type { Atkomstgrund } from '../../graphql/executeOperation.js';
import { hasProblems, type OperationProblems } from '../../graphql/operationProblems.js';
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
import { arbetslistaCsv, filtreraArbetslista, type Luckfilter } from './arbetslistaUrval.js';
import { laddaNer } from '../avvikelser/laddaNer.js';
import { beskrivBoende, beskrivHemsjukvard, beskrivHemtjanst, beskrivSipar, kortSiffra, luckaNamn, okandNamn, orsakNamn, utanNamn } from './sipLuckorTexter.js';
import { formatPersonnummer } from '../../format/personnummer.js';

type Naromrade = NonNullable<SipLuckorArbetslistaQuery['naromrade']>;

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
        <NaromradetsArbetslista key={naromradeId} naromradeId={naromradeId} kommunkod={kommunkod} />
      )}
    </>
  );
}

/** One närområde: its heading, the access ground, and the worklist once the ground is confirmed (the choice resets with the närområde). */
function NaromradetsArbetslista({ naromradeId, kommunkod }: { naromradeId: string; kommunkod: string }) {
  const { session } = useSession();
  const rubrik = useOperation(SipLuckorNaromradeDocument, { id: naromradeId, kommunkod });
  // undefined: not yet confirmed, so nothing patient-level is fetched.
  const [grund, setGrund] = useState<Atkomstgrund | null | undefined>(undefined);
  // Once fetched, the choice folds away to leave the list in view on a projector.
  const [andrarGrund, setAndrarGrund] = useState(false);
  const lista = useOperation(SipLuckorArbetslistaDocument, grund === undefined ? null : { id: naromradeId }, { atkomstgrund: grund ?? null });
  // "Bekräfta och hämta" folds the choice away with the button in it: the keyboard goes on to the result, not to <body>.
  const resultat = useRef<HTMLDivElement>(null);
  const [bekraftad, setBekraftad] = useState(0);
  useEffect(() => {
    if (bekraftad > 0) resultat.current?.focus();
  }, [bekraftad]);

  if (rubrik.status === 'laddar' || rubrik.status === 'vilande') return <Laddar vad="närområdet" />;
  if (rubrik.status === 'fel') return <Fel problems={rubrik.problems} onRetry={rubrik.refetch} />;
  const naromrade = rubrik.data.naromrade;
  if (!naromrade) return <NaromradeSaknas problems={rubrik.problems} onRetry={rubrik.refetch} />;
  // The kommun's name only words the texts; its service being down shows in the list below.
  const kommunnamn = rubrik.data.kommun?.namn ?? `kommunen ${kommunkod}`;

  return (
    <section aria-labelledby="sip-luckor-naromrade">
      <h2 id="sip-luckor-naromrade">{naromrade.namn}</h2>
      {grund === undefined || andrarGrund ? (
        <div className="inte-utskrift">
          <Atkomstbehov delar={delarSomKraverAtkomstgrund(session.huvudman, kommunkod)} kommunnamn={kommunnamn} />
          <AtkomstgrundValjare
            visaSamtycke={false}
            onBekrafta={(vald) => {
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
        {lista.status === 'vilande' ? (
          <p className="hjalp">Välj åtkomstgrund och tryck ”Bekräfta och hämta” för att hämta arbetslistan.</p>
        ) : lista.status === 'laddar' ? (
          <Laddar vad="arbetslistan" />
        ) : lista.status === 'fel' ? (
          <Fel problems={lista.problems} onRetry={lista.refetch} />
        ) : lista.data.naromrade ? (
          <Arbetslistan naromrade={lista.data.naromrade} grund={grund ?? null} naromradeId={naromradeId} kommunkod={kommunkod} kommunnamn={kommunnamn} problems={lista.problems} />
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
}: {
  naromrade: Naromrade;
  grund: Atkomstgrund | null;
  naromradeId: string;
  kommunkod: string;
  kommunnamn: string;
  problems: OperationProblems;
}) {
  const { session } = useSession();
  // SIPs started or moved on this page since the list was read, per patient: only those rows change.
  const [andrade, setAndrade] = useState<ReadonlyMap<string, readonly ListSip[]>>(new Map());
  // The patient whose "Starta SIP" form is open, and what was last done (said in that patient's row).
  const [oppen, setOppen] = useState<{ personnummer: string; typ: Formulartyp } | null>(null);
  const [utfort, setUtfort] = useState<{ personnummer: string; text: string } | null>(null);
  const [idag] = useState(() => localDate(new Date()));
  const [filter, setFilter] = useState<Luckfilter>('ALLA');
  const andraSip = (personnummer: string, sip: ListSip) => setAndrade((forra) => new Map(forra).set(personnummer, [...(forra.get(personnummer) ?? []), sip]));
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
  const synliga = filtreraArbetslista(lista.rader, filter);
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
          <select value={filter} aria-label="Visa" onChange={(event) => setFilter(event.target.value as Luckfilter)}>
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
        Visar {synliga.length} av {lista.antal} patienter.
      </p>
      <Rullyta etikett="Patienter med insatser från båda huvudmännen">
        <table className="sip-luckor">
          <caption>Patienter med insatser från båda huvudmännen</caption>
          <thead>
            <tr>
              <th scope="col">Patient</th>
              <th scope="col">Kommunens insatser</th>
              <th scope="col">SIP</th>
              <th scope="col">Fast läkarkontakt</th>
              <th scope="col">Luckor</th>
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
  onOppna,
}: {
  rad: Arbetslisterad;
  formularOppet: boolean;
  utfort: string | null;
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
        <a href={formatRoute({ page: 'patient', params: { id: rad.personnummer } })}>{formatPersonnummer(rad.personnummer)}</a>
      </th>
      <td>
        <KommunensInsatser rad={rad} />
      </td>
      <td>
        <Part part={rad.sipar}>
          {(sipar) => {
            const forsenad = (sipar ?? []).some((sip) => sip.forsenadUppfoljning);
            return (
              <>
                {beskrivSipar(sipar ?? [])}
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
