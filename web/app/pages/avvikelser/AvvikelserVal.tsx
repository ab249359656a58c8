// The analyst's choice: level, area and period. Level and area apply at once;
// the dates apply with "Visa perioden" (or Enter), so a half-typed year is never sent.
import { useEffect, useState, type FormEvent } from 'react';
import { Fel } from '../../components/OperationStatus.js';
import type { OperationProblems } from '../../graphql/operationProblems.js';
import type { Analysniva } from '../../generated/graphql.js';
import { nivaer, nivaNamn, type AvvikelserUrval } from './avvikelserUrval.js';
import type { Omradeskatalog } from './omradeskatalog.js';
import { periodfel, standardperiod } from './period.js';

export type Omradesval =
  | { status: 'laddar' }
  | { status: 'klar'; katalog: Omradeskatalog }
  | { status: 'fel'; problems: OperationProblems; refetch(): void };

export function AvvikelserVal({
  urval,
  omraden,
  idag,
  onAndra,
}: {
  urval: AvvikelserUrval;
  omraden: Omradesval;
  idag: string;
  onAndra(andringar: Partial<AvvikelserUrval>): void;
}) {
  const [fran, setFran] = useState(urval.fran);
  const [till, setTill] = useState(urval.till);
  const [fel, setFel] = useState<string | null>(null);
  useEffect(() => setFran(urval.fran), [urval.fran]);
  useEffect(() => setTill(urval.till), [urval.till]);

  const visaPeriod = (event: FormEvent) => {
    event.preventDefault();
    const problem = periodfel(fran, till);
    setFel(problem);
    if (!problem) onAndra({ fran, till });
  };

  return (
    <form className="avvikelser-val inte-utskrift" onSubmit={visaPeriod} aria-label="Urval för analysen">
      <div className="rad">
        <label>
          Nivå
          <select name="niva" value={urval.niva} onChange={(event) => onAndra({ niva: event.target.value as Analysniva, omrade: null })}>
            {nivaer.map((niva) => (
              <option key={niva} value={niva}>
                {nivaNamn[niva]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Område
          <OmradesLista urval={urval} omraden={omraden} onVal={(omrade) => onAndra({ omrade })} />
        </label>
        <label>
          Från
          <input type="date" name="fran" value={fran} max={idag} required onChange={(event) => setFran(event.target.value)} />
        </label>
        <label>
          Till
          <input type="date" name="till" value={till} required onChange={(event) => setTill(event.target.value)} />
        </label>
        <div className="avvikelser-knappar">
          <button type="submit">Visa perioden</button>
          <button
            type="button"
            className="sekundar"
            onClick={() => {
              setFel(null);
              onAndra(standardperiod(idag));
            }}
          >
            Senaste 12 hela månaderna
          </button>
        </div>
      </div>
      {fel ? (
        <p className="meddelande fel" role="alert">
          {fel}
        </p>
      ) : null}
      {omraden.status === 'fel' && urval.niva !== 'LANSGEMENSAM' ? <Fel problems={omraden.problems} onRetry={omraden.refetch} /> : null}
    </form>
  );
}

function OmradesLista({ urval, omraden, onVal }: { urval: AvvikelserUrval; omraden: Omradesval; onVal(omrade: string | null): void }) {
  if (urval.niva === 'LANSGEMENSAM') {
    return (
      <select name="omrade" value="" disabled>
        <option value="">Hela Västra Götaland</option>
      </select>
    );
  }
  if (omraden.status !== 'klar') {
    return (
      <select name="omrade" value="" disabled>
        <option value="">{omraden.status === 'laddar' ? 'Hämtar områden …' : 'Områdena kunde inte hämtas'}</option>
      </select>
    );
  }
  const { katalog } = omraden;
  return (
    <select name="omrade" value={urval.omrade ?? ''} onChange={(event) => onVal(event.target.value || null)}>
      <option value="">{urval.niva === 'LOKAL' ? '– välj närområde –' : '– välj vårdsamverkansområde –'}</option>
      {urval.niva === 'DELREGIONAL'
        ? katalog.vardsamverkansomraden.map((omrade) => (
            <option key={omrade.id} value={omrade.id}>
              {omrade.namn}
            </option>
          ))
        : katalog.naromradesgrupper.map((grupp) => (
            <optgroup key={grupp.omrade.id} label={grupp.omrade.namn}>
              {grupp.naromraden.map((naromrade) => (
                <option key={naromrade.id} value={naromrade.id}>
                  {naromrade.namn}
                </option>
              ))}
            </optgroup>
          ))}
    </select>
  );
}
