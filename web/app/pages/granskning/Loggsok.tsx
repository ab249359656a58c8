// The granskare's search: which log, and the conditions of the API's
// AtkomstloggFilter. Nothing applies until "Sök"; each field's error shows
// beside it, and the keyboard goes to the first field that is wrong.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formatPersonnummer } from '../../format/personnummer.js';
import { granskaLoggsokning, grunder, grundNamn, loggNamn, type Logg, type Loggsokning, type Sokfalt, type Sokfel } from './loggFilter.js';

interface Props {
  /** The search in the URL (what the list below shows). */
  sokning: Loggsokning;
  loggar: readonly Logg[];
  onSok(sokning: Loggsokning): void;
}

const faltordning: readonly Sokfalt[] = ['patient', 'anvandare', 'fran', 'till', 'grund'];

/** The form's text for a search: the personnummer as staff write it. */
function formvarden(sokning: Loggsokning): Loggsokning {
  return { ...sokning, patient: sokning.patient ? formatPersonnummer(sokning.patient) : '' };
}

export function Loggsok({ sokning, loggar, onSok }: Props) {
  const [varden, setVarden] = useState(() => formvarden(sokning));
  const [fel, setFel] = useState<Sokfel>(() => {
    const granskad = granskaLoggsokning(sokning);
    return granskad.ok ? {} : granskad.fel;
  });
  const ids = useId();
  const form = useRef<HTMLFormElement>(null);
  const sokningsnyckel = JSON.stringify(sokning);

  // Back, forward or a link changes the search: the form follows without losing the keyboard's place.
  useEffect(() => {
    setVarden(formvarden(sokning));
    const granskad = granskaLoggsokning(sokning);
    setFel(granskad.ok ? {} : granskad.fel);
    // The key stands for the search's values: a new object with the same values changes nothing.
  }, [sokningsnyckel]);

  const andra = (falt: keyof Loggsokning, varde: string) => setVarden((tidigare) => ({ ...tidigare, [falt]: varde }));

  const sok = (event: FormEvent, sokningen: Loggsokning) => {
    event.preventDefault();
    const granskad = granskaLoggsokning(sokningen);
    if (!granskad.ok) {
      setFel(granskad.fel);
      const forsta = faltordning.find((falt) => granskad.fel[falt]);
      if (forsta) form.current?.querySelector<HTMLElement>(`[name="${forsta}"]`)?.focus();
      return;
    }
    setFel({});
    setVarden(formvarden(granskad.sokning));
    onSok(granskad.sokning);
  };

  /** The props that tie a field to its help and error text. */
  const beskrivning = (falt: Sokfalt, hjalp?: boolean) => {
    const delar = [hjalp ? `${ids}-${falt}-hjalp` : '', fel[falt] ? `${ids}-${falt}-fel` : ''].filter(Boolean);
    return {
      name: falt,
      'aria-invalid': fel[falt] ? true : undefined,
      'aria-describedby': delar.length > 0 ? delar.join(' ') : undefined,
    };
  };
  const felText = (falt: Sokfalt) =>
    fel[falt] ? (
      <p className="falt-fel" id={`${ids}-${falt}-fel`}>
        {fel[falt]}
      </p>
    ) : null;

  return (
    <form ref={form} className="granskning-sok inte-utskrift" role="search" aria-label="Sök i åtkomstloggen" noValidate onSubmit={(event) => sok(event, varden)}>
      <fieldset className="granskning-loggval">
        <legend>Logg</legend>
        {loggar.map((logg) => (
          <label key={logg}>
            <input type="radio" name="logg" value={logg} checked={varden.logg === logg} onChange={() => andra('logg', logg)} />
            {loggNamn[logg]}
          </label>
        ))}
      </fieldset>
      <div className="rad">
        <div className="granskning-falt">
          <label>
            Patient (personnummer)
            <input
              {...beskrivning('patient', true)}
              value={varden.patient}
              onChange={(event) => andra('patient', event.target.value)}
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              size={15}
            />
          </label>
          <p className="hjalp" id={`${ids}-patient-hjalp`}>
            Tolv siffror: ÅÅÅÅMMDD-NNNN.
          </p>
          {felText('patient')}
        </div>
        <div className="granskning-falt">
          <label>
            Användare (HSA-id)
            <input
              {...beskrivning('anvandare', true)}
              value={varden.anvandare}
              onChange={(event) => andra('anvandare', event.target.value)}
              autoComplete="off"
              spellCheck={false}
              size={28}
            />
          </label>
          <p className="hjalp" id={`${ids}-anvandare-hjalp`}>
            T.ex. SE2120001480-P000000000002.
          </p>
          {felText('anvandare')}
        </div>
        <div className="granskning-falt">
          <label>
            Period från
            <input type="date" {...beskrivning('fran')} value={varden.fran} onChange={(event) => andra('fran', event.target.value)} />
          </label>
          {felText('fran')}
        </div>
        <div className="granskning-falt">
          <label>
            Period till
            <input type="date" {...beskrivning('till')} value={varden.till} onChange={(event) => andra('till', event.target.value)} />
          </label>
          {felText('till')}
        </div>
        <div className="granskning-falt">
          <label>
            Grund
            <select {...beskrivning('grund')} value={varden.grund} onChange={(event) => andra('grund', event.target.value)}>
              <option value="">Alla grunder</option>
              {grunder.map((grund) => (
                <option key={grund} value={grund}>
                  {grundNamn[grund]}
                </option>
              ))}
            </select>
          </label>
          {felText('grund')}
        </div>
      </div>
      <div className="granskning-knappar">
        <button type="submit">Sök</button>
        <button
          type="button"
          className="sekundar"
          onClick={(event) => {
            const rensad: Loggsokning = { logg: varden.logg, patient: '', anvandare: '', fran: '', till: '', grund: '' };
            setVarden(rensad);
            sok(event, rensad);
          }}
        >
          Rensa villkoren
        </button>
      </div>
    </form>
  );
}
