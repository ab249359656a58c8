// A patient's log extract (loggutdrag): which units read the patient's data,
// and when, per huvudman. The granskare gets its own huvudman's part; the
// others are shown as not its data, never as a failure.
import { useId, useRef, useState } from 'react';
import { EjTillgangligt, Delvis, Fel, Laddar, Tomt } from '../../components/OperationStatus.js';
import { formatPersonnummer, parsePersonnummer } from '../../format/personnummer.js';
import { GranskningLoggutdragDocument, type GranskningLoggutdragQuery } from '../../generated/graphql.js';
import type { OperationProblems } from '../../graphql/operationProblems.js';
import { useOperation, type OperationState } from '../../graphql/useOperation.js';
import { svenskaProblem } from './granskningsfel.js';
import { formatLoggtid, huvudmanText, kategorierText } from './granskningText.js';
import { kallNamn, kallor, utdragsdel, type Kalla } from './utdragDelar.js';

export function Loggutdrag() {
  const [text, setText] = useState('');
  const [fel, setFel] = useState<string | null>(null);
  const [patientId, setPatientId] = useState<string | null>(null);
  const result = useOperation(GranskningLoggutdragDocument, patientId ? { patientId } : null);
  const input = useRef<HTMLInputElement>(null);
  const ids = useId();

  return (
    <section className="granskning-utdrag" aria-labelledby={`${ids}-rubrik`}>
      <h2 id={`${ids}-rubrik`}>Loggutdrag för en patient</h2>
      <p className="hjalp">Vilka enheter som har läst patientens uppgifter och när, hos varje huvudman. Du ser läsningarna av din egen huvudmans uppgifter.</p>
      <form
        className="inte-utskrift"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const tolkat = parsePersonnummer(text);
          if (!tolkat.ok) {
            setFel(tolkat.fel);
            input.current?.focus();
            return;
          }
          setFel(null);
          setText(formatPersonnummer(tolkat.personnummer));
          if (tolkat.personnummer === patientId) result.refetch();
          else setPatientId(tolkat.personnummer);
        }}
      >
        <div className="rad granskning-utdrag-rad">
          <div className="granskning-falt">
            <label>
              Personnummer för loggutdraget
              <input
                ref={input}
                name="utdrag-personnummer"
                value={text}
                onChange={(event) => setText(event.target.value)}
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                size={15}
                aria-invalid={fel ? true : undefined}
                aria-describedby={`${ids}-format${fel ? ` ${ids}-fel` : ''}`}
              />
            </label>
            <p className="hjalp" id={`${ids}-format`}>
              Tolv siffror: ÅÅÅÅMMDD-NNNN.
            </p>
            {fel ? (
              <p className="falt-fel" id={`${ids}-fel`}>
                {fel}
              </p>
            ) : null}
          </div>
          <div className="granskning-knappar">
            <button type="submit">Visa loggutdrag</button>
          </div>
        </div>
      </form>
      <Utdrag result={result} />
    </section>
  );
}

function Utdrag({ result }: { result: OperationState<GranskningLoggutdragQuery> & { refetch(): void } }) {
  switch (result.status) {
    case 'vilande':
      return null;
    case 'laddar':
      return <Laddar vad="loggutdraget" />;
    case 'fel':
      return <Fel problems={svenskaProblem(result.problems)} onRetry={result.refetch} />;
    case 'klar': {
      const utdrag = result.data.loggutdrag;
      const problems = svenskaProblem(result.problems);
      if (!utdrag) return <Fel problems={problems} onRetry={result.refetch} />;
      return (
        <div data-testid="loggutdrag">
          <p className="granskning-utdrag-patient" data-testid="loggutdrag-patient">
            <strong>Patient:</strong> {formatPersonnummer(utdrag.patientId)}
          </p>
          <Delvis problems={problems} />
          {kallor.map((kalla) => (
            <Utdragsdel key={kalla} kalla={kalla} utdrag={utdrag} problems={problems} />
          ))}
        </div>
      );
    }
  }
}

function Utdragsdel({ kalla, utdrag, problems }: { kalla: Kalla; utdrag: NonNullable<GranskningLoggutdragQuery['loggutdrag']>; problems: OperationProblems }) {
  const del = utdragsdel(utdrag, kalla, problems);
  return (
    <div data-testid={`utdrag-${kalla}`}>
      <h3>{kallNamn[kalla]}</h3>
      {del.status === 'visas' ? (
        <table className="granskning-logg">
          <caption>
            {kallNamn[kalla]} av patientens uppgifter, nyaste först ({del.lasningar.length})
          </caption>
          <thead>
            <tr>
              <th scope="col">Tid</th>
              <th scope="col">Enhet</th>
              <th scope="col">Huvudman</th>
              <th scope="col">Informationskategorier</th>
            </tr>
          </thead>
          <tbody>
            {del.lasningar.map((lasning, index) => (
              <tr key={`${lasning.tid}-${lasning.organisationHsaId}-${index}`}>
                <td className="granskning-obruten">{formatLoggtid(lasning.tid)}</td>
                <td className="granskning-id">{lasning.organisationHsaId}</td>
                <td>{huvudmanText(lasning.huvudman)}</td>
                <td>{kategorierText(lasning.informationskategorier)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : del.status === 'tomt' ? (
        <Tomt>Inga läsningar.</Tomt>
      ) : del.status === 'annanHuvudman' ? (
        <p className="tomt">Inte din huvudmans uppgifter.</p>
      ) : del.status === 'ejTillgangligt' ? (
        <p>
          <EjTillgangligt /> – tjänsten svarar inte just nu.
        </p>
      ) : (
        <p className="nekad">Läsningarna kunde inte hämtas.</p>
      )}
    </div>
  );
}
