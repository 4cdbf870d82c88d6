// The page frame's script (a file, not inline: the Content-Security-Policy allows scripts from 'self' only).
import { initAll } from '../nhsuk/nhsuk-frontend.min.js';

document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('nhsuk-frontend-supported');
}
initAll();

// Bars whose length is data: the width is set through the DOM (allowed by the policy), not a style attribute (refused).
document.querySelectorAll('[data-bar-width]').forEach(function (bar) {
  var width = Number(bar.dataset.barWidth);
  if (Number.isFinite(width)) {
    bar.style.width = Math.max(0, Math.min(100, width)) + '%';
  }
});
