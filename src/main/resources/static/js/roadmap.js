// The roadmap and dependency pictures: a click on a bar or a box opens its initiative (a mouse shortcut;
// the same links are in the lists below the pictures, for the keyboard and screen readers).
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('[data-href]') : null;
  if (target && target.closest('svg')) {
    window.location.assign(target.getAttribute('data-href'));
  }
});
