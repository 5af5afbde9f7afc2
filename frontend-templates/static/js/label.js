// Print button of the label page (no inline handlers: the CSP allows scripts from this origin only).
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-print]').forEach((button) => button.addEventListener('click', () => window.print()));
});
