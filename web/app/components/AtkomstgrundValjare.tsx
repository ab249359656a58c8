// Asks for the access ground before another huvudman's patient data is
// fetched: none (own huvudman's data only), samtycke, or nödåtkomst with a
// written reason. The choice is attested by the user and logged by each
// huvudman that is asked.
import { useState } from 'react';
import type { Atkomstgrund } from '../graphql/executeOperation.js';

const minimumReasonLength = 10;

interface Props {
  onBekrafta(grund: Atkomstgrund | null): void;
  /** The confirm button's text; "Bekräfta och hämta" unless told. */
  knapptext?: string | undefined;
  /** False where "no ground" is no choice (a write that needs one): samtycke is then chosen at first. */
  visaIngen?: boolean | undefined;
  /** False where one choice would cover many patients (a list): consent is one patient's, given for that patient. */
  visaSamtycke?: boolean | undefined;
}

export function AtkomstgrundValjare({ onBekrafta, knapptext = 'Bekräfta och hämta', visaIngen = true, visaSamtycke = true }: Props) {
  const [typ, setTyp] = useState<'INGEN' | 'SAMTYCKE' | 'NODATKOMST'>(visaIngen ? 'INGEN' : visaSamtycke ? 'SAMTYCKE' : 'NODATKOMST');
  const [anledning, setAnledning] = useState('');
  const reasonMissing = typ === 'NODATKOMST' && anledning.trim().length < minimumReasonLength;
  return (
    <form
      className="atkomstgrund"
      onSubmit={(event) => {
        event.preventDefault();
        if (reasonMissing) return;
        onBekrafta(typ === 'INGEN' ? null : typ === 'SAMTYCKE' ? { typ: 'SAMTYCKE' } : { typ: 'NODATKOMST', anledning: anledning.trim() });
      }}
    >
      <fieldset>
        <legend>Åtkomstgrund för andra huvudmäns uppgifter</legend>
        {visaIngen ? (
          <label>
            <input type="radio" name="atkomstgrund" value="INGEN" checked={typ === 'INGEN'} onChange={() => setTyp('INGEN')} />
            Ingen – visa bara min huvudmans uppgifter
          </label>
        ) : null}
        {visaSamtycke ? (
          <label>
            <input type="radio" name="atkomstgrund" value="SAMTYCKE" checked={typ === 'SAMTYCKE'} onChange={() => setTyp('SAMTYCKE')} />
            Patienten har samtyckt
          </label>
        ) : null}
        <label>
          <input type="radio" name="atkomstgrund" value="NODATKOMST" checked={typ === 'NODATKOMST'} onChange={() => setTyp('NODATKOMST')} />
          Nödåtkomst (patienten kan inte samtycka; granskas i efterhand)
        </label>
        {typ === 'NODATKOMST' ? (
          <label className="anledning">
            Anledning (minst {minimumReasonLength} tecken)
            <textarea name="anledning" value={anledning} onChange={(event) => setAnledning(event.target.value)} rows={2} required />
          </label>
        ) : null}
        <p className="hjalp">Valet loggas hos varje huvudman vars uppgifter hämtas.</p>
        <button type="submit" disabled={reasonMissing}>
          {knapptext}
        </button>
      </fieldset>
    </form>
  );
}
