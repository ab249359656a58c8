// The web application's entry: mounts the frame into index.html.
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles.css';

createRoot(document.getElementById('app')!).render(<App />);
