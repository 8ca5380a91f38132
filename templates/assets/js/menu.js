// The phone header (below 600 px, site.css): the "Menu" link that folds out the search and the navigation
// becomes a button that says whether they are open (aria-expanded). Without JavaScript the link does the same by
// pointing at #menu, which site.css opens with `:target`.
(function () {
  'use strict';

  var link = document.querySelector('[data-menu-button]');
  var header = link && link.closest('.site-header');
  if (!link || !header) return;
  var button = document.createElement('button');
  button.type = 'button';
  button.className = link.className;
  button.textContent = link.textContent;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'menu');
  link.replaceWith(button);

  function set(open) {
    header.classList.toggle('site-header--open', open);
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  }

  button.addEventListener('click', function () {
    set(button.getAttribute('aria-expanded') !== 'true');
  });
  header.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      set(false);
      button.focus();
    }
  });
})();
