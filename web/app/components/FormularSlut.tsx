// The end of a form that stores something: what went wrong for the whole form
// (in Swedish, focusable so the page can move the keyboard there), then the
// submit button — disabled and saying so while sending — and Avbryt. Without
// buttons while the form waits for something else (an access ground asked beside it).
export function FormularSlut({
  allmanna,
  misslyckades,
  skickar,
  skicka,
  skickarText,
  onAvbryt,
  knappar = true,
}: {
  allmanna: readonly string[];
  /** The headline when it failed, e.g. "Mötet registrerades inte."; none when the messages say it. */
  misslyckades?: string;
  skickar: boolean;
  /** The submit button's text; null when there is nothing to submit (only Avbryt). */
  skicka: string | null;
  skickarText: string;
  onAvbryt(): void;
  /** False hides the buttons. */
  knappar?: boolean;
}) {
  return (
    <>
      {allmanna.length > 0 ? (
        <div className="meddelande fel" role="alert" tabIndex={-1}>
          {misslyckades ? <strong>{misslyckades}</strong> : null}
          <ul>
            {allmanna.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {knappar ? (
        <div className="rad">
          {skicka !== null ? (
            <button type="submit" disabled={skickar}>
              {skickar ? skickarText : skicka}
            </button>
          ) : null}
          <button type="button" className="sekundar" onClick={onAvbryt}>
            Avbryt
          </button>
        </div>
      ) : null}
    </>
  );
}
