// Taking one workflow step: what the step means, the comment it needs (the
// återkoppling, or the reason for refusing), the level for a systemfel, and
// confirm or cancel. What the user wrote stays while the step is not stored.
import { useEffect, useRef } from 'react';
import { containsPersonnummer } from '../../format/friText.js';
import { avvikelseHandlingNamn, systemfelNivaNamn } from '../../format/kodnamn.js';
import type { AvvikelseHandling, SystemfelNiva } from '../../generated/graphql.js';

export interface MojligHandling {
  handling: AvvikelseHandling;
  kommentarKravs: boolean;
  systemfelNivaer: readonly SystemfelNiva[];
}

const forklaring: Record<AvvikelseHandling, string> = {
  TA_EMOT: 'Ni tar emot avvikelsen för er enhet och ska återkoppla inom 60 dagar från idag.',
  PABORJA_UTREDNING: 'Ni påbörjar utredningen av vad som hände och varför.',
  MARKERA_ATGARDAD: 'Åtgärder är vidtagna; nästa steg är att återkoppla till den som rapporterade.',
  ATERKOPPLA: 'Återkopplingen går till den rapporterande enheten: vad ni kommit fram till och vad ni gjort.',
  AVSLUTA: 'Ni har tagit del av återkopplingen och avslutar avvikelsen.',
  AVVISA: 'Avvisa när avvikelsen inte gäller er huvudman. Den rapporterande enheten får skälet.',
  LYFT_SOM_SYSTEMFEL: 'Lyft avvikelsen när felet återkommer och behöver lösas i samverkan, inte bara i det enskilda fallet.',
};

export function kommentarEtikett(handling: AvvikelseHandling): string {
  if (handling === 'ATERKOPPLA') return 'Återkoppling till rapportören';
  if (handling === 'AVVISA') return 'Skäl att avvisa';
  return 'Kommentar (valfri)';
}

export function Handlingspanel({
  mojlig,
  kommentar,
  niva,
  skickar,
  kommentarFel,
  onKommentar,
  onNiva,
  onBekrafta,
  onAvbryt,
}: {
  mojlig: MojligHandling;
  kommentar: string;
  niva: SystemfelNiva | null;
  skickar: boolean;
  kommentarFel: string | null;
  onKommentar(text: string): void;
  onNiva(niva: SystemfelNiva): void;
  onBekrafta(): void;
  onAvbryt(): void;
}) {
  const forsta = useRef<HTMLTextAreaElement>(null);
  useEffect(() => forsta.current?.focus(), [mojlig.handling]);
  const namn = avvikelseHandlingNamn[mojlig.handling];
  const personnummerVarning = containsPersonnummer(kommentar);
  const beskrivningar = [kommentarFel ? 'steg-kommentar-fel' : null, personnummerVarning && !kommentarFel ? 'steg-kommentar-varning' : null, 'steg-kommentar-hjalp']
    .filter(Boolean)
    .join(' ');
  return (
    <form
      className="handlingspanel"
      aria-labelledby="steg-rubrik"
      onSubmit={(event) => {
        event.preventDefault();
        onBekrafta();
      }}
    >
      <h3 id="steg-rubrik">{namn}</h3>
      <p>{forklaring[mojlig.handling]}</p>
      {mojlig.systemfelNivaer.length > 0 ? (
        <fieldset>
          <legend>Nivå</legend>
          {mojlig.systemfelNivaer.map((kandidat) => (
            <label key={kandidat} className="kryss">
              <input type="radio" name="systemfel-niva" value={kandidat} checked={niva === kandidat} onChange={() => onNiva(kandidat)} />
              {systemfelNivaNamn[kandidat]}
            </label>
          ))}
        </fieldset>
      ) : null}
      <label className="bred">
        {kommentarEtikett(mojlig.handling)}
        <textarea
          ref={forsta}
          rows={4}
          value={kommentar}
          aria-required={mojlig.kommentarKravs}
          aria-invalid={kommentarFel ? true : undefined}
          aria-describedby={beskrivningar}
          onChange={(event) => onKommentar(event.target.value)}
        />
      </label>
      <p className="hjalp" id="steg-kommentar-hjalp">
        Skriv vad som hänt och gjorts, utan namn eller personnummer. Högst 4 000 tecken.
      </p>
      {personnummerVarning && !kommentarFel ? (
        <p className="falt-fel" id="steg-kommentar-varning">
          Texten verkar innehålla ett personnummer. Beskriv vad som hände, inte vem: ta bort numret.
        </p>
      ) : null}
      {kommentarFel ? (
        <p className="falt-fel" id="steg-kommentar-fel">
          {kommentarFel}
        </p>
      ) : null}
      <div className="rad">
        <button type="submit" disabled={skickar}>
          {skickar ? 'Sparar …' : `Bekräfta: ${namn}`}
        </button>
        <button type="button" className="sekundar" onClick={onAvbryt}>
          Avbryt
        </button>
      </div>
    </form>
  );
}
