// The end of a form that stores something: what went wrong for the whole form
// (in Swedish, focusable so the page can move the keyboard there), then the
// submit button — disabled and saying so while sending — and Avbryt.
export function FormularSlut({
  allmanna,
  misslyckades,
  skickar,
  skicka,
  skickarText,
  onAvbryt,
}: {
  allmanna: readonly string[];
  /** The headline when it failed, e.g. "Mötet registrerades inte." */
  misslyckades: string;
  skickar: boolean;
  skicka: string;
  skickarText: string;
  onAvbryt(): void;
}) {
  return (
    <>
      {allmanna.length > 0 ? (
        <div className="meddelande fel" role="alert" tabIndex={-1}>
          <strong>{misslyckades}</strong>
          <ul>
            {allmanna.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="rad">
        <button type="submit" disabled={skickar}>
          {skickar ? skickarText : skicka}
        </button>
        <button type="button" className="sekundar" onClick={onAvbryt}>
          Avbryt
        </button>
      </div>
    </>
  );
}
