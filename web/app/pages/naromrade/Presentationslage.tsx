// The bar of the presentation mode: where in the meeting the page is, and
// buttons for those who step with a mouse; the keys work anywhere on the page
// (not while typing in a field).
import { useEffect, useRef } from 'react';
import { presentationsdelar, presentationsTangent } from './presentation.js';

export function Presentationslage({ del, onDel, onAvsluta }: { del: number; onDel(del: number): void; onAvsluta(): void }) {
  const antal = presentationsdelar.length;
  const rubrik = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const tangent = (event: KeyboardEvent) => {
      const mal = event.target as HTMLElement | null;
      if (mal && ['INPUT', 'TEXTAREA', 'SELECT'].includes(mal.tagName)) return;
      const steg = presentationsTangent(event.key, del, antal);
      if (!steg) return;
      event.preventDefault();
      if (steg.typ === 'avsluta') onAvsluta();
      else onDel(steg.del);
    };
    window.addEventListener('keydown', tangent);
    return () => window.removeEventListener('keydown', tangent);
  }, [del, antal, onDel, onAvsluta]);
  useEffect(() => rubrik.current?.focus(), [del]);

  return (
    <div className="presentationsrad inte-utskrift" role="region" aria-label="Presentationsläge">
      <button type="button" className="sekundar" disabled={del === 0} onClick={() => onDel(del - 1)}>
        Föregående
      </button>
      <p ref={rubrik} tabIndex={-1} aria-live="polite" data-testid="presentation-del">
        Del {del + 1} av {antal}: {presentationsdelar[del]}
      </p>
      <button type="button" className="sekundar" disabled={del === antal - 1} onClick={() => onDel(del + 1)}>
        Nästa
      </button>
      <button type="button" onClick={onAvsluta}>
        Avsluta presentationen
      </button>
      <span className="hjalp">Piltangenterna eller Page Up/Down bläddrar, Esc avslutar.</span>
    </div>
  );
}
