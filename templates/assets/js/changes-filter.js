// Wat is veranderd: one filter over the per-goal lists of changed values (report/chapters/annexes.ts), by goal,
// indicator and institution, with a live count. Without JavaScript the lists stand one section per goal, each with
// its own heading, so nothing depends on this script.
(function () {
  'use strict';

  var headings = Array.prototype.slice.call(document.querySelectorAll('h3[id^="wijzigingen-doel-"]'));
  if (headings.length === 0) return;
  var count = new Intl.NumberFormat('nl-NL');

  /** Each goal: its heading, the elements up to the next heading, and the rows of its table. */
  var goals = headings.map(function (heading) {
    var parts = [];
    for (var el = heading.nextElementSibling; el && !/^H[1-3]$/.test(el.tagName); el = el.nextElementSibling) parts.push(el);
    var rows = [];
    var columns = null;
    parts.forEach(function (part) {
      var table = part.querySelector('table');
      if (!table || !table.tBodies[0]) return;
      var labels = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) { return th.textContent.trim(); });
      columns = { institution: labels.indexOf('Instelling'), indicator: labels.indexOf('Indicator') };
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) { rows.push(row); });
    });
    return { heading: heading, parts: parts, rows: rows, columns: columns };
  });
  var total = goals.reduce(function (n, g) { return n + g.rows.length; }, 0);
  var cell = function (goal, row, key) {
    var index = goal.columns ? goal.columns[key] : -1;
    return index >= 0 && row.cells[index] ? row.cells[index].textContent.replace(/\s+/g, ' ').trim() : '';
  };

  function field(id, text, control) {
    var wrap = document.createElement('div');
    var label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = text;
    control.id = id;
    wrap.appendChild(label);
    wrap.appendChild(control);
    return wrap;
  }
  function select(options, allText) {
    var s = document.createElement('select');
    [['', allText]].concat(options).forEach(function (o) {
      var option = document.createElement('option');
      option.value = o[0];
      option.textContent = o[1];
      s.appendChild(option);
    });
    return s;
  }

  var goalSelect = select(goals.map(function (g, i) { return [String(i), g.heading.textContent.trim()]; }), 'alle doelstellingen');
  var indicators = [];
  goals.forEach(function (g) {
    g.rows.forEach(function (row) {
      var name = cell(g, row, 'indicator');
      if (name && indicators.indexOf(name) < 0) indicators.push(name);
    });
  });
  var indicatorSelect = select(indicators.sort().map(function (n) { return [n, n]; }), 'alle indicatoren');
  var institutionInput = document.createElement('input');
  institutionInput.type = 'search';
  institutionInput.autocomplete = 'off';

  var box = document.createElement('div');
  box.className = 'table-filter';
  box.appendChild(field('wijzigingen-doel', 'Doelstelling', goalSelect));
  box.appendChild(field('wijzigingen-indicator', 'Indicator', indicatorSelect));
  box.appendChild(field('wijzigingen-instelling', 'Instelling (naam of code)', institutionInput));
  var status = document.createElement('p');
  status.className = 'table-filter__status';
  status.setAttribute('aria-live', 'polite');
  box.appendChild(status);
  headings[0].parentNode.insertBefore(box, headings[0]);

  function update() {
    var goal = goalSelect.value;
    var indicator = indicatorSelect.value;
    var institution = institutionInput.value.toLowerCase().replace(/\s+/g, ' ').trim();
    var shown = 0;
    goals.forEach(function (g, i) {
      var visible = 0;
      g.rows.forEach(function (row) {
        var match = (goal === '' || goal === String(i)) &&
          (indicator === '' || cell(g, row, 'indicator') === indicator) &&
          (institution === '' || cell(g, row, 'institution').toLowerCase().indexOf(institution) >= 0);
        row.hidden = !match;
        if (match) visible += 1;
      });
      var hide = visible === 0;
      g.heading.hidden = hide;
      g.parts.forEach(function (part) { part.hidden = hide; });
      shown += visible;
    });
    status.textContent = shown === total
      ? count.format(total) + (total === 1 ? ' gewijzigde waarde' : ' gewijzigde waarden')
      : count.format(shown) + ' van ' + count.format(total) + ' gewijzigde waarden zichtbaar';
  }
  goalSelect.addEventListener('change', update);
  indicatorSelect.addEventListener('change', update);
  institutionInput.addEventListener('input', update);
  update();
})();
