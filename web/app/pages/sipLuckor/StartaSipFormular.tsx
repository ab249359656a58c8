// "Starta SIP" for one patient of the SIP-gap worklist: the patient's consent
// (for this patient only), who has huvudansvar, the needs, one or more
// insatser (added and removed in the form) and the first follow-up, then one
// `skapaSip` with them all. One client key per form, kept across
// retries; what was typed stays when it fails. When the API asks for an access
// ground for this patient, it is asked for beside the form (its own <form>).
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { SipLuckorSkapaSipDocument } from '../../generated/graphql.js';
import type { Atkomstgrund } from '../../graphql/executeOperation.js';
import { tolkaFel } from '../../graphql/felmeddelanden.js';
import { useMutationRunner } from '../../graphql/useOperation.js';
import { formatPersonnummer } from '../../format/personnummer.js';
import type { ListSip } from './arbetslista.js';
import {
  andraInsats,
  faltForStartaSip,
  felUtanInsats,
  granskaStartaSip,
  laggTillInsats,
  taBortInsats,
  tomtStartaSip,
  type Faltfel,
  type StartaSipFormular,
} from './startaSip.js';
import { FormularSlut } from '../../components/FormularSlut.js';
import { SipGrundfraga } from './SipGrundfraga.js';

const faltId = (personnummer: string, falt: string) => `starta-sip-${personnummer}-${falt.replace(/[^a-zA-Z0-9]+/g, '-')}`;

export function StartaSip({
  personnummer,
  naromradeId,
  kommunkod,
  kommunnamn,
  egenHuvudman,
  idag,
  onStartad,
  onAvbryt,
}: {
  personnummer: string;
  naromradeId: string;
  kommunkod: string;
  kommunnamn: string;
  egenHuvudman: string;
  idag: string;
  onStartad(sip: ListSip): void;
  onAvbryt(): void;
}) {
  const run = useMutationRunner();
  const [klientnyckel] = useState(() => crypto.randomUUID());
  const [formular, setFormular] = useState<StartaSipFormular>(() => tomtStartaSip(idag, egenHuvudman, kommunkod));
  const [fel, setFel] = useState<Faltfel>({});
  const [allmanna, setAllmanna] = useState<string[]>([]);
  const [skickar, setSkickar] = useState(false);
  // Asked for only when the API says this patient's SIP needs one.
  const [fragaGrund, setFragaGrund] = useState(false);
  const [fokusera, setFokusera] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const rubrikRef = useRef<HTMLHeadingElement>(null);
  const grundRef = useRef<HTMLDivElement>(null);
  const laggTillRef = useRef<HTMLButtonElement>(null);
  // After adding or removing an insats the keyboard goes on from there: to the new insats, or to the one that took the removed one's place.
  const [insatsfokus, setInsatsfokus] = useState<{ index: number } | 'LAGG_TILL' | null>(null);
  const [insatsbesked, setInsatsbesked] = useState('');
  const sida = egenHuvudman === 'VGR' ? 'VGR' : kommunkod;
  const huvudmanVal = [
    { id: 'VGR', namn: 'Västra Götalandsregionen' },
    { id: kommunkod, namn: kommunnamn },
  ];
  const rubrikId = faltId(personnummer, 'rubrik');

  useEffect(() => rubrikRef.current?.focus(), []);
  useEffect(() => {
    if (fokusera === 0) return;
    if (fragaGrund) grundRef.current?.focus();
    else formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .meddelande.fel')?.focus();
  }, [fokusera, fragaGrund]);

  useEffect(() => {
    if (insatsfokus === null) return;
    if (insatsfokus === 'LAGG_TILL') laggTillRef.current?.focus();
    else document.getElementById(faltId(personnummer, `input.insatser.${insatsfokus.index}.beskrivning`))?.focus();
    setInsatsfokus(null);
  }, [insatsfokus, personnummer]);

  const andra = (andring: Partial<StartaSipFormular>) => setFormular((forra) => ({ ...forra, ...andring }));
  const laggTill = () => {
    setFormular((forra) => laggTillInsats(forra, sida));
    setInsatsbesked(`Insats ${formular.insatser.length + 1} lades till.`);
    setInsatsfokus({ index: formular.insatser.length });
  };
  const taBort = (index: number) => {
    setFormular((forra) => taBortInsats(forra, index));
    setFel((forra) => felUtanInsats(forra, index));
    setInsatsbesked(`Insats ${index + 1} togs bort.`);
    setInsatsfokus(index < formular.insatser.length - 1 ? { index } : 'LAGG_TILL');
  };

  async function skicka(grund: Atkomstgrund | null) {
    if (skickar) return;
    const granskat = granskaStartaSip(formular, { personnummer, naromradeId, klientnyckel }, idag);
    if ('fel' in granskat) {
      setFel(granskat.fel);
      setAllmanna([]);
      setFragaGrund(false);
      setFokusera((value) => value + 1);
      return;
    }
    setSkickar(true);
    const result = await run(SipLuckorSkapaSipDocument, { input: granskat.input }, { atkomstgrund: grund });
    setSkickar(false);
    if (result.data) {
      onStartad(result.data.skapaSip.sip);
      return;
    }
    const tolkade = tolkaFel(result.errors);
    setFel(faltForStartaSip(tolkade.falt));
    const behoverGrund = tolkade.koder.includes('ATKOMSTGRUND_SAKNAS');
    setFragaGrund(behoverGrund);
    setAllmanna(behoverGrund ? [] : tolkade.allmanna);
    setFokusera((value) => value + 1);
  }

  const falt = (namn: string, etikett: string, input: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode, hjalp?: string) => {
    const id = faltId(personnummer, namn);
    const felText = fel[namn];
    const beskrivning = [hjalp ? `${id}-hjalp` : null, felText ? `${id}-fel` : null].filter((del) => del !== null).join(' ');
    return (
      <label htmlFor={id}>
        {etikett}
        {input({ id, ...(felText ? { 'aria-invalid': true as const } : {}), ...(beskrivning ? { 'aria-describedby': beskrivning } : {}) })}
        {hjalp ? (
          <span className="hjalp" id={`${id}-hjalp`}>
            {hjalp}
          </span>
        ) : null}
        {felText ? (
          <span className="falt-fel" id={`${id}-fel`}>
            {felText}
          </span>
        ) : null}
      </label>
    );
  };
  const samtyckeId = faltId(personnummer, 'input.samtycke');

  return (
    <div className="starta-sip">
      <form
        ref={formRef}
        aria-labelledby={rubrikId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void skicka(null);
        }}
      >
        <h3 id={rubrikId} ref={rubrikRef} tabIndex={-1}>
          Starta SIP för {formatPersonnummer(personnummer)}
        </h3>
        <fieldset>
          <legend>Patientens samtycke</legend>
          <label className="kryss" htmlFor={samtyckeId}>
            <input
              id={samtyckeId}
              type="checkbox"
              checked={formular.samtycke}
              onChange={(event) => andra({ samtycke: event.target.checked })}
              {...(fel['input.samtycke'] ? { 'aria-invalid': true as const, 'aria-describedby': `${samtyckeId}-fel` } : {})}
            />
            Patienten har samtyckt till en SIP
          </label>
          {fel['input.samtycke'] ? (
            <span className="falt-fel" id={`${samtyckeId}-fel`}>
              {fel['input.samtycke']}
            </span>
          ) : null}
          <p className="hjalp">Samtycket gäller den här patienten och att regionen och kommunen delar uppgifter för planen.</p>
          {falt('input.samtyckeDatum', 'Datum för samtycket', (props) => (
            <input {...props} type="date" max={idag} value={formular.samtyckeDatum} onChange={(event) => andra({ samtyckeDatum: event.target.value })} />
          ))}
        </fieldset>
        <fieldset>
          <legend>Planen</legend>
          {falt('input.huvudansvar', 'Huvudansvar', (props) => (
            <select {...props} value={formular.huvudansvar} onChange={(event) => andra({ huvudansvar: event.target.value })}>
              {huvudmanVal.map((val) => (
                <option key={val.id} value={val.id}>
                  {val.namn}
                </option>
              ))}
            </select>
          ))}
          {falt(
            'input.behov',
            'Patientens behov',
            (props) => <textarea {...props} rows={3} value={formular.behov} onChange={(event) => andra({ behov: event.target.value })} />,
            'Ett behov per rad. Skriv vad som behövs, inte personnummer.',
          )}
          {formular.insatser.map((insats, index) => (
            <fieldset key={insats.nyckel} className="rad starta-sip-insats">
              <legend>Insats {index + 1}</legend>
              {falt(`input.insatser.${index}.beskrivning`, 'Vad görs', (props) => (
                <input {...props} type="text" value={insats.beskrivning} onChange={(event) => setFormular((forra) => andraInsats(forra, index, { beskrivning: event.target.value }))} />
              ))}
              {falt(`input.insatser.${index}.huvudman`, 'Ansvarig huvudman', (props) => (
                <select {...props} value={insats.huvudman} onChange={(event) => setFormular((forra) => andraInsats(forra, index, { huvudman: event.target.value }))}>
                  {huvudmanVal.map((val) => (
                    <option key={val.id} value={val.id}>
                      {val.namn}
                    </option>
                  ))}
                </select>
              ))}
              {falt(`input.insatser.${index}.verksamhet`, 'Verksamhet', (props) => (
                <input {...props} type="text" value={insats.verksamhet} onChange={(event) => setFormular((forra) => andraInsats(forra, index, { verksamhet: event.target.value }))} />
              ))}
              {formular.insatser.length > 1 ? (
                <button type="button" className="sekundar" onClick={() => taBort(index)}>
                  Ta bort insats {index + 1}
                </button>
              ) : null}
            </fieldset>
          ))}
          {fel['input.insatser'] ? (
            <p className="falt-fel" tabIndex={-1}>
              {fel['input.insatser']}
            </p>
          ) : null}
          <p className="rad">
            <button type="button" ref={laggTillRef} className="sekundar" onClick={laggTill}>
              Lägg till insats
            </button>
          </p>
          <p className="hjalp" role="status">
            {insatsbesked}
          </p>
          {falt('input.nastaUppfoljning', 'Första uppföljning', (props) => (
            <input {...props} type="date" min={idag} value={formular.nastaUppfoljning} onChange={(event) => andra({ nastaUppfoljning: event.target.value })} />
          ))}
        </fieldset>
        <FormularSlut allmanna={allmanna} skickar={skickar} skicka={'Starta SIP'} skickarText="Startar …" onAvbryt={onAvbryt} knappar={!fragaGrund} />
      </form>
      {fragaGrund ? (
        <SipGrundfraga
          grundRef={grundRef}
          etikett="Åtkomstgrund för att starta SIP:en"
          text="Patientens SIP hör också till en annan huvudman: ange åtkomstgrund för den här patienten för att starta den. Det du fyllt i finns kvar."
          knapptext="Bekräfta och starta SIP"
          onBekrafta={(grund) => void skicka(grund)}
          onAvbryt={onAvbryt}
        />
      ) : null}
    </div>
  );
}
