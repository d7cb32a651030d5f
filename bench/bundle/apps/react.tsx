// Bare React: the baseline of the anchors (Auth0 Lock, Clerk).
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root') as HTMLElement).render(<p>Hello</p>);
