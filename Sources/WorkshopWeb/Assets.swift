/// The page's style sheet and script, served from the laptop itself (nothing is loaded from the internet,
/// and the content security policy allows only these).
enum Assets {
    /// The style sheet: phone first, large touch targets, visible focus, light and dark.
    static let styleSheet: String = baseStyle + (0...100).map { ".w\($0){width:\($0)%}" }.joined(separator: "\n") + "\n"

    private static let baseStyle = """
    :root{color-scheme:light dark;--ink:#1a1a1a;--paper:#fbfaf7;--muted:#5b5b5b;--accent:#0b5cad;--accent-ink:#fff;\
    --line:#c9c6bf;--soft:#eef2f7;--ok:#1d6b35;--bad:#a4161a;--red:#c62828;--amber:#e69b00;--green:#2e7d32}
    @media (prefers-color-scheme:dark){:root{--ink:#f1f1f1;--paper:#121417;--muted:#b3b3b3;--accent:#6fb1ff;\
    --accent-ink:#0b0d10;--line:#3b3f46;--soft:#1d2229;--ok:#7fd491;--bad:#ff8a8a}}
    *{box-sizing:border-box}
    html{font-size:112.5%;-webkit-text-size-adjust:100%}
    body{margin:0;background:var(--paper);color:var(--ink);font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.45}
    header{background:var(--accent);color:var(--accent-ink);padding:.8rem 1rem}
    header p{margin:0}
    .workshop{font-weight:700;font-size:1.05rem}
    .block{opacity:.9;font-size:.95rem}
    main{display:block;padding:1rem;max-width:36rem;margin:0 auto}
    main:focus{outline:none}
    h1{font-size:1.45rem;line-height:1.25;margin:.4rem 0 1rem}
    h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
    footer{color:var(--muted);font-size:.85rem;padding:1rem;max-width:36rem;margin:0 auto}
    .skip{position:absolute;left:-999px}
    .skip:focus{left:1rem;top:1rem;background:var(--paper);color:var(--ink);padding:.5rem;z-index:2}
    .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
    .live:empty{display:none}
    .live{margin:.75rem 1rem 0;padding:.6rem .8rem;border-radius:.5rem;background:var(--soft);border-left:.3rem solid var(--accent)}
    fieldset{border:0;margin:0;padding:0;min-width:0}
    legend{font-weight:700;margin-bottom:.5rem}
    label{display:block;font-weight:600;margin:.8rem 0 .3rem}
    .hint{color:var(--muted);font-size:.9rem;margin:.2rem 0 .8rem}
    input,textarea,select,button{font:inherit;color:inherit}
    input:not([type=radio]):not([type=checkbox]),textarea,select{width:100%;min-height:3rem;padding:.6rem .7rem;\
    border:2px solid var(--line);border-radius:.5rem;background:var(--paper)}
    textarea{resize:vertical}
    .join input{font-size:1.6rem;letter-spacing:.25em;text-transform:uppercase;text-align:center}
    .choice{position:relative;margin:.5rem 0}
    .choice input{position:absolute;opacity:0;width:1px;height:1px}
    .choice label{margin:0;min-height:3.2rem;display:flex;align-items:center;gap:.75rem;padding:.7rem 1rem;\
    border:2px solid var(--line);border-radius:.7rem;background:var(--paper);font-weight:500;cursor:pointer}
    .choice label::before{content:"";flex:none;width:1.3rem;height:1.3rem;border:2px solid var(--muted);border-radius:50%}
    .multi .choice label::before{border-radius:.3rem}
    .choice input:checked+label{border-color:var(--accent);background:var(--soft);font-weight:700}
    .choice input:checked+label::before{background:var(--accent);border-color:var(--accent);box-shadow:inset 0 0 0 .2rem var(--paper)}
    .choice input:focus-visible+label{outline:3px solid var(--accent);outline-offset:2px}
    .scale fieldset{display:grid;grid-template-columns:repeat(auto-fit,minmax(3.4rem,1fr));gap:.5rem}
    .scale fieldset>.hint{grid-column:1/-1}
    .scale .choice{margin:0}
    .scale .choice label{flex-direction:column;justify-content:center;text-align:center;gap:.2rem;padding:.6rem .3rem;min-height:4rem}
    .scale .choice label::before{display:none}
    .scale .choice label{height:100%}
    .scale .value{font-size:1.4rem;font-weight:700}
    .scale .label{font-size:.75rem;font-weight:400;color:var(--muted)}
    .light label::before{border-radius:50%;width:1.6rem;height:1.6rem}
    .light.red label::before{background:var(--red);border-color:var(--red)}
    .light.amber label::before{background:var(--amber);border-color:var(--amber)}
    .light.green label::before{background:var(--green);border-color:var(--green)}
    .light input:checked+label::before{box-shadow:0 0 0 .25rem var(--soft),0 0 0 .4rem var(--ink)}
    .rank{display:grid;grid-template-columns:1fr 9rem;gap:.5rem;align-items:center;margin:.5rem 0}
    .rank label{margin:0}
    details{margin:1rem 0;border:2px solid var(--line);border-radius:.7rem;padding:.2rem .9rem}
    summary{cursor:pointer;min-height:3rem;display:flex;align-items:center;font-weight:600}
    details legend{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
    button{display:block;width:100%;min-height:3.4rem;margin:1.2rem 0 .5rem;border:0;border-radius:.7rem;\
    background:var(--accent);color:var(--accent-ink);font-weight:700;font-size:1.1rem;cursor:pointer}
    button:focus-visible{outline:3px solid var(--ink);outline-offset:3px}
    button[disabled]{opacity:.6}
    .flash{color:var(--ok);font-weight:600;margin:.8rem 0}
    .problem{color:var(--bad);font-weight:600;border-left:.3rem solid var(--bad);padding:.4rem .7rem;margin:.8rem 0}
    .results ul{list-style:none;padding:0;margin:0}
    .bars li{margin:.7rem 0}
    .bar-label{font-weight:600}
    .bar-figure{float:right;color:var(--muted);font-variant-numeric:tabular-nums}
    .bar{display:block;height:.8rem;margin-top:.25rem;border-radius:.4rem;background:var(--soft);overflow:hidden}
    .fill{display:block;height:100%;background:var(--accent)}
    .texts li{padding:.6rem .8rem;margin:.4rem 0;background:var(--soft);border-radius:.5rem;overflow-wrap:anywhere}

    """

    /// The script that makes the page follow the moderator and send forms without reloading. The page
    /// works without it: forms post and redirect, and a reload shows the current question.
    static let script = """
    'use strict';
    (function () {
      var main = document.getElementById('content');
      var live = document.getElementById('live');
      if (!main || !main.dataset.version) { return; }
      var version = main.dataset.version;
      var waiting = false;

      function say(text) {
        live.textContent = '';
        window.setTimeout(function () { live.textContent = text; }, 60);
      }
      function unsentText() {
        var box = main.querySelector('[data-keep] textarea');
        return box !== null && box.value.trim() !== '' && box.dataset.sent !== box.value;
      }
      function load(sent) {
        var url = '/room/content' + (sent ? '?sent=' + sent : '');
        return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
          .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
          .then(function (page) {
            var changed = page.version !== version && !sent;
            version = page.version;
            main.dataset.version = version;
            main.innerHTML = page.html;
            document.title = page.title;
            enhance();
            waiting = false;
            if (changed) { say(main.dataset.newQuestion + ': ' + page.heading); }
          });
      }
      function follow(next) {
        if (String(next) === version) { return; }
        if (unsentText()) {
          if (!waiting) { waiting = true; say(main.dataset.movedOn); }
          return;
        }
        load().catch(function () { window.setTimeout(function () { follow(next); }, 2000); });
      }
      function enhance() {
        Array.prototype.forEach.call(main.querySelectorAll('form'), function (form) {
          form.addEventListener('submit', function (event) {
            event.preventDefault();
            var button = form.querySelector('button');
            if (button) { button.disabled = true; }
            fetch(form.action, {
              method: 'POST', credentials: 'same-origin',
              headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
              body: new URLSearchParams(new FormData(form)).toString()
            }).then(function (r) {
              return r.json().then(function (reply) { return { ok: r.ok, reply: reply }; });
            }).then(function (result) {
              if (result.ok) {
                return load().then(function () {
                  say(result.reply.message);
                  main.focus();
                });
              }
              showProblem(form, result.reply.message);
            }).catch(function () {
              showProblem(form, main.dataset.offline);
            }).then(function () { if (button) { button.disabled = false; } });
          });
        });
      }
      function showProblem(form, text) {
        var old = form.querySelector('.problem');
        if (old) { old.remove(); }
        var p = document.createElement('p');
        p.className = 'problem';
        p.setAttribute('role', 'alert');
        p.textContent = text;
        form.insertBefore(p, form.firstChild);
      }
      function poll() {
        fetch('/state.json', { credentials: 'same-origin' })
          .then(function (r) { return r.json(); })
          .then(function (state) { follow(state.version); })
          .catch(function () {});
      }

      enhance();
      if (window.EventSource) {
        var offline = false;
        var source = new EventSource('/events');
        source.onmessage = function (event) {
          if (offline) { offline = false; say(''); }
          follow(event.data);
        };
        source.onerror = function () {
          if (!offline) { offline = true; say(main.dataset.offline); }
        };
      } else {
        window.setInterval(poll, 2000);
      }
    })();

    """
}
