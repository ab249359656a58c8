// The shared picture of one patient, one section per huvudman: each shows its
// data, or says that it needs an access ground, is refused, is unavailable,
// or that the patient has nothing there — never an empty section without a reason.
import { useId, type ReactNode } from 'react';
import { EjTillgangligt, Tomt } from '../../components/OperationStatus.js';
import type { PatientPatientbildQuery } from '../../generated/graphql.js';
import type { OperationProblems } from '../../graphql/operationProblems.js';
import {
  avvikelseKategoriNamn,
  avvikelseStatusNamn,
  boendeTypNamn,
  hemsjukvardInsatsNamn,
  hemtjanstInsatsNamn,
  regiNamn,
  sipStatusNamn,
  teamTypNamn,
} from '../../format/kodnamn.js';
import { formatDecimal } from '../../format/tal.js';
import { faltstatus, sektionsstatus, type Delstatus, type Falt, type Sektion } from './patientbildDelar.js';
import { avvikelseHref } from '../../routing/route.js';

type Patient = NonNullable<PatientPatientbildQuery['patient']>;

interface Props {
  patient: Patient;
  problems: OperationProblems;
  /** `VGR` or a kommunkod: whose data the user reads without a ground. */
  egenHuvudman: string;
}

export function Patientbild({ patient, problems, egenHuvudman }: Props) {
  const sparrad = patient.sparradInformationFinns === true;
  /** Whether an empty part may be hidden by a spärr: a spärr hides data from other huvudmän only, never from the holder. */
  const kanVaraSparrad = (sektion: Sektion) => {
    if (!sparrad) return false;
    if (sektion === 'region') return egenHuvudman !== 'VGR';
    if (sektion === 'kommun') return patient.kommun?.kod !== egenHuvudman;
    return true;
  };
  const status = (sektion: Sektion, falt: Falt): Delstatus => faltstatus(problems, sektion, falt, patient[falt]);

  return (
    <div className="patientbild">
      {sparrad ? (
        <div className="sparrad sparrad-notis" role="status" data-testid="sparrad-information">
          <strong>Spärrad information finns hos en annan huvudman.</strong> Den visas inte; nödåtkomst kan öppna den.
        </div>
      ) : null}

      <Sektionsruta rubrik="Regionen (VGR)" sektion="region" status={sektionsstatus(problems, 'region', patient)} tomText="Regionen har inga uppgifter om patienten." kanVaraSparrad={kanVaraSparrad('region')}>
        <dl className="patient-falt">
          <Faltrad etikett="Listad på vårdcentral" status={status('region', 'listning')} tomText="Inte listad på någon vårdcentral.">
            {patient.listning ? `${patient.listning.vardcentral.namn}, sedan ${patient.listning.listadSedan}` : null}
          </Faltrad>
          <Faltrad etikett="Fast läkarkontakt" status={status('region', 'fastLakarkontakt')} tomText="Ingen fast läkarkontakt.">
            {patient.fastLakarkontakt ? `${patient.fastLakarkontakt.lakare.namn}, sedan ${patient.fastLakarkontakt.fran}` : null}
          </Faltrad>
        </dl>
        <Deltabell rubrik="Närsjukvårdsteam och palliativa team" status={status('region', 'narsjukvardsteamEpisoder')} tomText="Inga episoder med närsjukvårdsteam.">
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col">Typ</th>
              <th scope="col">Från</th>
              <th scope="col">Till</th>
              <th scope="col">Orsak</th>
            </tr>
          </thead>
          <tbody>
            {(patient.narsjukvardsteamEpisoder ?? []).map((episod) => (
              <tr key={episod.id}>
                <td>{episod.team.namn}</td>
                <td>{teamTypNamn[episod.team.typ]}</td>
                <td>{episod.startdatum}</td>
                <td>{episod.pagaende ? <span className="etikett-pagaende">pågår</span> : episod.slutdatum}</td>
                <td>{episod.orsak}</td>
              </tr>
            ))}
          </tbody>
        </Deltabell>
      </Sektionsruta>

      <Sektionsruta rubrik="Kommunen" sektion="kommun" status={sektionsstatus(problems, 'kommun', patient)} tomText="Ingen kommun har insatser för patienten." kanVaraSparrad={kanVaraSparrad('kommun')}>
        <dl className="patient-falt">
          <Faltrad etikett="Kommun" status={status('kommun', 'kommun')} tomText="Ingen kommun med insatser.">
            {patient.kommun ? `${patient.kommun.namn} (${patient.kommun.kod})` : null}
          </Faltrad>
          <Faltrad etikett="Boende" status={status('kommun', 'boende')} tomText="Ingen pågående vistelse på boende.">
            {patient.boende
              ? `${patient.boende.boende.namn} (${boendeTypNamn[patient.boende.boende.typ].toLowerCase()}), sedan ${patient.boende.fran}${patient.boende.till ? ` till ${patient.boende.till}` : ''}`
              : null}
          </Faltrad>
        </dl>
        <Hemsjukvard patient={patient} status={status('kommun', 'hemsjukvard')} />
        <Hemtjanst patient={patient} status={status('kommun', 'hemtjanst')} />
      </Sektionsruta>

      <Sektionsruta
        rubrik="Samverkan (SIP och avvikelser)"
        sektion="samverkan"
        status={sektionsstatus(problems, 'samverkan', patient)}
        tomText="Ingen SIP och inga avvikelser rör patienten."
        kanVaraSparrad={kanVaraSparrad('samverkan')}
      >
        <Deltabell rubrik="SIP (samordnad individuell plan)" status={status('samverkan', 'sipar')} tomText="Patienten har ingen SIP.">
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Huvudansvar</th>
              <th scope="col">Närområde</th>
              <th scope="col">Startad</th>
              <th scope="col">Nästa uppföljning</th>
            </tr>
          </thead>
          <tbody>
            {(patient.sipar ?? []).map((sip) => (
              <tr key={sip.id} className={sip.forsenadUppfoljning ? 'lucka' : undefined}>
                <td>{sipStatusNamn[sip.status]}</td>
                <td>{sip.huvudansvar.namn}</td>
                <td>{sip.naromrade.namn}</td>
                <td>{sip.skapadDatum}</td>
                <td>
                  {sip.nastaUppfoljning ?? '–'} {sip.forsenadUppfoljning ? <span className="etikett-varning">försenad</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </Deltabell>
        <Deltabell rubrik="Avvikelser som rör patienten" status={status('samverkan', 'avvikelser')} tomText="Inga avvikelser rör patienten.">
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Kategori</th>
              <th scope="col">Status</th>
              <th scope="col">Händelsedatum</th>
              <th scope="col">Rapporterad av → mottagare</th>
            </tr>
          </thead>
          <tbody>
            {(patient.avvikelser ?? []).map((avvikelse) => (
              <tr key={avvikelse.id}>
                <td>
                  <a href={avvikelseHref(avvikelse.id)}>{avvikelse.id}</a>
                </td>
                <td>{avvikelseKategoriNamn[avvikelse.kategori]}</td>
                <td>
                  {avvikelseStatusNamn[avvikelse.status]} {avvikelse.forsenadAterkoppling ? <span className="etikett-varning">återkoppling försenad</span> : null}
                </td>
                <td>{avvikelse.handelsedatum}</td>
                <td>
                  {avvikelse.rapporterandeHuvudman.namn} → {avvikelse.mottagandeHuvudman.namn}
                </td>
              </tr>
            ))}
          </tbody>
        </Deltabell>
      </Sektionsruta>
    </div>
  );
}

function Hemsjukvard({ patient, status }: { patient: Patient; status: Delstatus }) {
  const inskrivning = patient.hemsjukvard;
  return (
    <Delrubrik rubrik="Hemsjukvård" status={status} tomText="Inte inskriven i hemsjukvård.">
      {inskrivning ? (
        <>
          <dl className="patient-falt">
            <dt>Inskriven från</dt>
            <dd>{inskrivning.inskrivenFran}</dd>
            <dt>Ansvarig sjuksköterska</dt>
            <dd>{inskrivning.ansvarigSjukskoterska.namn}</dd>
          </dl>
          <table className="smal">
            <caption>Hemsjukvårdsinsatser</caption>
            <thead>
              <tr>
                <th scope="col">Insats</th>
                <th scope="col" className="tal">
                  Besök per vecka
                </th>
              </tr>
            </thead>
            <tbody>
              {inskrivning.insatser.map((insats) => (
                <tr key={insats.typ}>
                  <td>{hemsjukvardInsatsNamn[insats.typ]}</td>
                  <td className="tal">{formatDecimal(insats.besokPerVecka)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </Delrubrik>
  );
}

function Hemtjanst({ patient, status }: { patient: Patient; status: Delstatus }) {
  const beslut = patient.hemtjanst;
  return (
    <Delrubrik rubrik="Hemtjänst" status={status} tomText="Inget hemtjänstbeslut.">
      {beslut ? (
        <dl className="patient-falt">
          <dt>Beslut</dt>
          <dd>
            {beslut.beslutsdatum}, {beslut.giltigTill ? `giltigt till ${beslut.giltigTill}` : 'tills vidare'}
          </dd>
          <dt>Beviljade timmar per månad</dt>
          <dd>{formatDecimal(beslut.beviljadeTimmarPerManad)}</dd>
          <dt>Utförare</dt>
          <dd>
            {beslut.utforare.namn} ({regiNamn[beslut.utforare.regi]})
          </dd>
          <dt>Insatser</dt>
          <dd>{beslut.insatser.map((insats) => hemtjanstInsatsNamn[insats]).join(', ')}</dd>
        </dl>
      ) : null}
    </Delrubrik>
  );
}

/** A huvudman's section: one message for the whole part when it cannot be shown. */
function Sektionsruta({
  rubrik,
  sektion,
  status,
  tomText,
  kanVaraSparrad,
  children,
}: {
  rubrik: string;
  sektion: Sektion;
  status: Delstatus;
  tomText: string;
  kanVaraSparrad: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={`patient-sektion sektion-${sektion}`} aria-labelledby={id} data-testid={`sektion-${sektion}`}>
      <h2 id={id}>{rubrik}</h2>
      {status === 'visas' ? children : <Delmeddelande status={status} tomText={kanVaraSparrad ? 'Inga uppgifter visas här. De kan vara spärrade hos huvudmannen (se ovan).' : tomText} />}
    </section>
  );
}

/** One field of a section in a description list. */
function Faltrad({ etikett, status, tomText, children }: { etikett: string; status: Delstatus; tomText: string; children: ReactNode }) {
  return (
    <>
      <dt>{etikett}</dt>
      <dd>{status === 'visas' ? children : <Delmeddelande status={status} tomText={tomText} inline />}</dd>
    </>
  );
}

/** A sub-part with its own heading (h3) and either its content or why it is missing. */
function Delrubrik({ rubrik, status, tomText, children }: { rubrik: string; status: Delstatus; tomText: string; children: ReactNode }) {
  return (
    <>
      <h3>{rubrik}</h3>
      {status === 'visas' ? children : <Delmeddelande status={status} tomText={tomText} />}
    </>
  );
}

/** A list of a section as a table named by its heading. */
function Deltabell({ rubrik, status, tomText, children }: { rubrik: string; status: Delstatus; tomText: string; children: ReactNode }) {
  const id = useId();
  return (
    <>
      <h3 id={id}>{rubrik}</h3>
      {status === 'visas' ? <table aria-labelledby={id}>{children}</table> : <Delmeddelande status={status} tomText={tomText} />}
    </>
  );
}

function Delmeddelande({ status, tomText, inline = false }: { status: Delstatus; tomText: string; inline?: boolean }) {
  const Element = inline ? 'span' : 'p';
  switch (status) {
    case 'kraverAtkomstgrund':
      return (
        <Element className="kraver-atkomstgrund">
          <strong>Kräver åtkomstgrund.</strong> Uppgifterna finns hos en annan huvudman och visas med patientens samtycke eller vid nödåtkomst.
        </Element>
      );
    case 'nekad':
      return <Element className="nekad">Din roll får inte läsa de här uppgifterna.</Element>;
    case 'ejTillgangligt':
      return (
        <Element>
          <EjTillgangligt /> – tjänsten svarar inte just nu.
        </Element>
      );
    case 'tomt':
      return inline ? <span className="tomt">{tomText}</span> : <Tomt>{tomText}</Tomt>;
    case 'visas':
      return null;
  }
}
