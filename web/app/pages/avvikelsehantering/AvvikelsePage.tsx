// One avvikelse on one page: what happened, between whom, the deadline, the
// whole history, and only the steps this user may take next, as the server's
// rule offers them (Avvikelse.mojligaHandlingar). A step on a version someone
// else has moved meanwhile is refused by the server; the page then shows what
// changed and lets the user retry on the new version, keeping what they wrote.
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Fel, Laddar } from '../../components/OperationStatus.js';
import { avvikelseHandlingNamn, avvikelseKategoriNamn, avvikelseStatusNamn, systemfelNivaNamn } from '../../format/kodnamn.js';
import { formatPersonnummer } from '../../format/personnummer.js';
import { formatTid } from '../../format/tid.js';
import {
  AvvikelseArendeDocument,
  AvvikelsePatientDocument,
  HanteraAvvikelseDocument,
  type AvvikelseArendeFaltFragment,
  type AvvikelseHandling,
  type SystemfelNiva,
} from '../../generated/graphql.js';
import { arInaktuell, tolkaFel } from '../../graphql/felmeddelanden.js';
import { useMutationRunner, useOperation } from '../../graphql/useOperation.js';
import { formatRoute, type Route } from '../../routing/route.js';
import { useSession } from '../../session/SessionContext.js';
import { hasRoll } from '../../session/session.js';
import { andringarSedan } from './andringar.js';
import { fristText } from './frist.js';
import { Handlingspanel } from './Handlingspanel.js';
import { Historik } from './Historik.js';
import { stegKontroll } from './stegKontroll.js';

interface Utkast {
  handling: AvvikelseHandling;
  kommentar: string;
  niva: SystemfelNiva | null;
}

type Besked = { typ: 'ok'; text: string } | { typ: 'fel'; texter: string[] } | { typ: 'andrad'; andringar: string[]; stegFinnsKvar: boolean };

export function AvvikelsePage({ route }: { route: Route }) {
  const id = route.params['id'] ?? '';
  const { session } = useSession();
  const arende = useOperation(AvvikelseArendeDocument, id ? { id } : null);
  const [kand, setKand] = useState<AvvikelseArendeFaltFragment | null>(null);
  const [utkast, setUtkast] = useState<Utkast | null>(null);
  const [skickar, setSkickar] = useState(false);
  const [kommentarFel, setKommentarFel] = useState<string | null>(null);
  const [besked, setBesked] = useState<Besked | null>(null);
  const [lastVersion, setLastVersion] = useState<number | null>(null);
  const beskedRef = useRef<HTMLDivElement>(null);
  const run = useMutationRunner();

  useEffect(() => {
    setKand(null);
    setUtkast(null);
    setBesked(null);
  }, [id]);

  // The newest version the page has seen, from a read or from a stored step.
  useEffect(() => {
    if (arende.status !== 'klar' || !arende.data.avvikelse) return;
    const ny = arende.data.avvikelse;
    setKand((forra) => (forra && forra.id === ny.id && forra.version > ny.version ? forra : ny));
  }, [arende]);

  // After a stale-version refusal: once the new version is read, say what changed.
  useEffect(() => {
    if (lastVersion === null || !kand || kand.version <= lastVersion) return;
    const stegFinnsKvar = utkast !== null && kand.mojligaHandlingar.some((mojlig) => mojlig.handling === utkast.handling);
    setBesked({ typ: 'andrad', andringar: andringarSedan(lastVersion, kand.handelser, formatTid), stegFinnsKvar });
    if (!stegFinnsKvar) setUtkast(null);
    setLastVersion(null);
  }, [kand, lastVersion, utkast]);

  useEffect(() => {
    if (besked) beskedRef.current?.focus();
  }, [besked]);

  if (!id) return <p>Ingen avvikelse vald.</p>;
  if (!kand) {
    if (arende.status === 'fel') return <Fel problems={arende.problems} onRetry={arende.refetch} />;
    if (arende.status === 'klar' && !arende.data.avvikelse) {
      return (
        <>
          {/* The id is not repeated: a link may carry anything (even a personnummer) to a role that must not see it. */}
          <h1>Avvikelsen finns inte</h1>
          <p className="meddelande fel" role="alert">
            Den valda avvikelsen finns inte.
          </p>
        </>
      );
    }
    return <Laddar vad="avvikelsen" />;
  }

  const avvikelse = kand;
  const frist = fristText(avvikelse);
  const mojlig = utkast ? avvikelse.mojligaHandlingar.find((kandidat) => kandidat.handling === utkast.handling) ?? null : null;

  async function bekrafta() {
    if (!utkast || !mojlig || skickar) return;
    const problem = stegKontroll(mojlig, utkast.kommentar, utkast.niva);
    setKommentarFel(problem?.falt === 'kommentar' ? problem.text : null);
    if (problem) {
      if (problem.falt === 'niva') setBesked({ typ: 'fel', texter: [problem.text] });
      return;
    }
    setSkickar(true);
    const result = await run(HanteraAvvikelseDocument, {
      input: {
        avvikelseId: avvikelse.id,
        version: avvikelse.version,
        handling: utkast.handling,
        ...(utkast.kommentar.trim() ? { kommentar: utkast.kommentar } : {}),
        ...(utkast.niva ? { systemfelNiva: utkast.niva } : {}),
      },
    });
    setSkickar(false);
    if (result.data) {
      const efter = result.data.hanteraAvvikelse.avvikelse;
      setKand(efter);
      setUtkast(null);
      setBesked({ typ: 'ok', text: `${avvikelseHandlingNamn[utkast.handling]}: sparat. Avvikelsen är nu ${avvikelseStatusNamn[efter.status].toLowerCase()}.` });
      return;
    }
    const tolkade = tolkaFel(result.errors);
    if (arInaktuell(tolkade)) {
      setLastVersion(avvikelse.version);
      arende.refetch();
      return;
    }
    setKommentarFel(tolkade.falt['input.kommentar'] ?? null);
    const ovriga = Object.entries(tolkade.falt)
      .filter(([falt]) => falt !== 'input.kommentar')
      .map(([, text]) => text);
    setBesked({ typ: 'fel', texter: [...tolkade.allmanna, ...ovriga] });
  }

  const arPart = session.huvudman === avvikelse.rapporterandeHuvudman.id || session.huvudman === avvikelse.mottagandeHuvudman.id;
  return (
    <>
      <h1>Avvikelse {avvikelse.id}</h1>
      <p className="arende-lage">
        <strong>{avvikelseStatusNamn[avvikelse.status]}</strong>
        {avvikelse.systemfel ? <span className="etikett-varning"> Lyft som systemfel: {systemfelNivaNamn[avvikelse.systemfel]}</span> : null}
        {' · '}
        <span className={frist.forsenad ? 'ej-tillgangligt' : undefined}>Återkoppling: {frist.text}</span>
      </p>
      {besked ? <Beskedruta besked={besked} beskedRef={beskedRef} /> : null}

      <section aria-labelledby="nasta-steg">
        <h2 id="nasta-steg">Nästa steg</h2>
        {avvikelse.mojligaHandlingar.length === 0 ? (
          <p className="tomt">{ingaStegText(avvikelse, arPart, hasRoll(session, 'vardpersonal'), session.huvudman)}</p>
        ) : (
          <div className="rad" role="group" aria-label="Steg du kan ta">
            {avvikelse.mojligaHandlingar.map((kandidat) => (
              <button
                key={kandidat.handling}
                type="button"
                className={utkast?.handling === kandidat.handling ? undefined : 'sekundar'}
                aria-pressed={utkast?.handling === kandidat.handling}
                onClick={() => {
                  setKommentarFel(null);
                  setBesked(null);
                  setUtkast((forra) => ({
                    handling: kandidat.handling,
                    kommentar: forra?.handling === kandidat.handling ? forra.kommentar : '',
                    niva: kandidat.systemfelNivaer.length === 1 ? kandidat.systemfelNivaer[0]! : null,
                  }));
                }}
              >
                {avvikelseHandlingNamn[kandidat.handling]}
              </button>
            ))}
          </div>
        )}
        {utkast && mojlig ? (
          <Handlingspanel
            mojlig={mojlig}
            kommentar={utkast.kommentar}
            niva={utkast.niva}
            skickar={skickar}
            kommentarFel={kommentarFel}
            onKommentar={(kommentar) => setUtkast({ ...utkast, kommentar })}
            onNiva={(niva) => setUtkast({ ...utkast, niva })}
            onBekrafta={() => void bekrafta()}
            onAvbryt={() => {
              setUtkast(null);
              setKommentarFel(null);
            }}
          />
        ) : null}
      </section>

      <section aria-labelledby="vad-hande">
        <h2 id="vad-hande">Vad hände</h2>
        <p className="beskrivning">{avvikelse.beskrivning}</p>
        <dl className="fakta">
          <dt>Kategori</dt>
          <dd>{avvikelseKategoriNamn[avvikelse.kategori]}</dd>
          <dt>Händelsedatum</dt>
          <dd>{avvikelse.handelsedatum}</dd>
          <dt>Närområde</dt>
          <dd>
            <a href={formatRoute({ page: 'naromrade', params: { id: avvikelse.naromrade.id } })}>{avvikelse.naromrade.namn}</a>
            {avvikelse.kommun?.namn ? `, ${avvikelse.kommun.namn}` : ''} ({avvikelse.vardsamverkansomrade.namn})
          </dd>
          <dt>Rapporterad</dt>
          <dd>
            {formatTid(avvikelse.rapporteradTid)} av {avvikelse.rapporterandeHuvudman.namn}, enhet {avvikelse.rapporterandeEnhetHsaId}
          </dd>
          <dt>Mottagande huvudman</dt>
          <dd>
            {avvikelse.mottagandeHuvudman.namn}
            {avvikelse.mottagandeEnhetHsaId ? `, enhet ${avvikelse.mottagandeEnhetHsaId}` : ''}
            {avvikelse.mottagenTid ? ` (mottagen ${formatTid(avvikelse.mottagenTid)})` : ' (ännu inte mottagen)'}
          </dd>
          {avvikelse.avvisadAnledning ? (
            <>
              <dt>Skäl att avvisa</dt>
              <dd>{avvikelse.avvisadAnledning}</dd>
            </>
          ) : null}
          {hasRoll(session, 'vardpersonal') ? <PatientRad id={avvikelse.id} /> : null}
        </dl>
      </section>

      <Historik handelser={avvikelse.handelser} />
    </>
  );
}

function ingaStegText(avvikelse: AvvikelseArendeFaltFragment, arPart: boolean, arVardpersonal: boolean, huvudman: string): string {
  if (avvikelse.status === 'AVSLUTAD') return 'Avvikelsen är avslutad.';
  if (avvikelse.status === 'AVVISAD') return 'Avvikelsen är avvisad.';
  if (!arPart) return 'Bara den rapporterande och den mottagande huvudmannen kan hantera avvikelsen.';
  if (!arVardpersonal) return 'Din roll kan läsa avvikelsen men inte hantera den.';
  if (huvudman === avvikelse.rapporterandeHuvudman.id) return 'Väntar på mottagande huvudman. Ni kan avsluta när återkopplingen har kommit.';
  return 'Inga steg att ta just nu.';
}

function Beskedruta({ besked, beskedRef }: { besked: Besked; beskedRef: RefObject<HTMLDivElement> }) {
  if (besked.typ === 'ok') {
    return (
      <div className="meddelande ok" role="status" tabIndex={-1} ref={beskedRef}>
        {besked.text}
      </div>
    );
  }
  if (besked.typ === 'fel') {
    return (
      <div className="meddelande fel" role="alert" tabIndex={-1} ref={beskedRef}>
        <strong>Steget sparades inte.</strong>
        <ul>
          {besked.texter.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="meddelande delvis" role="alert" tabIndex={-1} ref={beskedRef} data-testid="arende-andrat">
      <strong>Någon annan har ändrat avvikelsen medan du hade den öppen. Ditt steg sparades inte.</strong>
      <ul>
        {besked.andringar.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      {besked.stegFinnsKvar
        ? 'Sidan visar nu den nya versionen. Kontrollera och bekräfta igen om steget fortfarande gäller; det du skrev finns kvar.'
        : 'Sidan visar nu den nya versionen. Ditt steg går inte längre att ta.'}
    </div>
  );
}

/** Reading the patient link is a logged patient-level read, so it is asked only for vårdpersonal. */
function PatientRad({ id }: { id: string }) {
  const patient = useOperation(AvvikelsePatientDocument, { id });
  let innehall: ReactNode;
  if (patient.status === 'vilande' || patient.status === 'laddar') innehall = <span className="laddar">Hämtar …</span>;
  else if (patient.status === 'klar' && patient.data.avvikelse?.patient) {
    const personnummer = patient.data.avvikelse.patient.id;
    innehall = <a href={formatRoute({ page: 'patient', params: { id: personnummer } })}>{formatPersonnummer(personnummer)} (öppna patientbilden)</a>;
  } else if (patient.status === 'klar' && patient.problems.refused.length === 0 && patient.problems.other.length === 0) innehall = 'Ingen patient kopplad.';
  else innehall = 'Patientuppgiften visas inte: den hör till en annan huvudman eller är inte tillgänglig för dig.';
  return (
    <>
      <dt>Patient</dt>
      <dd>{innehall}</dd>
    </>
  );
}
