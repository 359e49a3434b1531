// jsdom lacks the CSS namespace that react-aria's overlays call (CSS.supports / CSS.escape).
if (typeof globalThis.CSS === 'undefined') {
  globalThis.CSS = { supports: () => false, escape: (value) => String(value).replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`) };
}
