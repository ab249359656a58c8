// Entry of the API explorer page (utforskare.html): GraphiQL and its styles,
// bundled from node_modules so nothing is fetched from elsewhere.
import 'graphiql/graphiql.css';
import { createRoot } from 'react-dom/client';
import { Utforskare } from './Utforskare.js';
import './utforskare.css';

createRoot(document.getElementById('utforskare')!).render(<Utforskare />);
