// The organisation search as you type, in the contact form's rows and the contact list's filter: the
// rights-scoped JSON of company_choices fills the list next to the field. Without this script the
// same field is searched when the form is saved or the filter is applied.
(function () {
  if (!window.fetch) { return; }
  var fields = document.querySelectorAll('.company-picker input[data-choices]');
  Array.prototype.forEach.call(fields, function (field) {
    var row = field.parentNode;
    // The contact form's row (companies[i][company_id]) or the contact list's filter (company).
    var select = row.querySelector('select[name$="[company_id]"], select[name="company"]');
    var status = row.querySelector('.picker-status');
    var timer = null;
    var asked = 0;
    // The script's own pick follows the search; the user's pick stays until they change it.
    var auto = false;
    select.addEventListener('change', function () { auto = false; });
    function fill(results, total) {
      var keep = auto ? '' : select.value;
      // The "no organisation" option and the chosen one stay; the rest is what the search found.
      Array.prototype.slice.call(select.options).forEach(function (option) {
        if (option.value !== '' && option.value !== keep) { select.removeChild(option); }
      });
      results.forEach(function (c) {
        if (String(c.id) === keep) { return; }
        var option = document.createElement('option');
        option.value = String(c.id);
        option.textContent = c.name + (c.inn ? ' · ' + c.inn : '') + (c.city ? ' · ' + c.city : '');
        select.appendChild(option);
      });
      if (keep === '') {
        select.value = results.length > 0 ? String(results[0].id) : '';
        auto = true;
      }
      status.textContent = field.value.trim() === '' ? '' : field.getAttribute('data-found').replace('#COUNT#', String(total));
    }
    function search() {
      var text = field.value.trim();
      var mine = ++asked;
      if (text === '') { status.textContent = ''; return; }
      // Inside Bitrix the address is an admin script with its own query (?lang=…&do=company_choices).
      var url = field.getAttribute('data-choices');
      fetch(url + (url.indexOf('?') < 0 ? '?' : '&') + 'q=' + encodeURIComponent(text), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) { if (data && mine === asked) { fill(data.results, data.total); } })
        .catch(function () { /* the save searches the field all the same */ });
    }
    field.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(search, 250);
    });
    // Enter in the search field picks from the list instead of saving the form.
    field.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') { event.preventDefault(); clearTimeout(timer); search(); }
    });
  });
})();
