// Progressive enhancement of data tables: column headers become sort buttons (aria-sort tells which
// column and direction), directory tables (rows that link to pages) get a filter box with a live
// count, and a table wider than its box says that it scrolls sideways. Only the first tbody is sorted and filtered: total rows sit in a second tbody and stay at the
// bottom. Without JavaScript every table is complete and readable as it is.
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

  /** Lower case, single spaces: what the filter compares. */
  function normalise(text) {
    return text.toLowerCase().replace(/\s+/g, ' ').trim();
  }

  /**
   * The query matches a cell when it starts at the start of a word of the cell ("type 1" in "Type 1",
   * "noord" in "ROC Noorderland"), and a query ending in a digit does not match a longer number ("type 1"
   * not in "Type 12"). Matching single words anywhere in the row made "Type 1" match every row with a 1.
   */
  function matches(cellText, query) {
    var at = -1;
    while ((at = cellText.indexOf(query, at + 1)) !== -1) {
      var before = at === 0 ? ' ' : cellText.charAt(at - 1);
      var after = cellText.charAt(at + query.length);
      var startsWord = !/[0-9a-z\u00c0-\u024f]/.test(before);
      var endsNumber = !/[0-9]$/.test(query) || !/[0-9]/.test(after);
      if (startsWord && endsNumber) return true;
    }
    return false;
  }

  function makeFilterable(table) {
    var body = table.tBodies[0];
    if (!body) return;
    var headers = table.tHead ? Array.prototype.slice.call(table.tHead.rows[0].cells) : [];
    // Only the text columns can be filtered: numbers are sorted, not searched.
    var textColumns = [];
    headers.forEach(function (th, index) {
      if (!th.classList.contains('num')) textColumns.push({ index: index, label: th.textContent.trim() });
    });
    if (textColumns.length === 0) return;
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
    box.appendChild(field);
    var select = null;
    if (textColumns.length > 1) {
      var columnField = document.createElement('div');
      var columnLabel = document.createElement('label');
      columnLabel.htmlFor = id + '-kolom';
      columnLabel.textContent = 'in kolom';
      select = document.createElement('select');
      select.id = id + '-kolom';
      var all = document.createElement('option');
      all.value = '';
      all.textContent = 'alle tekstkolommen';
      select.appendChild(all);
      textColumns.forEach(function (column) {
        var option = document.createElement('option');
        option.value = String(column.index);
        option.textContent = column.label;
        select.appendChild(option);
      });
      columnField.appendChild(columnLabel);
      columnField.appendChild(select);
      box.appendChild(columnField);
    }
    var status = document.createElement('p');
    status.className = 'table-filter__status';
    status.setAttribute('aria-live', 'polite');
    box.appendChild(status);
    var anchor = table.closest('.table-scroll') || table;
    anchor.parentNode.insertBefore(box, anchor);

    function update() {
      var query = normalise(input.value);
      var chosen = select && select.value !== '' ? [Number(select.value)] : textColumns.map(function (c) { return c.index; });
      var shown = 0;
      Array.prototype.forEach.call(body.rows, function (row) {
        var match = query === '' || chosen.some(function (index) {
          var cell = row.cells[index];
          return cell ? matches(normalise(cell.textContent), query) : false;
        });
        row.hidden = !match;
        if (match) shown += 1;
      });
      status.textContent = query === ''
        ? count.format(total) + (total === 1 ? ' rij' : ' rijen')
        : count.format(shown) + ' van ' + count.format(total) + (total === 1 ? ' rij' : ' rijen') + ' zichtbaar';
    }
    input.addEventListener('input', update);
    if (select) select.addEventListener('change', update);
    update();
  }

  /**
   * A table wider than its box scrolls sideways inside it; say so above it ("Schuif opzij …"), for as long as it
   * is wider (a phone turned, a "toon als tabel" opened). CSS adds a shadow at the cut edge, also without script.
   */
  function markOverflow(box) {
    var hint = document.createElement('p');
    hint.className = 'table-scroll__hint';
    hint.setAttribute('aria-hidden', 'true');
    hint.textContent = 'Schuif de tabel opzij voor alle kolommen';
    hint.hidden = true;
    box.parentNode.insertBefore(hint, box);
    function update() {
      hint.hidden = box.clientWidth === 0 || box.scrollWidth <= box.clientWidth + 1;
    }
    if ('ResizeObserver' in window) new ResizeObserver(update).observe(box);
    else window.addEventListener('resize', update);
    update();
  }

  /** Enhance the tables under `root` (the page, or a part another script has just drawn, e.g. compare.js). */
  function enhance(root) {
    root.querySelectorAll('table[data-sortable]').forEach(makeSortable);
    root.querySelectorAll('table[data-filterable]').forEach(makeFilterable);
    root.querySelectorAll('.table-scroll').forEach(markOverflow);
  }

  function init() {
    enhance(document);
  }

  window.mboTables = { enhance: enhance };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
