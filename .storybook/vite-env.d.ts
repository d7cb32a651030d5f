// CSS imports (the stylesheet, the preview's own CSS) are Vite's to handle.
/// <reference types="vite/client" />
