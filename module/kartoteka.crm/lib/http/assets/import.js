// Progress of an import job without reloading the page; the page's meta refresh is the fallback.
(function () {
  var box = document.getElementById('import-progress');
  if (!box || !window.fetch) { return; }
  var meta = document.querySelector('meta[http-equiv="refresh"]');
  if (meta) { meta.parentNode.removeChild(meta); }
  var bar = box.querySelector('progress');
  var text = box.querySelector('.count');
  function poll() {
    fetch(box.getAttribute('data-status'), { credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.total) { bar.max = s.total; bar.value = s.done; text.textContent = s.done + ' / ' + s.total; }
        if (s.finished) { window.location.reload(); } else { setTimeout(poll, 1000); }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 1000);
})();
