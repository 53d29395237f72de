import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { uiLocale } from '../../utils/i18n';
import { App } from './App';
import './style.css';

const container = document.getElementById('root');
if (!container) throw new Error('popup.html lost its #root element');
// The page's language is the browser's (index.html says en until this runs).
document.documentElement.lang = uiLocale();
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
