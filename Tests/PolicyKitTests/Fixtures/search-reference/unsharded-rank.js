// The ranking of the site's search before its index was sharded: terms(), expand() and rank()
// copied unchanged from assets/search.js as it was (unsharded-search.js, beside this file), over
// the whole index (assets/search-index.js, written by `policylab site --also-unsharded-search-index`).
// The test of the sharded search compares its results with referenceRank(query).
(function () {
  "use strict";
  var index = window.POLICYLAB_SEARCH;
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

  window.referenceRank = rank;
  window.referenceTerms = terms;
}());
