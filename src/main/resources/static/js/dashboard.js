// The dashboard's only script (no inline scripts: a Content-Security-Policy without 'unsafe-inline' is coming).
// A wide table that does not fit its box gets a line under it saying it scrolls sideways; the shadows of
// dashboard.css show the same without script.
(function () {
  function mark() {
    document.querySelectorAll('.dash-table-scroll').forEach(function (box) {
      var hint = box.querySelector('.dash-scroll-hint');
      var wide = box.scrollWidth > box.clientWidth + 1;
      if (hint) {
        hint.classList.toggle('dash-scroll-hint--shown', wide);
      }
      box.classList.toggle('dash-table-scroll--wide', wide);
      if (wide) {
        box.setAttribute('tabindex', '0');
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mark);
  } else {
    mark();
  }
  window.addEventListener('resize', mark);
})();
