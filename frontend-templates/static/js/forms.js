// Repeatable row groups of the generated forms (inputs, PVD layers, analyses): "add row" copies the group's
// <template>, numbering its fields after the rows already there; "x" removes a row. The server skips blank rows.
document.addEventListener('click', (event) => {
  const add = event.target.closest('[data-add-row]');
  if (add) {
    const group = add.closest('[data-row-group]');
    const rows = group.querySelector('[data-rows]');
    const next = Number(group.dataset.next || rows.querySelectorAll('[data-row]').length);
    group.dataset.next = String(next + 1);
    rows.insertAdjacentHTML('beforeend', group.querySelector('template').innerHTML.replaceAll('[ROW]', '[' + next + ']'));
    return;
  }
  const remove = event.target.closest('[data-remove-row]');
  if (remove) {
    remove.closest('[data-row]').remove();
  }
});
