// The application frame: login gate, header (Sidhuvud.tsx), and the page the
// URL names.
import { useCallback, useMemo, useState } from 'react';
import { AvvikelserPage } from './pages/avvikelser/AvvikelserPage.js';
import { GranskningPage } from './pages/granskning/GranskningPage.js';
import { NaromradePage } from './pages/naromrade/NaromradePage.js';
import { PatientPage } from './pages/patient/PatientPage.js';
import { RapporteraPage } from './pages/rapportera/RapporteraPage.js';
import { SipLuckorPage } from './pages/sipLuckor/SipLuckorPage.js';
import { arbetslistaMinne } from './pages/sipLuckor/arbetslistaMinne.js';
import { TokenPage } from './pages/utforskare/TokenPage.js';
import { choosePage, menuFor } from './pages.js';
import { SidanFinnsInte } from './pages/saknas/SidanFinnsInte.js';
import { Sidhuvud } from './Sidhuvud.js';
import { AvvikelsePage } from './pages/avvikelsehantering/AvvikelsePage.js';
import { InkorgPage } from './pages/avvikelsehantering/InkorgPage.js';
import { VaraRapporterPage } from './pages/avvikelsehantering/VaraRapporterPage.js';
import type { Route } from './routing/route.js';
import { requestedPage } from './routing/route.js';
import { useRoute } from './routing/useRoute.js';
import { LoginPage } from './session/LoginPage.js';
import { clearSession, loadSession, saveSession, type Session } from './session/session.js';
import { SessionContext, type SessionValue } from './session/SessionContext.js';

/** An IdP sends the user back with `#access_token=…`: take it and clean the URL. */
function tokenFromRedirect(): string | null {
  const match = /(?:^#|&)access_token=([^&]+)/.exec(window.location.hash);
  if (!match) return null;
  history.replaceState(null, '', window.location.pathname);
  return decodeURIComponent(match[1]!);
}

export function App() {
  const [session, setSession] = useState<Session | null>(() => {
    const redirected = tokenFromRedirect();
    return redirected ? saveSession(redirected) : loadSession();
  });
  const [meddelande, setMeddelande] = useState<string | null>(null);
  const route = useRoute();

  const logout = useCallback((reason?: string) => {
    // Patient data kept in memory for the way back to a list goes with the login.
    arbetslistaMinne.glom();
    clearSession();
    setSession(null);
    setMeddelande(reason ?? null);
  }, []);
  const value = useMemo<SessionValue | null>(() => (session ? { session, logout } : null), [session, logout]);

  if (!value) {
    return (
      <LoginPage
        meddelande={meddelande}
        onToken={(token) => {
          const next = saveSession(token);
          if (!next) return 'Tokenet saknar roller eller huvudman, eller är inget JWT.';
          setMeddelande(null);
          setSession(next);
          return null;
        }}
      />
    );
  }

  const menu = menuFor(value.session.roller);
  // Without a page in the URL the user starts on the first page of their menu (a granskare on Granskning);
  // a page the roles lack gets the neutral page, never another page reading the URL's parameters.
  const choice = choosePage(requestedPage(window.location.hash), value.session.roller);
  return (
    <SessionContext.Provider value={value}>
      <a className="hoppa" href="#innehall" onClick={(event) => { event.preventDefault(); document.getElementById('innehall')?.focus(); }}>
        Hoppa till innehållet
      </a>
      <Sidhuvud menu={menu} aktuell={choice.kind === 'page' ? choice.entry.id : null} />
      <main id="innehall" tabIndex={-1}>
        {choice.kind === 'page' ? (
          <CurrentPage route={{ ...route, page: choice.entry.id }} />
        ) : choice.kind === 'notForRole' ? (
          <SidanFinnsInte start={choice.start} />
        ) : (
          <p>Din roll har inga sidor här.</p>
        )}
      </main>
    </SessionContext.Provider>
  );
}

function CurrentPage({ route }: { route: Route }) {
  switch (route.page) {
    case 'naromrade':
      return <NaromradePage route={route} />;
    case 'rapportera':
      return <RapporteraPage route={route} />;
    case 'avvikelser':
      return <AvvikelserPage route={route} />;
    case 'sip-luckor':
      return <SipLuckorPage route={route} />;
    case 'patient':
      return <PatientPage route={route} />;
    case 'granskning':
      return <GranskningPage route={route} />;
    case 'token':
      return <TokenPage />;
    case 'inkorg':
      return <InkorgPage route={route} />;
    case 'vara-rapporter':
      return <VaraRapporterPage route={route} />;
    case 'avvikelse':
      return <AvvikelsePage route={route} />;
  }
}
