/// The site's own style sheet and search script: small, loaded from the site itself, nothing from
/// other hosts. Pages are readable without either; only the search page runs a script.
enum SiteAssets {
    /// Plain and accessible, in the spirit of the GOV.UK Design System: system fonts, large text,
    /// strong contrast, a visible yellow focus on everything that takes it, and a skip link.
    static let stylesheet = #"""
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 1.1875rem; line-height: 1.5; color: #0b0c0c; background: #f3f2f1; }
        .wrap { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
        main { display: block; background: #fff; padding-top: 1.5rem; padding-bottom: 3rem; }
        main:focus { outline: none; }
        a { color: #1d70b8; text-decoration-thickness: max(1px, .0625rem); text-underline-offset: .15em; }
        a:visited { color: #4c2c92; }
        a:hover { color: #003078; text-decoration-thickness: max(3px, .1875rem); }
        a:focus, button:focus, input:focus { outline: 3px solid transparent; background-color: #ffdd00; color: #0b0c0c; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; }
        input:focus { background-color: #fff; box-shadow: inset 0 0 0 2px #0b0c0c; outline: 3px solid #ffdd00; }
        .skip-link { position: absolute; left: -9999px; top: 0; padding: .5rem 1rem; }
        .skip-link:focus { left: 0; z-index: 10; }
        .site-header { background: #0b0c0c; color: #fff; border-bottom: .5rem solid #1d70b8; }
        .site-header .wrap { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; padding-top: .75rem; padding-bottom: .75rem; gap: .5rem 2rem; }
        .site-name, .site-name:visited { color: #fff; font-weight: 700; font-size: 1.5rem; text-decoration: none; }
        .site-header ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
        .site-header nav a, .site-header nav a:visited { color: #fff; font-weight: 700; }
        .site-header nav a[aria-current="page"] { text-decoration-thickness: 3px; }
        .site-header a:focus { color: #0b0c0c; }
        .site-footer { border-top: 1px solid #b1b4b6; padding: 1.5rem 0; font-size: 1rem; }
        h1 { font-size: 2.5rem; line-height: 1.1; margin: 0 0 1.5rem; }
        h2 { font-size: 1.75rem; line-height: 1.2; margin: 2.5rem 0 1rem; }
        h3 { font-size: 1.3rem; margin: 1.75rem 0 .75rem; }
        p, ul, ol, dl, table { max-width: 42rem; }
        .lead { font-size: 1.4rem; }
        .caption { color: #505a5f; margin: 0 0 .25rem; font-size: 1.1rem; }
        .meta, .tag { color: #505a5f; font-size: 1rem; }
        .tag { display: inline-block; border: 1px solid #505a5f; padding: 0 .3rem; }
        ul.records { list-style: none; padding: 0; }
        ul.records li { margin: 0 0 1rem; padding-bottom: 1rem; border-bottom: 1px solid #b1b4b6; }
        ul.records a { font-weight: 700; }
        ul.inline { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; }
        ul.figures { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 1rem; max-width: none; }
        ul.figures li { border-left: .3rem solid #1d70b8; padding-left: .75rem; }
        .figure { display: block; font-size: 2rem; font-weight: 700; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.5rem; border-top: 1px solid #b1b4b6; border-bottom: 1px solid #b1b4b6; padding: .75rem 0; }
        dl.facts dt { font-weight: 700; }
        dl.facts dd { margin: 0; }
        .notice { border-left: .5rem solid #d4351c; padding: .5rem 1rem; margin: 1rem 0; background: #f3f2f1; }
        .search-form label { display: block; font-weight: 700; margin-bottom: .25rem; }
        .search-row { display: flex; max-width: 36rem; }
        .search-row input { flex: 1; font: inherit; padding: .35rem; border: 2px solid #0b0c0c; min-width: 0; }
        .search-row button { font: inherit; font-weight: 700; color: #fff; background: #00703c; border: 0; padding: .35rem 1rem; cursor: pointer; box-shadow: 0 2px 0 #002d18; }
        .search-row button:hover { background: #005a30; }
        mark { background: #fff7bf; color: inherit; font-weight: 700; }
        table { border-collapse: collapse; } th, td { border-bottom: 1px solid #b1b4b6; padding: .4rem .8rem .4rem 0; text-align: left; }
        code, pre { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .95em; }
        pre { background: #f3f2f1; padding: .75rem; overflow-x: auto; max-width: 42rem; }
        blockquote { border-left: .3rem solid #b1b4b6; margin: 1rem 0; padding-left: 1rem; }
        @media print { .site-header nav, .skip-link, .search-form { display: none; } body { background: #fff; } }

        """#

    /// Reads `?q=` from the address, ranks pages with BM25 over `window.POLICYLAB_SEARCH` and
    /// shows the results with the query's words marked in their summaries. It builds the results
    /// with DOM nodes and text, never with HTML strings, so no record text can become markup.
    static let searchScript = #"""
        (function () {
          "use strict";
          var index = window.POLICYLAB_SEARCH;
          var form = document.getElementById("search-form");
          var input = document.getElementById("search-query");
          var output = document.getElementById("search-results");
          // The page's language chooses the script's words (the French tree of a bilingual site).
          var french = document.documentElement.lang === "fr";
          if (!form || !input || !output) { return; }
          if (!index) { output.textContent = french ? "L\u2019index de recherche manque : reconstruisez le site avec policylab site."
            : "The search index is missing: build the site again with policylab site."; return; }

          var LIGATURES = { "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i" };
          var WORD = /[\p{Alphabetic}\p{N}]+/gu;

          // The same folding as policylab's Tokenizer: accents dropped, lowercase, split on non-letters.
          function terms(text) {
            var folded = text.normalize("NFD").replace(/[\p{Mn}\p{Me}]/gu, "").toLowerCase()
              .replace(/[ßæœøłđðþı]/g, function (letter) { return LIGATURES[letter]; });
            return folded.match(WORD) || [];
          }

          var sortedTerms = null;
          // Terms of the index that start with `prefix`, found by binary search in the sorted list.
          function expand(prefix) {
            if (!sortedTerms) { sortedTerms = Object.keys(index.terms).sort(); }
            var low = 0, high = sortedTerms.length;
            while (low < high) {
              var middle = (low + high) >> 1;
              if (sortedTerms[middle] < prefix) { low = middle + 1; } else { high = middle; }
            }
            var found = [];
            for (var i = low; i < sortedTerms.length && sortedTerms[i].lastIndexOf(prefix, 0) === 0 && found.length < 50; i++) {
              found.push(sortedTerms[i]);
            }
            return found;
          }

          function rank(query) {
            var count = index.docs.length;
            if (count === 0) { return []; }
            var average = index.lengths.reduce(function (sum, length) { return sum + length; }, 0) / count;
            var scores = new Map();
            var words = Array.from(new Set(terms(query)));
            words.forEach(function (word) {
              // Whole words count fully; longer words that start with a query word count half.
              var matches = [[word, 1]];
              if (word.length >= 3) {
                expand(word).forEach(function (term) { if (term !== word) { matches.push([term, 0.5]); } });
              }
              matches.forEach(function (match) {
                var postings = Object.prototype.hasOwnProperty.call(index.terms, match[0]) ? index.terms[match[0]] : null;
                if (!postings) { return; }
                var frequencyOfDocs = postings.length / 2;
                var idf = Math.log(1 + (count - frequencyOfDocs + 0.5) / (frequencyOfDocs + 0.5));
                for (var i = 0; i < postings.length; i += 2) {
                  var doc = postings[i], tf = postings[i + 1];
                  var norm = tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * index.lengths[doc] / average));
                  scores.set(doc, (scores.get(doc) || 0) + match[1] * idf * norm);
                }
              });
            });
            return Array.from(scores.entries()).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
          }

          // The summary as text nodes, with the words that match the query in <mark>.
          function snippet(text, queryTerms) {
            var paragraph = document.createElement("p");
            var last = 0;
            text.replace(WORD, function (word, offset) {
              var folded = terms(word)[0] || "";
              var hit = queryTerms.some(function (term) { return folded === term || (term.length >= 3 && folded.lastIndexOf(term, 0) === 0); });
              if (hit) {
                paragraph.appendChild(document.createTextNode(text.slice(last, offset)));
                var mark = document.createElement("mark");
                mark.textContent = word;
                paragraph.appendChild(mark);
                last = offset + word.length;
              }
              return word;
            });
            paragraph.appendChild(document.createTextNode(text.slice(last)));
            return paragraph;
          }

          function show(query) {
            output.textContent = "";
            var queryTerms = terms(query);
            if (queryTerms.length === 0) { return; }
            var ranked = rank(query);
            var heading = document.createElement("h2");
            heading.textContent = french
              ? (ranked.length === 0 ? "Aucun r\u00e9sultat pour \u00ab\u00a0" + query + "\u00a0\u00bb"
                : ranked.length + (ranked.length === 1 ? " r\u00e9sultat" : " r\u00e9sultats") + " pour \u00ab\u00a0" + query + "\u00a0\u00bb")
              : ranked.length === 0 ? "No results for \u201c" + query + "\u201d"
              : ranked.length + (ranked.length === 1 ? " result" : " results") + " for \u201c" + query + "\u201d";
            output.appendChild(heading);
            if (ranked.length === 0) {
              var advice = document.createElement("p");
              advice.textContent = french ? "Essayez d\u2019autres mots, ou parcourez la bo\u00eete \u00e0 outils par phase."
                : "Try other words, or browse the toolkit by phase.";
              output.appendChild(advice);
              return;
            }
            var list = document.createElement("ul");
            list.className = "records";
            ranked.slice(0, 50).forEach(function (result) {
              var doc = index.docs[result[0]];
              var item = document.createElement("li");
              var link = document.createElement("a");
              link.href = doc[0];
              link.textContent = doc[2];
              var kind = document.createElement("span");
              kind.className = "tag";
              kind.textContent = doc[1];
              item.appendChild(link);
              item.appendChild(document.createTextNode(" "));
              item.appendChild(kind);
              item.appendChild(snippet(doc[3], queryTerms));
              list.appendChild(item);
            });
            output.appendChild(list);
          }

          var query = new URLSearchParams(window.location.search).get("q") || "";
          input.value = query;
          var searchWord = french ? "Recherche" : "Search";
          if (query) { document.title = searchWord + (french ? "\u00a0: " : ": ") + query + " \u2013 " + document.title.replace(new RegExp("^" + searchWord + " \u2013 "), ""); }
          show(query);
          form.addEventListener("submit", function (event) {
            event.preventDefault();
            var value = input.value.trim();
            show(value);
            try { history.replaceState(null, "", "?q=" + encodeURIComponent(value)); } catch (ignored) { /* some browsers refuse on file:// */ }
          });
        }());

        """#
}
