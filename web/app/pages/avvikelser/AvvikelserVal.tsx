// The analyst's choice: level, area, an area to compare with, and period. Level and areas apply at once;
// the dates apply with "Visa perioden" (or Enter), so a half-typed year is never sent.
import { useEffect, useState, type FormEvent } from 'react';
import { Fel } from '../../components/OperationStatus.js';
import type { OperationProblems } from '../../graphql/operationProblems.js';
import type { Analysniva } from '../../generated/graphql.js';
import { nivaer, nivaNamn, type AvvikelserUrval } from './avvikelserUrval.js';
import { jamforelseParam, lasJamforelse, type Jamforelseomrade } from './jamforelse.js';
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
  jamforelse,
  onJamfor,
}: {
  urval: AvvikelserUrval;
  omraden: Omradesval;
  idag: string;
  onAndra(andringar: Partial<AvvikelserUrval>): void;
  jamforelse: Jamforelseomrade | null;
  onJamfor(jamforelse: Jamforelseomrade | null): void;
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
          Jämför med
          <JamforelseLista jamforelse={jamforelse} omraden={omraden} onVal={onJamfor} />
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

/** The area to compare with: none, the county, a vårdsamverkansområde or a närområde, in one list. */
function JamforelseLista({ jamforelse, omraden, onVal }: { jamforelse: Jamforelseomrade | null; omraden: Omradesval; onVal(jamforelse: Jamforelseomrade | null): void }) {
  const katalog = omraden.status === 'klar' ? omraden.katalog : null;
  return (
    <select name="jamfor" value={jamforelseParam(jamforelse) ?? ''} onChange={(event) => onVal(lasJamforelse(event.target.value))}>
      <option value="">– ingen jämförelse –</option>
      <option value={jamforelseParam({ niva: 'LANSGEMENSAM', omrade: null })!}>Hela Västra Götaland</option>
      {katalog ? (
        <>
          <optgroup label="Vårdsamverkansområden">
            {katalog.vardsamverkansomraden.map((omrade) => (
              <option key={omrade.id} value={jamforelseParam({ niva: 'DELREGIONAL', omrade: omrade.id })!}>
                {omrade.namn}
              </option>
            ))}
          </optgroup>
          {katalog.naromradesgrupper.map((grupp) => (
            <optgroup key={grupp.omrade.id} label={`Närområden i ${grupp.omrade.namn}`}>
              {grupp.naromraden.map((naromrade) => (
                <option key={naromrade.id} value={jamforelseParam({ niva: 'LOKAL', omrade: naromrade.id })!}>
                  {naromrade.namn}
                </option>
              ))}
            </optgroup>
          ))}
        </>
      ) : null}
    </select>
  );
}
