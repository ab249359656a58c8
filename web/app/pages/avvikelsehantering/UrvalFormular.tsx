// The filters above an avvikelse list: närområde, kategori, status, period
// (händelsedatum) and, in the inbox, only the user's own unit. Applied with
// "Visa", so the list does not move while the user is still choosing.
import { useEffect, useState } from 'react';
import { Fel } from '../../components/OperationStatus.js';
import { avvikelseKategoriNamn, avvikelseStatusNamn } from '../../format/kodnamn.js';
import { useKommunnamn } from '../../components/useKommunnamn.js';
import { NaromradeValjareDocument } from '../../generated/graphql.js';
import { useOperation } from '../../graphql/useOperation.js';
import { periodProblem, type AvvikelseUrval } from './avvikelseUrval.js';

export function UrvalFormular({
  urval,
  egenKommun,
  medEnhet,
  onVisa,
}: {
  urval: AvvikelseUrval;
  /** A kommun user's kommunkod: only its närområden are offered. Null for the region. */
  egenKommun: string | null;
  medEnhet: boolean;
  onVisa(urval: AvvikelseUrval): void;
}) {
  const [utkast, setUtkast] = useState(urval);
  const [fel, setFel] = useState<string | null>(null);
  const urvalNyckel = JSON.stringify(urval);
  // A new URL (back button, a link) replaces the draft; typing does not.
  useEffect(() => setUtkast(JSON.parse(urvalNyckel) as AvvikelseUrval), [urvalNyckel]);
  const omraden = useOperation(NaromradeValjareDocument, {});
  const namn = useKommunnamn();
  const andra = (andring: Partial<AvvikelseUrval>) => setUtkast((forra) => ({ ...forra, ...andring }));

  return (
    <form
      className="urval inte-utskrift"
      aria-label="Urval"
      onSubmit={(event) => {
        event.preventDefault();
        const problem = periodProblem(utkast);
        setFel(problem);
        if (!problem) onVisa(utkast);
      }}
    >
      <div className="rad">
        <label>
          Närområde
          <select value={utkast.naromradeId} onChange={(event) => andra({ naromradeId: event.target.value })}>
            <option value="">Alla närområden</option>
            {omraden.status === 'klar'
              ? omraden.data.vardsamverkansomraden.map((omrade) => {
                  const naromraden = omrade.naromraden.filter((naromrade) => egenKommun === null || naromrade.kommun?.kod === egenKommun);
                  if (naromraden.length === 0) return null;
                  return (
                    <optgroup key={omrade.id} label={omrade.namn}>
                      {naromraden.map((naromrade) => (
                        <option key={naromrade.id} value={naromrade.id}>
                          {naromrade.namn} ({namn.get(naromrade.kommun?.kod ?? '') ?? naromrade.kommun?.kod})
                        </option>
                      ))}
                    </optgroup>
                  );
                })
              : null}
          </select>
        </label>
        <label>
          Kategori
          <select value={utkast.kategori} onChange={(event) => andra({ kategori: event.target.value as AvvikelseUrval['kategori'] })}>
            <option value="">Alla kategorier</option>
            {Object.entries(avvikelseKategoriNamn).map(([kod, text]) => (
              <option key={kod} value={kod}>
                {text}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={utkast.status} onChange={(event) => andra({ status: event.target.value as AvvikelseUrval['status'] })}>
            <option value="oppna">Att hantera (ej återkopplade)</option>
            <option value="alla">Alla</option>
            {Object.entries(avvikelseStatusNamn).map(([kod, text]) => (
              <option key={kod} value={kod}>
                {text}
              </option>
            ))}
          </select>
        </label>
        <label>
          Händelsedatum från
          <input type="date" value={utkast.fran} onChange={(event) => andra({ fran: event.target.value })} />
        </label>
        <label>
          Händelsedatum till
          <input type="date" value={utkast.till} aria-invalid={fel ? true : undefined} aria-describedby={fel ? 'urval-fel' : undefined} onChange={(event) => andra({ till: event.target.value })} />
        </label>
        {medEnhet ? (
          <label className="kryss">
            <input type="checkbox" checked={utkast.minEnhet} onChange={(event) => andra({ minEnhet: event.target.checked })} />
            Bara till min enhet
          </label>
        ) : null}
        <button type="submit">Visa</button>
      </div>
      {fel ? (
        <p className="falt-fel" id="urval-fel" role="alert">
          {fel}
        </p>
      ) : null}
      {omraden.status === 'fel' ? <Fel problems={omraden.problems} onRetry={omraden.refetch} /> : null}
    </form>
  );
}
