(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-query");
  var output = document.getElementById("search-results");
  // The page's language chooses the script's words (the French tree of a bilingual site).
  var french = document.documentElement.lang === "fr";
  // The index is beside this script, in assets/search/ (see SiteSearchShards).
  var here = document.currentScript && document.currentScript.src;
  if (!form || !input || !output || !here) { return; }
  var base = here.replace(/[^\/]*$/, "") + "search/";
  var PAGE = 20;

  var LIGATURES = { "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i" };
  var WORD = /[\p{Alphabetic}\p{N}]+/gu;

  // The same folding as policylab's Tokenizer: accents dropped, lowercase, split on non-letters.
  function terms(text) {
    var folded = text.normalize("NFD").replace(/[\p{Mn}\p{Me}]/gu, "").toLowerCase()
      .replace(/[ßæœøłđðþı]/g, function (letter) { return LIGATURES[letter]; });
    return folded.match(WORD) || [];
  }

  // Shards are scripts that call policylabSearch(name, data): a page opened from file:// may not
  // fetch files, but it may run the scripts it adds. Each is loaded once.
  var loads = {};
  window.policylabSearch = function (name, data) {
    var entry = loads[name];
    if (entry && !entry.done) { entry.done = true; entry.resolve(data); }
  };
  function load(name, folder) {
    if (loads[name]) { return loads[name].promise; }
    var entry = {};
    entry.promise = new Promise(function (resolve, reject) { entry.resolve = resolve; entry.reject = reject; });
    loads[name] = entry;
    var tag = document.createElement("script");
    tag.src = base + (folder ? folder + "/" : "") + name + ".js";
    tag.onerror = function () { entry.done = true; entry.reject(new Error(name)); };
    tag.onload = function () { if (!entry.done) { entry.done = true; entry.reject(new Error(name)); } };
    document.head.appendChild(tag);
    return entry.promise;
  }

  var manifest = null;
  function index() {
    if (!manifest) {
      manifest = load("index").then(function (found) {
        if (!found || found.version !== 2) { throw new Error("index version"); }
        return found;
      });
    }
    return manifest;
  }

  // The shard that holds `term`, or would: the last whose key sorts at or before it.
  function shardOf(found, term) {
    var low = 0, high = found.keys.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (found.keys[middle] <= term) { low = middle + 1; } else { high = middle; }
    }
    return low - 1;
  }

  function startsWith(text, prefix) { return text.lastIndexOf(prefix, 0) === 0; }

  // The shards a query word needs: its own and, for a word of three letters or more, the next
  // ones while they hold terms that start with it, until they hold the 50 that the ranking expands it to.
  function shardsFor(found, word) {
    if (found.keys.length === 0) { return []; }
    var first = shardOf(found, word), list = [first], known = 0;
    if (word.length >= 3) {
      for (var next = first + 1; next < found.keys.length && startsWith(found.keys[next], word) && known < 50; next++) {
        list.push(next);
        if (next + 1 < found.keys.length && startsWith(found.keys[next + 1], word)) { known += found.terms[next]; }
      }
    }
    return list;
  }

  // What a word matches, as the unsharded index ranked: the word itself, fully, and for a word of
  // three letters or more the other terms among the first 50 (in sorted order) that start with it, half.
  function matchesOf(word, run) {
    var low = 0, high = run.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (run[middle][0] < word) { low = middle + 1; } else { high = middle; }
    }
    var matches = [];
    if (low < run.length && run[low][0] === word) { matches.push([run[low][1], 1]); }
    if (word.length >= 3) {
      for (var i = low, found = 0; i < run.length && startsWith(run[i][0], word) && found < 50; i++, found++) {
        if (run[i][0] !== word) { matches.push([run[i][1], 0.5]); }
      }
    }
    return matches;
  }

  // BM25, as the unsharded index ranked (the same sums in the same order, so the same scores).
  function rank(found, lengths, words, runs) {
    var count = found.count;
    if (count === 0) { return []; }
    var average = lengths.reduce(function (sum, length) { return sum + length; }, 0) / count;
    var scores = new Map();
    words.forEach(function (word, position) {
      matchesOf(word, runs[position]).forEach(function (match) {
        var postings = match[0];
        var frequencyOfDocs = postings.length / 2;
        var idf = Math.log(1 + (count - frequencyOfDocs + 0.5) / (frequencyOfDocs + 0.5));
        var doc = 0;
        for (var i = 0; i < postings.length; i += 2) {
          doc += postings[i];
          var tf = postings[i + 1];
          var norm = tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * lengths[doc] / average));
          scores.set(doc, (scores.get(doc) || 0) + match[1] * idf * norm);
        }
      });
    });
    return Array.from(scores.entries()).sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
  }

  // Ranks `query`: loads the lengths and the shards of its words, in parallel.
  function rankQuery(query) {
    var words = Array.from(new Set(terms(query)));
    return index().then(function (found) {
      var shardLists = words.map(function (word) { return shardsFor(found, word); });
      var needed = [load("lengths", found.folder)];
      shardLists.forEach(function (list) { list.forEach(function (shard) { needed.push(load("t/" + shard, found.folder)); }); });
      return Promise.all(needed).then(function (loaded) {
        var byNumber = {}, at = 1;
        shardLists.forEach(function (list) { list.forEach(function (shard) { byNumber[shard] = loaded[at++]; }); });
        var runs = shardLists.map(function (list) {
          return list.reduce(function (run, shard) { return run.concat(byNumber[shard]); }, []);
        });
        return { found: found, ranked: rank(found, loaded[0], words, runs) };
      });
    });
  }

  function isMatch(word, queryTerms) {
    var folded = terms(word)[0] || "";
    return queryTerms.some(function (term) { return folded === term || (term.length >= 3 && startsWith(folded, term)); });
  }

  // The offset of the first word of `text` that matches the query, or -1.
  function firstMatch(text, queryTerms) {
    var pattern = new RegExp(WORD.source, "gu"), word;
    while ((word = pattern.exec(text)) !== null) {
      if (isMatch(word[0], queryTerms)) { return word.index; }
    }
    return -1;
  }

  // The text as text nodes, with the words that match the query in <mark>.
  function marked(text, queryTerms) {
    var paragraph = document.createElement("p");
    var last = 0;
    text.replace(WORD, function (word, offset) {
      if (isMatch(word, queryTerms)) {
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

  // The summary when it has a word of the query; else the body around its first match, cut at
  // spaces; else the summary.
  function snippet(summary, body, queryTerms) {
    if (firstMatch(summary, queryTerms) >= 0) { return marked(summary, queryTerms); }
    var at = firstMatch(body, queryTerms);
    if (at < 0) { return marked(summary, queryTerms); }
    var start = Math.max(0, at - 80), end = Math.min(body.length, at + 160);
    // From the start of the match's paragraph when it is near, else from a space.
    var line = body.lastIndexOf("\n", at);
    if (line >= start) { start = line + 1; } else if (start > 0) { var space = body.indexOf(" ", start); start = space >= 0 && space < at ? space + 1 : at; }
    if (end < body.length) { var back = body.lastIndexOf(" ", end); end = back > at ? back : end; }
    var excerpt = (start > 0 ? "\u2026" : "") + body.slice(start, end).replace(/\s+/g, " ").trim() + (end < body.length ? "\u2026" : "");
    var paragraph = marked(excerpt, queryTerms);
    paragraph.className = "snippet";
    return paragraph;
  }

  var current = 0;
  function failed() {
    output.textContent = french ? "L\u2019index de recherche n\u2019a pas pu \u00eatre charg\u00e9 : rechargez la page, ou reconstruisez le site avec policylab site."
      : "The search index could not be loaded: reload the page, or build the site again with policylab site.";
  }

  // Shows the results from `from` on, PAGE at a time, each once its data has loaded.
  function showMore(list, found, ranked, from, queryTerms, generation, more) {
    var shown = ranked.slice(from, from + PAGE);
    return Promise.all(shown.map(function (result) { return load("d/" + result[0], found.folder); })).then(function (docs) {
      if (generation !== current) { return; }
      docs.forEach(function (doc) {
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
        item.appendChild(snippet(doc[3], doc[4] || "", queryTerms));
        list.appendChild(item);
      });
      var left = ranked.length - from - shown.length;
      more.hidden = left <= 0;
      var next = Math.min(PAGE, left);
      more.textContent = french ? "Afficher " + next + (next === 1 ? " autre r\u00e9sultat" : " autres r\u00e9sultats")
        : "Show " + next + " more " + (next === 1 ? "result" : "results");
      more.onclick = function () {
        more.disabled = true;
        showMore(list, found, ranked, from + PAGE, queryTerms, generation, more).then(function () { more.disabled = false; }, failed);
      };
    });
  }

  function show(query) {
    var search = ++current;
    output.textContent = "";
    var queryTerms = terms(query);
    if (queryTerms.length === 0) { return; }
    rankQuery(query).then(function (answer) {
      if (search !== current) { return; }
      var ranked = answer.ranked;
      var heading = document.createElement("h2");
      heading.textContent = french
        ? (ranked.length === 0 ? "Aucun r\u00e9sultat pour \u00ab\u00a0" + query + "\u00a0\u00bb"
          : ranked.length + (ranked.length === 1 ? " r\u00e9sultat" : " r\u00e9sultats") + " pour \u00ab\u00a0" + query + "\u00a0\u00bb")
        : ranked.length === 0 ? "No results for \u201c" + query + "\u201d"
        : ranked.length + (ranked.length === 1 ? " result" : " results") + " for \u201c" + query + "\u201d";
      if (ranked.length === 0) {
        output.appendChild(heading);
        var advice = document.createElement("p");
        advice.textContent = french ? "Essayez d\u2019autres mots, ou parcourez la bo\u00eete \u00e0 outils par phase."
          : "Try other words, or browse the toolkit by phase.";
        output.appendChild(advice);
        return;
      }
      var list = document.createElement("ul");
      list.className = "records";
      var more = document.createElement("button");
      more.type = "button";
      return showMore(list, answer.found, ranked, 0, queryTerms, search, more).then(function () {
        if (search !== current) { return; }
        output.appendChild(heading);
        output.appendChild(list);
        if (ranked.length > PAGE) { output.appendChild(more); }
      });
    }).catch(function () { if (search === current) { failed(); } });
  }

  // For the test that compares this ranking with the unsharded index's: [[page, score], ...].
  window.policylabSearch.rank = function (query) { return rankQuery(query).then(function (answer) { return answer.ranked; }); };

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
