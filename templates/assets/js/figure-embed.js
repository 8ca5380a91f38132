// Progressive enhancement for charts: where JavaScript runs, a static chart SVG is swapped for an interactive
// vega-embed view of the same spec (tooltips with the exact values). Without JavaScript, on narrow screens,
// when printing, or when anything fails, the static SVG stays: it is the real figure, this is only a bonus.
//
// Contract (templates/_includes/blocks/figure.njk): `<div class="figure-chart" data-spec="/figuren/<id>.vl.json">`
// holding the static `<svg role="img">` with <title>/<desc>; a chart with a phone variant also has
// `data-spec-narrow` and a second static SVG. The live view is chosen by the container's width: the wide spec where
// it fits, else the narrow one where that fits, else the static SVG that CSS shows. The page loads vega, vega-lite, vega-embed and
// vega-interpreter from /assets/vendor/ before this script (all `defer`). The site's CSP forbids eval and inline
// styles, so specs are evaluated with the AST interpreter and vega-embed/vega-tooltip inject no <style>.
(function () {
  'use strict';

  var SELECTOR = '.figure-chart[data-spec]';

  function ready() {
    return typeof window.vegaEmbed === 'function' && window.vegaInterpreter && window.vega && window.vegaLite;
  }

  /** The text alternative of the static chart: the container's own label, or the SVG's <title> and <desc>. */
  function textAlternative(container, svg) {
    var own = container.getAttribute('aria-label');
    if (own) return own;
    if (!svg) return '';
    var parts = [];
    var title = svg.querySelector('title');
    var desc = svg.querySelector('desc');
    if (title && title.textContent) parts.push(title.textContent.trim());
    if (desc && desc.textContent) parts.push(desc.textContent.trim());
    return parts.join('. ');
  }

  function showStatic(container, on) {
    // Back on: '' lets the stylesheet choose between the wide and the narrow SVG again.
    Array.prototype.forEach.call(container.querySelectorAll(':scope > svg'), function (svg) {
      svg.style.display = on ? '' : 'none';
    });
    var view = container.querySelector(':scope > .figure-interactive');
    if (view) view.style.display = on ? 'none' : '';
  }

  /** The spec URL whose width fits the container, trying the wide one first; null when neither fits. */
  function fetchFitting(container) {
    var urls = [container.getAttribute('data-spec'), container.getAttribute('data-spec-narrow')].filter(Boolean);
    function attempt(i) {
      if (i >= urls.length) return Promise.resolve(null);
      return fetch(urls[i], { credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) throw new Error('HTTP ' + response.status);
          return response.json();
        })
        .then(function (spec) {
          // The static SVG scales down, the live view does not: only a spec no wider than the column.
          var meta = spec.usermeta || {};
          var width = typeof meta.figureWidth === 'number' ? meta.figureWidth : typeof spec.width === 'number' ? spec.width : Infinity;
          return container.clientWidth >= width ? spec : attempt(i + 1);
        });
    }
    return attempt(0);
  }

  function enhance(container) {
    if (container.getAttribute('data-embed') || !ready()) return;
    container.setAttribute('data-embed', 'loading');
    var svg = container.querySelector(':scope > svg');

    fetchFitting(container)
      .then(function (spec) {
        if (!spec) {
          container.setAttribute('data-embed', 'static');
          return null;
        }
        var target = document.createElement('div');
        target.className = 'figure-interactive';
        target.style.display = 'none';
        container.appendChild(target);
        return window
          .vegaEmbed(target, spec, {
            actions: false,
            renderer: 'svg',
            defaultStyle: false,
            ast: true,
            expr: window.vegaInterpreter.expressionInterpreter,
            tooltip: { disableDefaultStyle: true },
          })
          .then(function () {
            // The live view is a picture with the same text alternative as the static one (vega would label it
            // a "graphics-document" with only the title); its marks are not announced one by one.
            target.setAttribute('role', 'img');
            target.setAttribute('aria-label', textAlternative(container, svg));
            // Vega marks its groups as graphics symbols without names; inside the labelled picture they are noise.
            var live = target.querySelector('svg');
            if (live) live.setAttribute('aria-hidden', 'true');
            showStatic(container, false);
            container.setAttribute('data-embed', 'interactive');
          })
          .catch(function (error) {
            container.removeChild(target);
            throw error;
          });
      })
      .catch(function (error) {
        container.setAttribute('data-embed', 'static');
        showStatic(container, true);
        if (window.console) window.console.warn('Interactieve grafiek niet geladen; de vaste afbeelding blijft staan.', error);
      });
  }

  function start() {
    var containers = Array.prototype.slice.call(document.querySelectorAll(SELECTOR));
    if (containers.length === 0 || !ready()) return;
    // A print edition (or a page that opts out) keeps its static figures.
    if (document.documentElement.hasAttribute('data-static-figures')) return;

    if ('IntersectionObserver' in window) {
      var observer = new IntersectionObserver(
        function (entries) {
          entries.forEach(function (entry) {
            if (!entry.isIntersecting) return;
            observer.unobserve(entry.target);
            enhance(entry.target);
          });
        },
        { rootMargin: '300px 0px' },
      );
      containers.forEach(function (c) {
        observer.observe(c);
      });
    } else {
      containers.forEach(enhance);
    }

    // Printing from the browser uses the static SVGs, which scale to the paper width.
    window.addEventListener('beforeprint', function () {
      containers.forEach(function (c) {
        showStatic(c, true);
      });
    });
    window.addEventListener('afterprint', function () {
      containers.forEach(function (c) {
        if (c.getAttribute('data-embed') === 'interactive') showStatic(c, false);
      });
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
