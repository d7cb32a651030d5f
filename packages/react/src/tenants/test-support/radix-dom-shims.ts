// jsdom lacks a few browser APIs that Radix's menu touches while positioning
// and focusing. Importing this file installs inert stand-ins (only where missing).

class InertResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = InertResizeObserver;
}

const element: Partial<HTMLElement> | undefined =
  typeof HTMLElement === 'undefined' ? undefined : HTMLElement.prototype;
if (element !== undefined) {
  element.scrollIntoView ??= () => undefined;
  element.hasPointerCapture ??= () => false;
  element.releasePointerCapture ??= () => undefined;
}
