import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { uiLocale } from '../../utils/i18n';
import { OptionsApp } from './OptionsApp';
// The highlight samples are real marks: the same stylesheet the pages get.
import '../../assets/marks.css';
import './style.css';

const container = document.getElementById('root');
if (!container) throw new Error('options.html lost its #root element');
// The page's language is the browser's (index.html says en until this runs).
document.documentElement.lang = uiLocale();
createRoot(container).render(
  <StrictMode>
    <OptionsApp />
  </StrictMode>,
);
