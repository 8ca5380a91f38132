// Progressive enhancement of data tables: column headers become sort buttons (aria-sort tells which
// column and direction), and directory tables (rows that link to pages) get a filter box with a live
// count. Without JavaScript every table is complete and readable as it is.
(function () {
  'use strict';

  var collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
  var count = new Intl.NumberFormat('nl-NL');

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return null;
    var sort = cell.getAttribute('data-sort');
    if (sort !== null && sort !== '' && !isNaN(Number(sort))) return Number(sort);
    if (cell.classList.contains('num') && cell.textContent.trim() === '') return null;
    return cell.textContent.trim();
  }

  function compare(a, b) {
    if (a === null && b === null) return 0;
    if (a === null) return 1; // empty cells last in either direction
    if (b === null) return -1;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return collator.compare(String(a), String(b));
  }

  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    var body = table.tBodies[0];
    if (!body) return;
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (other) {
          other.removeAttribute('aria-sort');
        });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var a = cellValue(r1, index);
          var b = cellValue(r2, index);
          if (a === null || b === null) return compare(a, b);
          return ascending ? compare(a, b) : compare(b, a);
        });
        rows.forEach(function (row) {
          body.appendChild(row);
        });
      });
    });
  }

  var filters = 0;
  function makeFilterable(table) {
    var body = table.tBodies[0];
    if (!body) return;
    filters += 1;
    var id = 'tabelfilter-' + filters;
    var total = body.rows.length;
    var box = document.createElement('div');
    box.className = 'table-filter';
    var field = document.createElement('div');
    var label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = 'Filter de tabel';
    var input = document.createElement('input');
    input.type = 'search';
    input.id = id;
    input.autocomplete = 'off';
    field.appendChild(label);
    field.appendChild(input);
    var status = document.createElement('p');
    status.className = 'table-filter__status';
    status.setAttribute('aria-live', 'polite');
    box.appendChild(field);
    box.appendChild(status);
    var anchor = table.closest('.table-scroll') || table;
    anchor.parentNode.insertBefore(box, anchor);

    function update() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(body.rows, function (row) {
        var text = row.textContent.toLowerCase();
        var match = words.every(function (word) {
          return text.indexOf(word) !== -1;
        });
        row.hidden = !match;
        if (match) shown += 1;
      });
      status.textContent = words.length === 0
        ? count.format(total) + (total === 1 ? ' rij' : ' rijen')
        : count.format(shown) + ' van ' + count.format(total) + (total === 1 ? ' rij' : ' rijen') + ' zichtbaar';
    }
    input.addEventListener('input', update);
    update();
  }

  function init() {
    document.querySelectorAll('table[data-sortable]').forEach(makeSortable);
    document.querySelectorAll('table[data-filterable]').forEach(makeFilterable);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
