// Choosing the patient and confirming the access ground: nothing is fetched
// until the user has both typed a valid personnummer and attested a ground
// (or chosen none, which fetches only their own huvudman's parts).
import { useEffect, useId, useRef, useState } from 'react';
import { AtkomstgrundValjare } from '../../components/AtkomstgrundValjare.js';
import type { Atkomstgrund } from '../../graphql/executeOperation.js';
import { formatPersonnummer, parsePersonnummer } from '../../format/personnummer.js';

interface Props {
  personnummer: string;
  /** Set when the user came back to change something: that control gets the keyboard. */
  fokus?: 'grund' | 'personnummer' | undefined;
  onBekrafta(personnummer: string, grund: Atkomstgrund | null): void;
}

export function PatientVal({ personnummer, fokus, onBekrafta }: Props) {
  const [text, setText] = useState(personnummer ? formatPersonnummer(personnummer) : '');
  const [fel, setFel] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const section = useRef<HTMLElement>(null);
  const ids = useId();
  const focusGround = () => section.current?.querySelector<HTMLInputElement>('input[name="atkomstgrund"]:checked')?.focus();

  useEffect(() => {
    if (fokus === 'grund') focusGround();
    else if (fokus === 'personnummer') input.current?.focus();
    // Only when the form appears: later renders must not pull the focus back.
  }, []);

  /** The twelve digits, or null after showing why not and returning the user to the field. */
  const checked = (): string | null => {
    const result = parsePersonnummer(text);
    if (!result.ok) {
      setFel(result.fel);
      input.current?.focus();
      return null;
    }
    setFel(null);
    return result.personnummer;
  };

  return (
    <section className="patient-val" aria-labelledby={`${ids}-rubrik`} ref={section}>
      <h2 id={`${ids}-rubrik`}>Välj patient och åtkomstgrund</h2>
      <form
        noValidate
        onSubmit={(event) => {
          // Enter in the field moves on to the ground: fetching needs that choice too.
          event.preventDefault();
          if (checked()) focusGround();
        }}
      >
        <label>
          Personnummer
          <input
            ref={input}
            name="personnummer"
            value={text}
            onChange={(event) => setText(event.target.value)}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            size={16}
            aria-invalid={fel ? true : undefined}
            aria-describedby={`${ids}-format${fel ? ` ${ids}-fel` : ''}`}
          />
        </label>
        <p className="hjalp" id={`${ids}-format`}>
          Tolv siffror: ÅÅÅÅMMDD-NNNN. Samordningsnummer går också.
        </p>
        {fel ? (
          <p className="falt-fel" id={`${ids}-fel`} role="alert">
            {fel}
          </p>
        ) : null}
      </form>
      <AtkomstgrundValjare
        onBekrafta={(grund) => {
          const valid = checked();
          if (valid) onBekrafta(valid, grund);
        }}
      />
    </section>
  );
}
