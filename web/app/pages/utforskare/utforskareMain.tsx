// Placeholder until the explorer is built.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('utforskare')!).render(<h1>API-utforskare</h1>);
