// Patientbild: the shared picture of one patient for vårdpersonal. The
// personnummer lives in the route (`#/patient?id=…`); the access ground never
// does, so a bookmark or reload asks for it again before anything is fetched.
import { useEffect, useRef, useState } from 'react';
import { describeAtkomstgrund } from '../../components/atkomstgrundText.js';
import { Delvis, Fel, Laddar } from '../../components/OperationStatus.js';
import { PatientPatientbildDocument, type PatientPatientbildQuery } from '../../generated/graphql.js';
import type { Atkomstgrund } from '../../graphql/executeOperation.js';
import { useOperation, type OperationState } from '../../graphql/useOperation.js';
import { formatRoute, type Route } from '../../routing/route.js';
import { updateParams } from '../../routing/useRoute.js';
import { useSession } from '../../session/SessionContext.js';
import { Patientbild } from './Patientbild.js';
import { PatientVal } from './PatientVal.js';
import { formatPersonnummer } from '../../format/personnummer.js';
import { arbetslistaMinne, tillbakaTillListan } from '../sipLuckor/arbetslistaMinne.js';

interface Bekraftelse {
  personnummer: string;
  grund: Atkomstgrund | null;
}

export function PatientPage({ route }: { route: Route }) {
  const { session } = useSession();
  const personnummer = route.params['id'] ?? '';
  const [bekraftelse, setBekraftelse] = useState<Bekraftelse | null>(null);
  /** Where the keyboard goes when the form comes back: the ground to change, or a new personnummer. */
  const [fokus, setFokus] = useState<'grund' | 'personnummer' | undefined>(undefined);
  // A ground holds for the patient it was given for only: another id in the URL asks again.
  const aktiv = bekraftelse && bekraftelse.personnummer === personnummer ? bekraftelse : null;
  const result = useOperation(PatientPatientbildDocument, aktiv ? { id: aktiv.personnummer } : null, { atkomstgrund: aktiv?.grund ?? null });
  const sammanfattning = useRef<HTMLDivElement>(null);
  // Opened from the SIP-luckor list: the way back to it as it was (from memory, not fetched again).
  const tillbaka = tillbakaTillListan(arbetslistaMinne.las(), session.token, personnummer, Date.now());

  useEffect(() => {
    if (aktiv) sammanfattning.current?.focus();
  }, [aktiv]);

  return (
    <>
      {tillbaka ? (
        <p className="inte-utskrift">
          <a href={formatRoute(tillbaka)}>Tillbaka till SIP-luckor</a>
        </p>
      ) : null}
      <h1>Patientbild</h1>
      {aktiv ? (
        <>
          <div className="patient-sammanfattning" ref={sammanfattning} tabIndex={-1} role="region" aria-label="Vald patient och åtkomstgrund">
            <dl>
              <dt>Personnummer</dt>
              <dd data-testid="patient-personnummer">{formatPersonnummer(aktiv.personnummer)}</dd>
              <dt>Åtkomstgrund</dt>
              <dd data-testid="patient-atkomstgrund">{describeAtkomstgrund(aktiv.grund)}</dd>
            </dl>
            <div className="rad inte-utskrift">
              <button
                type="button"
                className="sekundar"
                onClick={() => {
                  setFokus('grund');
                  setBekraftelse(null);
                }}
              >
                Ändra åtkomstgrund
              </button>
              <button
                type="button"
                className="sekundar"
                onClick={() => {
                  setFokus('personnummer');
                  setBekraftelse(null);
                  updateParams(route, { id: null });
                }}
              >
                Annan patient
              </button>
              <a className="knapp sekundar" href={formatRoute({ page: 'rapportera', params: { patient: aktiv.personnummer } })}>
                Rapportera avvikelse
              </a>
            </div>
          </div>
          {aktiv.grund?.typ === 'NODATKOMST' ? (
            <p className="meddelande delvis" role="note">
              Nödåtkomst: läsningen loggas hos varje huvudman vars uppgifter visas och granskas i efterhand.
            </p>
          ) : null}
          <Svar result={result} egenHuvudman={session.huvudman} />
        </>
      ) : (
        <>
          <p className="ingress">
            Regionens, kommunens och samverkans uppgifter om en patient i en bild. Din egen huvudmans uppgifter visas alltid; andra huvudmäns bara med
            patientens samtycke eller vid nödåtkomst.
          </p>
          <PatientVal
            key={personnummer}
            personnummer={personnummer}
            fokus={fokus}
            onBekrafta={(valt, grund) => {
              setBekraftelse({ personnummer: valt, grund });
              if (valt !== personnummer) updateParams(route, { id: valt });
            }}
          />
        </>
      )}
    </>
  );
}

function Svar({ result, egenHuvudman }: { result: OperationState<PatientPatientbildQuery> & { refetch(): void }; egenHuvudman: string }) {
  switch (result.status) {
    case 'vilande':
    case 'laddar':
      return <Laddar vad="patientens uppgifter" />;
    case 'fel':
      return <Fel problems={result.problems} onRetry={result.refetch} />;
    case 'klar': {
      const patient = result.data.patient;
      if (!patient) {
        if (result.problems.refused.length > 0) {
          return (
            <p className="meddelande fel" role="alert">
              Din roll får inte läsa patientuppgifter.
            </p>
          );
        }
        return <Fel problems={result.problems} onRetry={result.refetch} />;
      }
      return (
        <>
          <Delvis problems={result.problems} />
          <Patientbild patient={patient} problems={result.problems} egenHuvudman={egenHuvudman} />
        </>
      );
    }
  }
}
