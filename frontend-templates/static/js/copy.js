// Copy buttons next to a secret shown once: data-copy names the element whose text is copied (no inline handlers:
// the CSP allows scripts from this origin only). Without the clipboard API (plain http) the text is selected instead.
document.addEventListener('click', (event) => {
  const button = event.target.closest('[data-copy]');
  if (!button) {
    return;
  }
  const source = document.getElementById(button.dataset.copy);
  const done = () => { button.textContent = 'Copied'; };
  const select = () => {
    const range = document.createRange();
    range.selectNodeContents(source);
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
    button.textContent = 'Selected: press Ctrl+C';
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(source.textContent).then(done, select);
  }
  else {
    select();
  }
});
