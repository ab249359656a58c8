// How every page shows the state of its data: loading, failed, partial (one
// huvudman's service down, or parts refused by the access rules) and empty.
import type { ReactNode } from 'react';
import { describeService, type OperationProblems } from '../graphql/operationProblems.js';

export function Laddar({ vad }: { vad: string }) {
  return (
    <p className="laddar" role="status" aria-live="polite">
      Hämtar {vad} …
    </p>
  );
}

export function Tomt({ children }: { children: ReactNode }) {
  return <p className="tomt">{children}</p>;
}

/** A failed operation: nothing to show but what went wrong. */
export function Fel({ problems, onRetry }: { problems: OperationProblems; onRetry?: () => void }) {
  const messages = [
    ...problems.other.map((error) => `${error.message} (${error.code})`),
    ...problems.refused.map((error) => `${error.message} (${error.code})`),
    ...problems.unavailable.map((part) => `${describeService(part)} svarar inte just nu (SUBGRAPH_UNAVAILABLE).`),
  ];
  return (
    <div className="meddelande fel" role="alert">
      <strong>Det gick inte att hämta uppgifterna.</strong>
      <ul>
        {(messages.length > 0 ? messages : ['Okänt fel.']).map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Försök igen
        </button>
      ) : null}
    </div>
  );
}

/** Shown above an answer that is usable but incomplete. */
export function Delvis({ problems }: { problems: OperationProblems }) {
  if (problems.unavailable.length === 0 && problems.other.length === 0) return null;
  return (
    <div className="meddelande delvis" role="status">
      <strong>Uppgifterna är ofullständiga.</strong>
      <ul>
        {problems.unavailable.map((part) => (
          <li key={part.subgraph}>{describeService(part)} svarar inte just nu; dess uppgifter saknas nedan och visas som ”ej tillgängligt”.</li>
        ))}
        {problems.other.map((error) => (
          <li key={error.message}>
            {error.message} ({error.code})
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A value that is missing because its service is down, shown as such (never as zero). */
export function EjTillgangligt() {
  return <span className="ej-tillgangligt">ej tillgängligt</span>;
}

/** A count the server withheld to protect patients (1–4, or a cell of the analysis). */
export function Undertryckt() {
  return (
    <span className="undertryckt" title="För få för att visas: döljs för att ingen patient ska kunna pekas ut">
      &lt;5
    </span>
  );
}
