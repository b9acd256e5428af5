// Checks shown as you edit the annual report's narrative (progressive enhancement).
// The data-live-checks attribute around the form names the page's Check handler (empty: read-only); the draft is posted (with the
// form's antiforgery token) 600 ms after the last keystroke, and the findings are listed beside each
// section and in the summary. Text is inserted with textContent only. Without JavaScript, the page
// shows the same checks after saving.
(function () {
  'use strict';
  var host = document.querySelector('[data-live-checks]');
  var url = host && host.getAttribute('data-live-checks');
  var form = url && host.querySelector('form');
  if (!form || !window.fetch || !window.FormData || !window.AbortController) {
    return;
  }

  var timer = null;
  var inFlight = null;

  function render(data) {
    var lists = document.querySelectorAll('[data-findings-section]');
    Array.prototype.forEach.call(lists, function (list) {
      var section = list.getAttribute('data-findings-section');
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      data.findings.forEach(function (f) {
        if (section !== 'all' && String(f.section) !== section) {
          return;
        }
        var item = document.createElement('li');
        item.className = f.css;
        item.textContent = '[' + f.severity + '] ' + f.message;
        list.appendChild(item);
      });
    });
    var status = document.getElementById('live-checks-status');
    if (status) {
      status.textContent = data.summary;
    }
  }

  function check() {
    if (inFlight) {
      inFlight.abort();
    }
    inFlight = new AbortController();
    fetch(url, {
      method: 'POST',
      body: new FormData(form),
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' },
      signal: inFlight.signal
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(render)
      .catch(function () {
        // Keep what is shown; saving still runs every check.
      });
  }

  form.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, 600);
  });
})();
