// A wide table's scroll container. At high zoom (150 % on a laptop) a table
// can be wider than the page and scrolls sideways inside this box; the box
// takes keyboard focus, so arrow keys scroll it without a mouse (WCAG 2.1.1,
// axe's scrollable-region-focusable), and is named for screen readers.
import type { ReactNode } from 'react';

export function Rullyta({ etikett, children }: { /** Names the table inside, usually its caption. */ etikett: string; children: ReactNode }) {
  return (
    <div className="rullyta" tabIndex={0} role="region" aria-label={etikett}>
      {children}
    </div>
  );
}
