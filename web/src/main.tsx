import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, captureTokenFromLocation } from './App';
import { initI18n } from './i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/content.css';
import './styles/home.css';
import './styles/workshop.css';
import './styles/pestle.css';
import './styles/projector.css';
import './styles/timer.css';

// Before the first render, so the page finds the token a link brought in its fragment.
captureTokenFromLocation();

// The first render waits for the remembered language's texts (a moment, from cache after the first visit).
void initI18n().then(() => {
  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }
});
