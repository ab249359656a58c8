// The NOSAM meetings section: record the meeting being held, and read the
// earlier ones. After a meeting is recorded the page reloads the plan, so the
// agenda, the åtgärder and the list show it at once; the page keeps the
// confirmation (this section is remounted by the reload).
import { useEffect, useRef, useState } from 'react';
import type { NaromradeVyPlanQuery } from '../../../generated/graphql.js';
import { useSession } from '../../../session/SessionContext.js';
import { RegistreraMote } from './RegistreraMote.js';
import { TidigareMoten } from './TidigareMoten.js';

type Moten = NonNullable<NaromradeVyPlanQuery['naromrade']>['moten'];

export function MotenSektion({
  naromradeId,
  kommunkod,
  kommunnamn,
  idag,
  moten,
  besked,
  onRegistrerat,
}: {
  naromradeId: string;
  kommunkod: string;
  kommunnamn: string;
  idag: string;
  moten: Moten;
  /** The confirmation of the meeting just recorded, if any. */
  besked: string | null;
  onRegistrerat(datum: string): void;
}) {
  const { session } = useSession();
  const [oppen, setOppen] = useState(false);
  const beskedRef = useRef<HTMLParagraphElement>(null);
  // The server decides (the region or the närområde's kommun, nosam or vårdpersonal); this only hides a button that would be refused.
  const kanRegistrera = session.roller.some((roll) => roll === 'nosam' || roll === 'vardpersonal') && (session.huvudman === 'VGR' || session.huvudman === kommunkod);

  useEffect(() => {
    if (besked) beskedRef.current?.focus();
  }, [besked]);

  return (
    <>
      {besked ? (
        <p className="meddelande ok" role="status" tabIndex={-1} ref={beskedRef}>
          {besked}
        </p>
      ) : null}
      {kanRegistrera && !oppen ? (
        <button
          type="button"
          className="inte-utskrift"
          onClick={() => setOppen(true)}
        >
          Registrera möte
        </button>
      ) : null}
      {oppen ? (
        <RegistreraMote
          naromradeId={naromradeId}
          kommunkod={kommunkod}
          kommunnamn={kommunnamn}
          egenHuvudman={session.huvudman}
          idag={idag}
          onAvbryt={() => setOppen(false)}
          onRegistrerat={(datum) => {
            setOppen(false);
            onRegistrerat(datum);
          }}
        />
      ) : null}
      <h3>Tidigare möten</h3>
      <TidigareMoten moten={moten} />
    </>
  );
}
