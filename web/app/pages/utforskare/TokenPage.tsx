// "Token för API:et": how integration developers get a token (development
// issuer, the organisation's IdP in production), how to send it with an
// access ground, and the user's own token to try things with — marked personal.
import { useState } from 'react';
import { roleNames } from '../../session/roleNames.js';
import { useSession } from '../../session/SessionContext.js';
import { tokenGiltighet } from './tokenGiltighet.js';

const roller: readonly { roll: string; far: string }[] = [
  { roll: 'vardpersonal', far: 'Patientuppgifter: den egna huvudmannens fritt, andra huvudmäns bara med åtkomstgrund (samtycke eller nödåtkomst).' },
  { roll: 'nosam', far: 'Närområdesnivå: planer, boenden, resurser, avvikelser utan patientkoppling, antal – aldrig personnummer.' },
  { roll: 'analytiker', far: 'Aggregat och avvikelser utan patientkoppling – aldrig personnummer.' },
  { roll: 'granskare', far: 'Den egna huvudmannens åtkomstlogg, dess verifiering och patienters loggutdrag för huvudmannen.' },
  { roll: 'system', far: 'Det som klientens scopes säger (se nedan).' },
];

const scopes: readonly { scope: string; ger: string }[] = [
  { scope: 'patient:read', ger: 'läsa patientuppgifter (med åtkomstgrund för andra huvudmäns uppgifter)' },
  { scope: 'avvikelse:read', ger: 'läsa avvikelser och analyser' },
  { scope: 'avvikelse:write', ger: 'rapportera och hantera avvikelser' },
  { scope: 'atkomstlogg:read', ger: 'läsa huvudmannens åtkomstlogg och verifiera den' },
  { scope: 'loggutdrag:read', ger: 'läsa patienters loggutdrag' },
];

export function TokenPage() {
  const { session } = useSession();
  const [kopiering, setKopiering] = useState<'kopierat' | 'misslyckades' | null>(null);
  const [visaToken, setVisaToken] = useState(false);
  const endpoint = `${window.location.origin}/graphql`;

  const kopiera = async () => {
    try {
      await navigator.clipboard.writeText(session.token);
      setKopiering('kopierat');
    } catch {
      // No clipboard (permissions, older browser): show the token to copy by hand.
      setKopiering('misslyckades');
      setVisaToken(true);
    }
  };

  return (
    <div className="token-sida">
      <h1>Token för API:et</h1>
      <p className="ingress">
        Varje anrop till Samsyns GraphQL-API bär ett token (JWT) i huvudet <code>Authorization: Bearer …</code>. Tokenet säger vem du är, vilken enhet och
        huvudman du agerar för och vilka roller du har; varje huvudman kontrollerar det själv. Prova anropen i{' '}
        <a href="/utforskare.html">API-utforskaren</a>, som skickar ditt token åt dig.
      </p>

      <section aria-labelledby="mitt-token">
        <h2 id="mitt-token">Ditt token</h2>
        <dl className="token-fakta">
          <dt>Roller</dt>
          <dd>{session.roller.map((roll) => roleNames[roll] ?? roll).join(', ')}</dd>
          <dt>Huvudman</dt>
          <dd>{session.huvudman === 'VGR' ? 'VGR (regionen)' : `kommun ${session.huvudman}`}</dd>
          <dt>Enhet (HSA-id)</dt>
          <dd>{session.organisation || '–'}</dd>
          <dt>Giltighet</dt>
          <dd>{tokenGiltighet(session.expiresAt, Date.now() / 1000)}</dd>
        </dl>
        <div className="meddelande delvis" role="note">
          <strong>Tokenet är personligt.</strong> Det bär din identitet och dina behörigheter, och allt som görs med det loggas i ditt namn hos varje
          huvudman. Använd det bara för att prova själv; dela det inte och klistra inte in det i ärenden, e-post eller chatt.
        </div>
        <div className="rad">
          <button type="button" onClick={() => void kopiera()}>
            Kopiera mitt token
          </button>
          <button type="button" className="sekundar" aria-expanded={visaToken} aria-controls="mitt-token-text" onClick={() => setVisaToken(!visaToken)}>
            {visaToken ? 'Dölj mitt token' : 'Visa mitt token'}
          </button>
          <span role="status" aria-live="polite">
            {kopiering === 'kopierat' ? 'Kopierat till urklipp.' : kopiering === 'misslyckades' ? 'Kunde inte kopiera: markera tokenet nedan och kopiera det.' : ''}
          </span>
        </div>
        {visaToken ? (
          <label className="token-text">
            Mitt token
            <textarea id="mitt-token-text" readOnly value={session.token} rows={4} spellCheck={false} onFocus={(event) => event.currentTarget.select()} />
          </label>
        ) : null}
      </section>

      <section aria-labelledby="skicka">
        <h2 id="skicka">Så skickar du tokenet</h2>
        <pre className="kod">
          {`curl ${endpoint} \\
  -H "authorization: Bearer $TOKEN" \\
  -H "content-type: application/json" \\
  -d '{"query":"{ kommuner { kod namn } }"}'`}
        </pre>
        <p>
          Utan giltigt token svarar API:et <code>UNAUTHENTICATED</code> (HTTP 401) med orsaken i <code>extensions.reason</code>, t.ex.{' '}
          <code>TOKEN_EXPIRED</code>. Det som rollen inte får göra nekas med <code>FORBIDDEN</code>.
        </p>
      </section>

      <section aria-labelledby="atkomstgrund">
        <h2 id="atkomstgrund">Åtkomstgrund för andra huvudmäns patientuppgifter</h2>
        <p>
          Din egen huvudmans patientuppgifter får du med rollen. För en annan huvudmans uppgifter anger du en åtkomstgrund i huvuden nedan; utan den blir de
          fälten <code>null</code> med felet <code>ATKOMSTGRUND_SAKNAS</code>, medan den egna huvudmannens uppgifter ändå kommer. Varje huvudman loggar
          läsningen och grunden.
        </p>
        <pre className="kod">
          {`x-samsyn-atkomstgrund: samtycke        # du intygar patientens samtycke
x-samsyn-atkomstgrund: nodatkomst      # nödåtkomst, granskas i efterhand; kräver anledning:
x-samsyn-nodatkomst-anledning: Medvetsl%C3%B6s%20patient%2C%20beh%C3%B6ver%20l%C3%A4kemedelslistan`}
        </pre>
        <p>
          Anledningen skickas procentkodad (<code>encodeURIComponent</code>), eftersom ett HTTP-huvud inte kan bära å, ä och ö. En spärr som patienten har hos
          en huvudman döljer den huvudmannens uppgifter även vid samtycke; svaret säger då bara <code>sparradInformationFinns: true</code>. Nödåtkomst
          öppnar spärren.
        </p>
        <p>
          I API-utforskaren skriver du huvudena som JSON i fliken <strong>Headers</strong> under frågan, till exempel{' '}
          <code>{'{"x-samsyn-atkomstgrund": "samtycke"}'}</code>. Utforskaren lägger själv till ditt token och procentkodar en anledning som du skriver i
          klartext.
        </p>
      </section>

      <section aria-labelledby="utveckling">
        <h2 id="utveckling">Token i utvecklingsmiljön</h2>
        <p>
          <code>npm start</code> kör en lokal utfärdare (nyckelpar i <code>.data/dev-issuer/</code>). Den ger token för alla roller – aldrig i produktion:
        </p>
        <pre className="kod">
          {`npm run token -- --roll vardpersonal --huvudman 1480     # sjuksköterska i Göteborg
npm run token -- --roll nosam --huvudman VGR             # NOSAM-deltagare i regionen
npm run token -- --roll system --huvudman VGR --scope patient:read --klient journal-x`}
        </pre>
        <p>
          Fler val: <code>--organisation</code> (enhetens HSA-id), <code>--anvandare</code> (medarbetarens HSA-id), <code>--klient</code> och{' '}
          <code>--scope</code> (upprepas) för systemklienter, <code>--timmar</code> (livslängd i timmar, normalt 8; högst vad tjänsterna godtar enligt <code>SAMSYN_TOKEN_MAX_LIFETIME_SECONDS</code>, normalt 12). Huvudman är <code>VGR</code> eller en
          kommunkod (1401–1499).
        </p>
        <table>
          <caption>Roller och vad de får</caption>
          <thead>
            <tr>
              <th scope="col">Roll</th>
              <th scope="col">Får</th>
            </tr>
          </thead>
          <tbody>
            {roller.map((rad) => (
              <tr key={rad.roll}>
                <td>
                  <code>{rad.roll}</code>
                </td>
                <td>{rad.far}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>Scopes för systemklienter</caption>
          <thead>
            <tr>
              <th scope="col">Scope</th>
              <th scope="col">Ger rätt att</th>
            </tr>
          </thead>
          <tbody>
            {scopes.map((rad) => (
              <tr key={rad.scope}>
                <td>
                  <code>{rad.scope}</code>
                </td>
                <td>{rad.ger}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="produktion">
        <h2 id="produktion">Token i produktion</h2>
        <ul>
          <li>
            Token utfärdas av organisationens identitetsleverantör (IdP) över OpenID Connect. Användare loggar in med SITHS (SITHS-kort eller SITHS eID) och
            väljer medarbetaruppdrag; tokenet bär bland annat <code>employeeHsaId</code>, <code>commissionHsaId</code> (enheten), <code>huvudman</code> och{' '}
            <code>roles</code>.
          </li>
          <li>
            Systemklienter (integrationer) registreras hos IdP:n och hämtar token med OAuth 2.0 <em>client credentials</em> för de scopes de är registrerade
            för, t.ex. <code>patient:read</code> eller <code>avvikelse:write</code>. Kontakta IdP-förvaltningen i din organisation för registrering.
          </li>
          <li>
            Samsyn kontrollerar signaturen (ES256 eller RS256) mot IdP:ns nyckeluppsättning, utfärdaren, mottagaren <code>samsyn</code> och giltighetstiden –
            i gatewayen och igen hos varje huvudman.
          </li>
        </ul>
      </section>
    </div>
  );
}
