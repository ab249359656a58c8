// Rapportera avvikelse: a guided report of an avvikelse i samverkan for
// vårdpersonal, in the spirit of the county's avvikelse tool — what happened,
// where, to whom (derived, as the server decides it) and, optionally, which
// patient. One client key per report, kept across failed attempts and
// retries, so a double click or a retry after a network error stores one
// report; whatever the user typed stays until the report is stored.
import { useEffect, useId, useRef, useState } from 'react';
import { AtkomstgrundValjare } from '../../components/AtkomstgrundValjare.js';
import { NaromradeValjare } from '../../components/NaromradeValjare.js';
import { useKommunnamn } from '../../components/useKommunnamn.js';
import { containsPersonnummer } from '../../format/friText.js';
import { avvikelseKategoriNamn } from '../../format/kodnamn.js';
import { formatPersonnummer } from '../../format/personnummer.js';
import { sortByNamn } from '../../format/svenskOrdning.js';
import { RapporteraAvvikelseDocument, RapporteraEnheterDocument } from '../../generated/graphql.js';
import type { Atkomstgrund } from '../../graphql/executeOperation.js';
import { tolkaFel } from '../../graphql/felmeddelanden.js';
import type { GraphqlError } from '../../graphql/operationProblems.js';
import { useMutationRunner, useOperation } from '../../graphql/useOperation.js';
import { avvikelseHref, formatRoute, type Route } from '../../routing/route.js';
import { updateParams } from '../../routing/useRoute.js';
import { useSession } from '../../session/SessionContext.js';
import { dagISverige } from '../naromrade/datum.js';
import { kategoriForklaringar } from './kategoriForklaringar.js';
import {
  arKategori,
  arTidigare,
  fordelaServerfel,
  forstaFaltMedFel,
  granska,
  harledMottagandeHuvudman,
  huvudmanNamn,
  maxArBakat,
  nyKlientnyckel,
  regionHuvudman,
  tomtFormular,
  type Falt,
  type FaltFel,
  type Formular,
} from './rapportFormular.js';

export const personnummerVarning =
  'Texten verkar innehålla ett personnummer. Beskriv vad som hände, inte vem – ta bort numret (patienten anges separat nedan).';

const kategorier = Object.keys(avvikelseKategoriNamn).filter(arKategori);

export function RapporteraPage({ route }: { route: Route }) {
  const patient = route.params['patient'] ?? '';
  const [omgang, setOmgang] = useState(0);
  return (
    <div className="rapportera">
      <h1>Rapportera avvikelse</h1>
      <p className="ingress">
        En avvikelse i samverkan är när överenskommelser, riktlinjer, rutiner eller en SIP mellan huvudmännen inte följts. Beskriv vad som hände, inte
        vem.
      </p>
      <Rapport
        key={`${omgang}:${patient}`}
        patient={patient}
        onEnTill={() => {
          // A new report starts empty, with a new client key (the patient of the link belonged to the last one).
          if (patient) updateParams(route, { patient: null });
          setOmgang((value) => value + 1);
        }}
      />
    </div>
  );
}

interface Rapporterad {
  id: string;
  redanRapporterad: boolean;
  mottagandeNamn: string;
}

function Rapport({ patient, onEnTill }: { patient: string; onEnTill(): void }) {
  const { session } = useSession();
  const run = useMutationRunner();
  const ids = useId();
  const idag = dagISverige(new Date());
  const [formular, setFormular] = useState<Formular>(() => tomtFormular(idag, formatPersonnummer(patient)));
  const [klientnyckel, setKlientnyckel] = useState(() => nyKlientnyckel());
  const [skickar, setSkickar] = useState(false);
  /** Set synchronously: a second submit while one is in flight sends nothing (disabling the button alone is not enough). */
  const pagaende = useRef(false);
  const [faltFel, setFaltFel] = useState<FaltFel>({});
  const [allmanna, setAllmanna] = useState<string[]>([]);
  /** The key was used for a report stored earlier with other content (a retry after the text changed). */
  const [nyckelAnvand, setNyckelAnvand] = useState(false);
  const [behoverGrund, setBehoverGrund] = useState(false);
  const [grund, setGrund] = useState<Atkomstgrund | null>(null);
  const [rapporterad, setRapporterad] = useState<Rapporterad | null>(null);
  const [fokus, setFokus] = useState<{ mal: Falt | 'allmanna' | 'grund' | 'kvitto' } | null>(null);

  const kommunnamn = useKommunnamn();
  const mottagande = harledMottagandeHuvudman(session.huvudman, formular.naromradeId);
  const enheter = useOperation(RapporteraEnheterDocument, mottagande === regionHuvudman && formular.naromradeId ? { naromradeId: formular.naromradeId } : null);
  const vardcentraler =
    enheter.status === 'klar' ? sortByNamn(enheter.data.naromrade?.vardcentraler ?? []) : [];

  const kategoriRef = useRef<HTMLSelectElement>(null);
  const datumRef = useRef<HTMLInputElement>(null);
  const beskrivningRef = useRef<HTMLTextAreaElement>(null);
  const platsRef = useRef<HTMLDivElement>(null);
  const enhetRef = useRef<HTMLSelectElement>(null);
  const patientRef = useRef<HTMLInputElement>(null);
  const allmannaRef = useRef<HTMLDivElement>(null);
  const grundRef = useRef<HTMLDivElement>(null);
  const kvittoRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!fokus) return;
    const mal: HTMLElement | null | undefined = {
      kategori: kategoriRef.current,
      handelsedatum: datumRef.current,
      beskrivning: beskrivningRef.current,
      // The Närområde select, or (no kommun chosen yet, so it is disabled) the first choice that can be made.
      naromradeId:
        platsRef.current?.querySelector<HTMLSelectElement>('select[name="naromrade"]:not(:disabled)') ??
        platsRef.current?.querySelector<HTMLSelectElement>('select:not(:disabled)'),
      mottagandeEnhetHsaId: enhetRef.current,
      patientId: patientRef.current,
      allmanna: allmannaRef.current,
      grund: grundRef.current?.querySelector<HTMLInputElement>('input[name="atkomstgrund"]:checked'),
      kvitto: kvittoRef.current,
    }[fokus.mal];
    mal?.focus();
  }, [fokus]);

  const andra = <K extends keyof Formular>(falt: K, varde: Formular[K], felFalt: Falt) => {
    setFormular((tidigare) => ({ ...tidigare, [falt]: varde }));
    // The user is mending the field: its message goes until the next attempt.
    if (faltFel[felFalt] !== undefined) {
      setFaltFel((tidigare) => {
        const kvar = { ...tidigare };
        delete kvar[felFalt];
        return kvar;
      });
    }
  };

  async function skicka(medGrund: Atkomstgrund | null) {
    if (pagaende.current) return;
    const granskning = granska(formular, { huvudman: session.huvudman, enhetHsaId: session.organisation }, klientnyckel, dagISverige(new Date()));
    if (!granskning.ok) {
      setFaltFel(granskning.fel);
      setAllmanna([]);
      setNyckelAnvand(false);
      setFokus({ mal: forstaFaltMedFel(granskning.fel) ?? 'kategori' });
      return;
    }
    pagaende.current = true;
    setSkickar(true);
    let errors: GraphqlError[];
    let utloggad = false;
    try {
      const svar = await run(RapporteraAvvikelseDocument, { input: granskning.input }, { atkomstgrund: medGrund });
      const payload = svar.data?.rapporteraAvvikelse;
      if (payload) {
        setRapporterad({ id: payload.avvikelse.id, redanRapporterad: payload.redanRapporterad, mottagandeNamn: payload.avvikelse.mottagandeHuvudman.namn });
        setFokus({ mal: 'kvitto' });
        return;
      }
      errors = svar.errors.length > 0 ? svar.errors : [{ message: 'Svaret saknade rapporten.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
      utloggad = svar.problems.unauthenticated;
    } catch {
      errors = [{ message: 'Samsyn svarar inte.', extensions: { code: 'NETWORK_ERROR' } }];
    } finally {
      pagaende.current = false;
      setSkickar(false);
    }
    if (utloggad) return;
    visaFel(errors);
  }

  function visaFel(errors: GraphqlError[]) {
    const tolkade = tolkaFel(errors);
    const { falt, ovriga } = fordelaServerfel(tolkade.falt);
    const anvandNyckel = errors.some((error) => error.extensions?.['code'] === 'CONFLICT' && error.extensions?.['field'] === 'input.klientnyckel');
    const konfliktText = tolkaFel(errors.filter((error) => error.extensions?.['code'] === 'CONFLICT')).allmanna;
    const texter = [...ovriga, ...tolkade.allmanna].filter((text) => !(anvandNyckel && konfliktText.includes(text)));
    const grundSaknas = tolkade.koder.includes('ATKOMSTGRUND_SAKNAS');
    setFaltFel(falt);
    setAllmanna(texter);
    setNyckelAnvand(anvandNyckel);
    setBehoverGrund(grundSaknas);
    const forsta = forstaFaltMedFel(falt);
    setFokus({ mal: forsta ?? (grundSaknas ? 'grund' : 'allmanna') });
  }

  if (rapporterad) {
    return (
      <section className="meddelande ok rapportera-kvitto" role="status" tabIndex={-1} ref={kvittoRef} aria-labelledby={`${ids}-kvitto`}>
        <h2 id={`${ids}-kvitto`}>Avvikelsen är rapporterad</h2>
        <p>
          Avvikelsens id:{' '}
          <a href={avvikelseHref(rapporterad.id)} data-testid="rapporterad-id">
            {rapporterad.id}
          </a>
        </p>
        <p>
          Mottagande huvudman ({rapporterad.mottagandeNamn}) tar emot avvikelsen och ska återkoppla inom 60 dagar från mottagandet. Du ser hur den går
          under <a href={formatRoute({ page: 'vara-rapporter', params: {} })}>Våra rapporter</a>.
        </p>
        {rapporterad.redanRapporterad ? <p>Rapporten var redan mottagen – den sparades en gång.</p> : null}
        <button type="button" onClick={onEnTill}>
          Rapportera en till
        </button>
      </section>
    );
  }

  const felId = (falt: Falt) => `${ids}-${falt}-fel`;
  const beskriv = (...delar: (string | false | undefined)[]) => delar.filter(Boolean).join(' ') || undefined;
  const faltFelText = (falt: Falt) =>
    faltFel[falt] !== undefined ? (
      <p className="falt-fel" id={felId(falt)}>
        {faltFel[falt]}
      </p>
    ) : null;
  const harFel = (falt: Falt) => (faltFel[falt] !== undefined ? true : undefined);
  const varnaPersonnummer = faltFel.beskrivning === undefined && containsPersonnummer(formular.beskrivning);
  const mottagandeNamn = mottagande === null ? null : huvudmanNamn(mottagande, kommunnamn);

  return (
    <>
      <form
        className="rapportera-formular"
        noValidate
        aria-label="Rapportera avvikelse"
        onSubmit={(event) => {
          event.preventDefault();
          void skicka(grund);
        }}
      >
        <fieldset>
          <legend>Vad hände?</legend>
          <label>
            Kategori
            <select
              ref={kategoriRef}
              name="kategori"
              value={formular.kategori}
              onChange={(event) => andra('kategori', arKategori(event.target.value) ? event.target.value : '', 'kategori')}
              aria-invalid={harFel('kategori')}
              aria-describedby={beskriv(`${ids}-kategori-hjalp`, faltFel.kategori !== undefined && felId('kategori'))}
            >
              <option value="">Välj kategori</option>
              {kategorier.map((kategori) => (
                <option key={kategori} value={kategori}>
                  {avvikelseKategoriNamn[kategori]}
                </option>
              ))}
            </select>
          </label>
          <p className="hjalp" id={`${ids}-kategori-hjalp`}>
            {formular.kategori === '' ? 'Välj den kategori som passar bäst; här förklaras den du valt.' : kategoriForklaringar[formular.kategori]}
          </p>
          {faltFelText('kategori')}

          <label>
            Händelsedatum
            <input
              ref={datumRef}
              type="date"
              name="handelsedatum"
              value={formular.handelsedatum}
              max={idag}
              min={arTidigare(idag, maxArBakat)}
              onChange={(event) => andra('handelsedatum', event.target.value, 'handelsedatum')}
              aria-invalid={harFel('handelsedatum')}
              aria-describedby={beskriv(`${ids}-datum-hjalp`, faltFel.handelsedatum !== undefined && felId('handelsedatum'))}
            />
          </label>
          <p className="hjalp" id={`${ids}-datum-hjalp`}>
            Dagen det hände, senast i dag.
          </p>
          {faltFelText('handelsedatum')}

          <label className="bred">
            Beskrivning
            <textarea
              ref={beskrivningRef}
              name="beskrivning"
              rows={6}
              value={formular.beskrivning}
              onChange={(event) => andra('beskrivning', event.target.value, 'beskrivning')}
              aria-invalid={harFel('beskrivning')}
              aria-describedby={beskriv(
                `${ids}-beskrivning-hjalp`,
                varnaPersonnummer && `${ids}-beskrivning-varning`,
                faltFel.beskrivning !== undefined && felId('beskrivning'),
              )}
            />
          </label>
          <p className="hjalp" id={`${ids}-beskrivning-hjalp`}>
            Skriv vad som hände, utan namn eller personnummer. Högst 4 000 tecken.
          </p>
          <div aria-live="polite">
            {varnaPersonnummer ? (
              <p className="falt-varning" id={`${ids}-beskrivning-varning`} data-testid="personnummer-varning">
                {personnummerVarning}
              </p>
            ) : null}
          </div>
          {faltFelText('beskrivning')}
        </fieldset>

        <div ref={platsRef}>
          <NaromradeValjare
            legend="Var hände det?"
            valt={formular.naromradeId}
            startKommun={session.huvudman === regionHuvudman ? null : session.huvudman}
            ogiltig={harFel('naromradeId')}
            beskrivs={faltFel.naromradeId !== undefined ? felId('naromradeId') : undefined}
            onVal={(naromradeId) => {
              // Another närområde has other units: the unit chosen goes back to "Vet inte".
              setFormular((tidigare) => ({ ...tidigare, mottagandeEnhetHsaId: '' }));
              andra('naromradeId', naromradeId, 'naromradeId');
            }}
          >
            {faltFelText('naromradeId')}
          </NaromradeValjare>
        </div>

        <fieldset>
          <legend>Till vem?</legend>
          <p className="rapportera-mottagare" data-testid="mottagande-huvudman" aria-live="polite">
            {mottagandeNamn !== null ? (
              <>
                Mottagande huvudman: <strong>{mottagandeNamn}</strong>
              </>
            ) : (
              <>Mottagande huvudman: kommunen där närområdet ligger (välj närområde ovan)</>
            )}
          </p>
          <label>
            Mottagande enhet
            <select
              ref={enhetRef}
              name="mottagandeEnhet"
              value={formular.mottagandeEnhetHsaId}
              onChange={(event) => andra('mottagandeEnhetHsaId', event.target.value, 'mottagandeEnhetHsaId')}
              aria-invalid={harFel('mottagandeEnhetHsaId')}
              aria-describedby={beskriv(`${ids}-enhet-hjalp`, faltFel.mottagandeEnhetHsaId !== undefined && felId('mottagandeEnhetHsaId'))}
            >
              <option value="">Vet inte</option>
              {vardcentraler.map((vardcentral) => (
                <option key={vardcentral.hsaId} value={vardcentral.hsaId}>
                  {vardcentral.namn}
                </option>
              ))}
            </select>
          </label>
          <p className="hjalp" id={`${ids}-enhet-hjalp`}>
            {enhetHjalp(mottagande, formular.naromradeId, enheter.status, vardcentraler.length)}
          </p>
          {faltFelText('mottagandeEnhetHsaId')}
        </fieldset>

        <fieldset>
          <legend>Vilken patient? (valfritt)</legend>
          <label>
            Personnummer (valfritt)
            <input
              ref={patientRef}
              name="personnummer"
              value={formular.personnummer}
              onChange={(event) => {
                andra('personnummer', event.target.value, 'patientId');
                // An access ground is attested for one patient: another one must be asked for again.
                setGrund(null);
                setBehoverGrund(false);
              }}
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              size={16}
              aria-invalid={harFel('patientId')}
              aria-describedby={beskriv(`${ids}-patient-hjalp`, faltFel.patientId !== undefined && felId('patientId'))}
            />
          </label>
          <p className="hjalp" id={`${ids}-patient-hjalp`}>
            Ange patienten här, aldrig i beskrivningen. Uppgiften är åtkomststyrd och loggas. Tolv siffror: ÅÅÅÅMMDD-NNNN.
          </p>
          {faltFelText('patientId')}
        </fieldset>

        <div role="alert" className="rapportera-allmanna">
          {allmanna.length > 0 || nyckelAnvand ? (
            <div className="meddelande fel" ref={allmannaRef} tabIndex={-1}>
              <strong>Rapporten kunde inte tas emot.</strong>
              <ul>
                {allmanna.map((text) => (
                  <li key={text}>{text}</li>
                ))}
                {nyckelAnvand ? (
                  <li>
                    Ett tidigare försök med den här rapporten kom fram och sparades, men innehållet har ändrats sedan dess. Den första versionen finns under
                    Våra rapporter. Vill du rapportera det nya innehållet också, skicka det som en ny rapport.
                  </li>
                ) : null}
              </ul>
              {nyckelAnvand ? (
                <button
                  type="button"
                  className="sekundar"
                  onClick={() => {
                    setKlientnyckel(nyKlientnyckel());
                    setNyckelAnvand(false);
                    setAllmanna([]);
                  }}
                >
                  Gör om till ny rapport
                </button>
              ) : null}
            </div>
          ) : null}
        </div>
        <div className="rad">
          <button type="submit" disabled={skickar}>
            {skickar ? 'Skickar …' : 'Skicka rapport'}
          </button>
        </div>
      </form>
      {behoverGrund ? (
        <div className="rapportera-grund" ref={grundRef}>
          <p>
            Patienten hör till en annan huvudman. För att koppla patienten till rapporten behövs patientens samtycke eller nödåtkomst; valet loggas. Du
            kan också ta bort personnumret och skicka utan patient.
          </p>
          <AtkomstgrundValjare
            visaIngen={false}
            knapptext="Bekräfta och skicka rapport"
            onBekrafta={(valdGrund) => {
              if (valdGrund === null) return;
              setGrund(valdGrund);
              void skicka(valdGrund);
            }}
          />
        </div>
      ) : null}
    </>
  );
}

function enhetHjalp(mottagande: string | null, naromradeId: string | null, status: string, antal: number): string {
  if (mottagande === null || naromradeId === null) return 'Välj närområde först. Vet du inte vilken enhet, välj Vet inte: huvudmannen fördelar.';
  if (mottagande !== regionHuvudman) return 'Kommunens enheter finns inte med HSA-id i Samsyn: kommunen tar emot och fördelar.';
  if (status === 'laddar') return 'Hämtar närområdets vårdcentraler …';
  if (status === 'fel') return 'Vårdcentralerna kunde inte hämtas just nu. Välj Vet inte: regionen tar emot och fördelar.';
  if (antal === 0) return 'Närområdet har inga vårdcentraler i Samsyn. Välj Vet inte: regionen tar emot och fördelar.';
  return 'Välj vårdcentralen om du vet vilken. Annars: Vet inte – regionen tar emot och fördelar.';
}
