package io.deckhand.render.page;

/** The card stylesheet (colours come from {@link PageTheme}) and the Mermaid start-up script. */
final class PageStyle {
    private PageStyle() {
    }

    /** The page itself: font, width, links, rules. */
    private static final String PAGE = """
            body { margin:0; background:var(--bg); color:var(--fg);
                   font: 17px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; }
            .card { max-width: 760px; margin: 0 auto; padding: 24px 32px; overflow-wrap: anywhere; }
            a { color: var(--link); }
            hr { border: 0; border-top: 1px solid var(--border); margin: 20px 0; }
            """;

    /** What card content needs: code, highlighting, YAML checks, tables, diagrams. */
    private static final String CONTENT = """
            code, pre { font-family: "JetBrains Mono", "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 15px; }
            :not(pre) > code { background:var(--code-bg); border:1px solid var(--border); border-radius:4px; padding:0 4px; }
            pre { background:var(--code-bg); color:var(--fg); border:1px solid var(--border); border-radius:6px;
                  padding:12px; overflow-x:auto; white-space:pre; overflow-wrap:normal; line-height:1.45;
                  text-align:left; }
            /* Code is as wide as its longest line needs, from the text column's width up to the window's
               (less a margin), centred on the column: long commands and manifests use the empty margins. */
            .card > pre, .card > figure.yaml-block { box-sizing: border-box; width: max-content; min-width: 100%;
                  max-width: max(100%, min(100vw - 48px, 1160px)); position: relative; left: 50%;
                  transform: translateX(-50%); }
            /* Commands and plain text wrap at spaces (a long token breaks anywhere) instead of hiding behind a
               scrollbar; YAML and JSON keep their lines, where indentation carries meaning. */
            pre > code.language-bash, pre > code.language-plain { white-space: pre-wrap; overflow-wrap: anywhere; }
            table { border-collapse: collapse; display:block; overflow-x:auto; max-width:100%; }
            th, td { border:1px solid var(--border); padding:6px 10px; }
            del, s { color: var(--muted); }
            li.task-list-item { list-style: none; } li.task-list-item input { margin: 0 6px 0 -22px; }
            .wikilink { border-bottom: 1px dashed var(--muted); }
            .tk-key{color:var(--tk-key)} .tk-str{color:var(--tk-str)} .tk-num{color:var(--tk-num)}
            .tk-kw{color:var(--tk-kw)} .tk-com{color:var(--tk-com);font-style:italic} .tk-var{color:var(--tk-var)}
            .tk-opt{color:var(--tk-opt)} .tk-cmd{color:var(--tk-cmd);font-weight:600} .tk-punct{color:var(--tk-punct)}
            .line.err { background: var(--err-bg); color: var(--err-fg); display:inline-block; min-width:100%; }
            figure { margin: 16px 0; }
            .block-status { font-size: 14px; margin-bottom: 6px; color: var(--muted); }
            .block-status.quiet { display: none; } .show-notes .block-status.quiet { display: block; }
            .badge { display:inline-block; background:var(--badge-bg); color:var(--badge-fg); border-radius:10px;
                     padding:0 8px; margin-right:6px; font-size:13px; }
            .problems { background:var(--err-bg); color:var(--err-fg); border-radius:6px; padding:8px 12px 8px 28px;
                        margin:6px 0; font-size:15px; }
            .guesses { background:var(--warn-bg); color:var(--warn-fg); border-radius:6px; padding:6px 12px; font-size:15px; }
            .guesses summary { cursor: pointer; }
            .ok { color: var(--ok-fg); }
            .diagram { overflow-x:auto; }
            .diagram svg { max-width: 100%; height: auto; }
            .diagram-error pre { border-color: var(--err-fg); }
            .dg-fill { fill: var(--dg-node-bg); } .dg-stroke { stroke: var(--dg-node-stroke); }
            .dg-label { fill: var(--fg); }
            .dg-cluster-fill { fill: var(--dg-cluster-bg); } .dg-cluster-stroke { stroke: var(--dg-cluster-stroke); }
            .dg-cluster-label { fill: var(--fg); }
            .dg-edge { stroke: var(--dg-edge); } .dg-line { fill: none; }
            .dg-arrow { fill: var(--dg-edge); stroke: var(--dg-edge); }
            .dg-edge-label-bg { fill: var(--bg); opacity: 0.9; }
            .dg-edge-label { fill: var(--fg); }
            div.mermaid { white-space: pre; font-family: monospace; font-size: 14px; }
            """;

    static final String CSS = PAGE + CONTENT;

    /**
     * The content rules for another app's card (an Anki note type's css), which has no Deckhand
     * page around it: colours are {@code --dh-*} variables (so the app's own are untouched), light
     * on {@code .card} and dark under Anki's night-mode classes.
     */
    static String portable() {
        String dark = ".card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card";
        return variables(".card", PageTheme.LIGHT) + variables(dark, PageTheme.DARK)
                + CONTENT.replace("var(--", "var(--dh-");
    }

    private static String variables(String selector, PageTheme theme) {
        StringBuilder b = new StringBuilder(selector).append(" {");
        new java.util.TreeMap<>(theme.colors()).forEach((k, v) -> b.append(" --dh-").append(k).append(':').append(v).append(';'));
        return b.append(" }\n").toString();
    }

    /** Renders every {@code div.mermaid} with the bundled script; on failure shows the source instead. */
    static String mermaidBootstrap(boolean dark) {
        return """
                (function(){
                  if (!window.mermaid) { return; }
                  mermaid.initialize({startOnLoad:false, securityLevel:'strict', theme:'%s'});
                  // Mermaid's SVG is parsed in an inert document (nothing there loads), stripped of
                  // every reference that is not data: or in-page, and only then put in the card.
                  function local(url) {
                    var u = (url || '').replace(/[\\s\\u0000-\\u001f]/g, '').toLowerCase();
                    return u === '' || u.charAt(0) === '#' || u.indexOf('data:') === 0;
                  }
                  function clean(root) {
                    var all = root.querySelectorAll('*');
                    for (var k = 0; k < all.length; k++) {
                      var n = all[k], tag = n.localName.toLowerCase();
                      if (tag === 'script' || tag === 'iframe' || tag === 'object' || tag === 'embed'
                          || tag === 'link' || tag === 'meta' || tag === 'base') {
                        n.parentNode && n.parentNode.removeChild(n); continue;
                      }
                      for (var a = n.attributes.length - 1; a >= 0; a--) {
                        var at = n.attributes[a], name = at.name.toLowerCase();
                        if (name.indexOf('on') === 0
                            || ((name === 'src' || name === 'href' || name === 'xlink:href' || name === 'srcset'
                                 || name === 'action' || name === 'formaction' || name === 'poster' || name === 'background')
                                && !local(at.value))
                            || (name === 'style' && /url\\s*\\(|@\\s*import/i.test(at.value))) {
                          n.removeAttributeNode(at);
                        }
                      }
                      if (tag === 'style') {
                        n.textContent = n.textContent.replace(/@\\s*import[^;]*;?/gi, '')
                          .replace(/url\\s*\\(([^)]*)\\)/gi, function(m, inner){ return local(inner.replace(/['"]/g, '')) ? m : 'none'; });
                      }
                    }
                  }
                  function show(el, svg) {
                    var inert = document.implementation.createHTMLDocument('');
                    var box = inert.createElement('div');
                    box.innerHTML = svg;
                    clean(box);
                    el.innerHTML = '';
                    while (box.firstChild) { el.appendChild(document.importNode(box.firstChild, true)); box.removeChild(box.firstChild); }
                  }
                  var blocks = document.querySelectorAll('div.mermaid');
                  blocks.forEach(function(el, i){
                    var src = el.textContent;
                    mermaid.render('deckhand-mermaid-' + i, src).then(function(r){ show(el, r.svg); })
                      .catch(function(e){
                        el.className = 'diagram-error';
                        var pre = document.createElement('pre');
                        pre.textContent = src + '\\n\\n' + (e && e.message ? e.message : e);
                        el.innerHTML = ''; el.appendChild(pre);
                      });
                  });
                })();
                """.formatted(dark ? "dark" : "default");
    }
}
