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
