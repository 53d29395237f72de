import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from './OptionsApp';
import './style.css';

const container = document.getElementById('root');
if (!container) throw new Error('options.html lost its #root element');
createRoot(container).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
