(function () {
  var box = document.getElementById('filter');
  var input = document.getElementById('filter-input');
  if (!box || !input) { return; }
  box.hidden = false;
  input.addEventListener('input', function () {
    var words = input.value.toLowerCase().trim();
    document.querySelectorAll('[data-filter]').forEach(function (el) {
      el.hidden = words !== '' && el.getAttribute('data-filter').toLowerCase().indexOf(words) < 0;
    });
  });
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });
})();
