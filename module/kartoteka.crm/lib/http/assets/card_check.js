// The card forms' duplicate check as you type: when an INN, phone or e-mail is changed, the form's
// check address (company_check / contact_check) answers with the cards that already have it, shown
// under the form with links. Without this script the same warnings come when the form is saved.
(function () {
  var form = document.querySelector('form[data-check]');
  if (!form || !window.fetch) { return; }
  var box = document.getElementById('live-warnings');
  if (!box) { return; }
  var timer = null;
  var asked = 0;
  function query() {
    var parts = [];
    Array.prototype.forEach.call(form.querySelectorAll('[data-check-field]'), function (field) {
      var value = field.value.trim();
      if (value !== '') {
        parts.push(encodeURIComponent(field.getAttribute('data-check-field')) + '=' + encodeURIComponent(value));
      }
    });
    return parts;
  }
  function show(warnings) {
    while (box.firstChild) { box.removeChild(box.firstChild); }
    box.className = warnings.length === 0 ? '' : 'warnings';
    if (warnings.length === 0) { return; }
    var title = document.createElement('p');
    title.textContent = box.getAttribute('data-title');
    box.appendChild(title);
    var list = document.createElement('ul');
    warnings.forEach(function (w) {
      var item = document.createElement('li');
      item.appendChild(document.createTextNode(w.text));
      if (w.url) {
        var link = document.createElement('a');
        link.href = w.url;
        link.textContent = w.name;
        item.appendChild(document.createTextNode(' '));
        item.appendChild(link);
      }
      list.appendChild(item);
    });
    box.appendChild(list);
  }
  function check() {
    var parts = query();
    var mine = ++asked;
    if (parts.length === 0) { show([]); return; }
    // Inside Bitrix the address is an admin script with its own query (?lang=…&do=company_check).
    var url = form.getAttribute('data-check');
    fetch(url + (url.indexOf('?') < 0 ? '?' : '&') + parts.join('&'), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { if (data && mine === asked) { show(data.warnings || []); } })
      .catch(function () { /* the save checks all the same */ });
  }
  form.addEventListener('input', function (event) {
    if (!event.target.hasAttribute || !event.target.hasAttribute('data-check-field')) { return; }
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  });
})();
