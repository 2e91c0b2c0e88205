// Offline support: registers the service worker (sw.js, next to this file) and offers updates.
//
// Only in a top-level page: inside an iframe (a blog embed) storage and workers are partitioned
// by the embedding site, so the embed simply loads from the network.
//
// A new build is installed in the background and waits; this page keeps running the files it
// started with. Then "New version available — Reload" appears (role=status); Reload asks the
// waiting worker to take over (postMessage to the worker, the page itself listens to no
// messages) and reloads once it controls the page.

(function () {
  if (!('serviceWorker' in navigator) || window.top !== window.self) return;
  var sw = navigator.serviceWorker;
  var workerUrl = new URL('sw.js', document.currentScript.src).href;
  var registration = null;
  var reloading = false;
  var notice = null;

  sw.addEventListener('controllerchange', function () {
    // Also fires when the very first worker takes over a fresh page: reload only on request.
    if (reloading) location.reload();
  });

  function show(worker) {
    if (notice) return;
    // The app renders into <body> and clears it once when it starts; if that happens later, the
    // TrunkApplicationStarted listener below puts the notice back.
    notice = document.createElement('div');
    notice.className = 'update-notice';
    notice.setAttribute('role', 'status');
    notice.setAttribute('data-testid', 'update-notice');
    document.body.appendChild(notice);
    // Fill the live region a moment after it exists, so screen readers announce it.
    setTimeout(function () {
      var text = document.createElement('span');
      text.textContent = 'New version available.';
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'button';
      button.textContent = 'Reload';
      button.addEventListener('click', function () {
        reloading = true;
        var waiting = (registration && registration.waiting) || worker;
        if (waiting && waiting.state === 'installed') waiting.postMessage({ type: 'mg-rls:skip-waiting' });
        else location.reload();
      });
      notice.replaceChildren(text, ' ', button);
    }, 50);
  }

  function offerWhenInstalled(worker) {
    worker.addEventListener('statechange', function () {
      // With no controller this is the first install (nothing to update), not a new version.
      if (worker.state === 'installed' && sw.controller) show(worker);
    });
  }

  function watch(reg) {
    // Some browsers (and blocked workers) resolve without a registration: nothing to watch.
    if (!reg) return;
    registration = reg;
    if (reg.waiting && sw.controller) show(reg.waiting);
    if (reg.installing) offerWhenInstalled(reg.installing);
    reg.addEventListener('updatefound', function () {
      offerWhenInstalled(reg.installing);
    });
    // A tab left open for days still learns about new builds.
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') reg.update().catch(function () {});
    });
  }

  function register() {
    sw.register(workerUrl).then(watch, function (err) {
      console.warn('Offline mode unavailable:', err && err.message);
    });
  }

  // Re-attach the notice if the app (re)started after it was shown: Trunk's loader event, or the
  // full build taking over the page (src/platform/full_app.rs).
  function reattach() {
    if (notice && !notice.isConnected) document.body.appendChild(notice);
  }
  window.addEventListener('TrunkApplicationStarted', reattach);
  window.addEventListener('mg-rls:full-app-started', reattach);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
})();
