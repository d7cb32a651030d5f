import '@tenantkit/react/styles.css';
import './styles/demo.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DemoApp } from './app.js';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html must contain <div id="root">.');
createRoot(root).render(
  <StrictMode>
    <DemoApp />
  </StrictMode>,
);
