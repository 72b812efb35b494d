// The page's only script: sorts the entity table when a header button is pressed. It is a constant,
// so the page's Content-Security-Policy can allow exactly it by hash. It never reads article text
// into markup: rows are moved, not rebuilt.
export const SORT_SCRIPT = `
for (const table of document.querySelectorAll('table.sortable')) {
  const heads = Array.from(table.tHead.rows[0].cells);
  heads.forEach((th, column) => {
    th.querySelector('button').addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of heads) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const numeric = th.dataset.kind === 'number';
      const body = table.tBodies[0];
      const key = (row) => row.cells[column].dataset.sort;
      const rows = Array.from(body.rows).sort((a, b) => {
        const d = numeric ? Number(key(a)) - Number(key(b)) : key(a).localeCompare(key(b));
        return (ascending ? d : -d) || Number(a.dataset.index) - Number(b.dataset.index);
      });
      body.append(...rows);
    });
  });
}
`;
