// Logging in. In development (no IdP configured) the user picks a role and a
// huvudman and gets a token from the local development issuer; in
// production the organisation's IdP signs the user in and sends them back
// with the token in the URL fragment (`#access_token=…`).
import { useEffect, useState } from 'react';
import { roleNames } from './roleNames.js';

interface LoginConfiguration {
  inloggning: 'utveckling' | 'idp';
  idpInloggningUrl: string | null;
  roller: string[];
  huvudman: { id: string; namn: string }[];
}

export function LoginPage({ onToken, meddelande }: { onToken(token: string): string | null; meddelande: string | null }) {
  const [configuration, setConfiguration] = useState<LoginConfiguration | null>(null);
  const [fel, setFel] = useState<string | null>(null);
  const [roll, setRoll] = useState('nosam');
  const [huvudman, setHuvudman] = useState('1480');
  const [klistrad, setKlistrad] = useState('');
  const [skickar, setSkickar] = useState(false);

  useEffect(() => {
    fetch('/api/konfiguration')
      .then((response) => (response.ok ? (response.json() as Promise<LoginConfiguration>) : Promise.reject(new Error(String(response.status)))))
      .then(setConfiguration, () => setFel('Inloggningen kunde inte läsa sin konfiguration från servern.'));
  }, []);

  async function loggaIn() {
    setSkickar(true);
    setFel(null);
    try {
      const response = await fetch('/api/utvecklingsinloggning', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ roll, huvudman }),
      });
      const body = (await response.json()) as { token?: string; errors?: { message: string }[] };
      if (!response.ok || !body.token) setFel(body.errors?.[0]?.message ?? `Inloggningen misslyckades (HTTP ${response.status}).`);
      else setFel(onToken(body.token));
    } catch {
      setFel('Servern svarar inte.');
    } finally {
      setSkickar(false);
    }
  }

  return (
    <main className="inloggning" id="innehall">
      <h1>Samsyn</h1>
      <p className="ingress">Gemensam bild för region och kommuner i Västra Götaland: närområden, avvikelser i samverkan och samordnad individuell plan.</p>
      {meddelande ? (
        <p className="meddelande delvis" role="status">
          {meddelande}
        </p>
      ) : null}
      {fel ? (
        <p className="meddelande fel" role="alert">
          {fel}
        </p>
      ) : null}
      {configuration === null && !fel ? <p className="laddar">Laddar …</p> : null}
      {configuration?.inloggning === 'utveckling' ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void loggaIn();
          }}
        >
          <fieldset>
            <legend>Logga in (utvecklingsläge)</legend>
            <p className="hjalp">Utvecklingsläge: välj roll och huvudman. Tokenet kommer från den lokala utvecklingsutfärdaren och godtas inte i produktion.</p>
            <label>
              Roll
              <select name="roll" value={roll} onChange={(event) => setRoll(event.target.value)}>
                {configuration.roller.map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {roleNames[candidate] ?? candidate}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Huvudman
              <select name="huvudman" value={huvudman} onChange={(event) => setHuvudman(event.target.value)}>
                {configuration.huvudman.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.id === 'VGR' ? candidate.namn : `${candidate.namn} (${candidate.id})`}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" disabled={skickar}>
              Logga in
            </button>
          </fieldset>
        </form>
      ) : null}
      {configuration?.inloggning === 'idp' ? (
        <section>
          <h2>Logga in</h2>
          {configuration.idpInloggningUrl ? (
            <p>
              <a className="knapp" href={configuration.idpInloggningUrl}>
                Logga in med SITHS via organisationens IdP
              </a>
            </p>
          ) : (
            <p>Ingen IdP-adress är konfigurerad (SAMSYN_IDP_LOGIN_URL). Klistra in ett token från IdP:n nedan.</p>
          )}
          <form
            onSubmit={(event) => {
              event.preventDefault();
              setFel(onToken(klistrad.trim()));
            }}
          >
            <label>
              Token (JWT)
              <textarea name="token" rows={3} value={klistrad} onChange={(event) => setKlistrad(event.target.value)} />
            </label>
            <button type="submit">Använd token</button>
          </form>
        </section>
      ) : null}
    </main>
  );
}
