#include "painjournal/add_words.h"

#include <cctype>

#include "painjournal/util.h"

namespace pj {

namespace {

// `6`, `-1`, `5.5`, `.5`: a word meant as a number, right or wrong.
bool LooksNumeric(const std::string& w) {
  if (w.empty()) return false;
  size_t i = (w[0] == '-' || w[0] == '+' || w[0] == '.') ? 1 : 0;
  return i < w.size() && std::isdigit(static_cast<unsigned char>(w[i]));
}

std::string Words(const std::vector<std::string>& w, size_t from, size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) out += (i > from ? " " : "") + w[i];
  return out;
}

// Names the vocabulary knows, whatever --new or free_names would accept.
class Known {
 public:
  explicit Known(const Vocabulary& v) : vocab_(v) { vocab_.free_names = false; }
  bool Site(const std::string& name) const {
    std::string out, err;
    return vocab_.ResolveSite(name, false, &out, &err);
  }
  bool Action(const std::string& name) const {
    std::string out, err;
    return vocab_.ResolveAction(name, false, &out, &err);
  }
  // The end of the longest run of words from `from` that names an action, or 0.
  size_t ActionEnd(const std::vector<std::string>& w, size_t from) const {
    for (size_t to = w.size(); to > from; --to)
      if (Action(Words(w, from, to))) return to;
    return 0;
  }

 private:
  Vocabulary vocab_;
};

// The words after the intensity as actions: the longest run that names a
// known action, then the next (`tui na massage` -> `tui na`, `massage`).
// `before` is what came before them, for the how-to in a message.
bool ReadActions(const std::vector<std::string>& typed, const Vocabulary& vocab, const Known& known, bool allow_new,
                 const std::string& before, std::vector<std::string>* did, std::string* err) {
  std::vector<std::string> w;  // `massage,walk` is two words
  for (const auto& t : typed)
    for (const auto& item : SplitList(t)) w.push_back(item);
  const std::string all = Words(w, 0, w.size());
  for (size_t i = 0; i < w.size();) {
    if (size_t end = known.ActionEnd(w, i)) {
      did->push_back(Words(w, i, end));
      i = end;
      continue;
    }
    if (!allow_new) {
      if (i == 0 && w.size() > 1) {
        *err = "'" + all + "' is not an action; a note goes in --note: journal add " + before + " --note \"" + all +
               "\"";
        return false;
      }
      std::string ignored;
      vocab.ResolveAction(w[i], false, &ignored, err);  // unknown: the vocabulary's message, with its suggestion
      return false;
    }
    if (i + 1 < w.size() && known.ActionEnd(w, i + 1) == 0) {
      const std::string two = w[i] + " " + w[i + 1];
      *err = "'" + two + "': one new action or two? Write --did \"" + two + "\" --new for one, --did " + w[i] + "," +
             w[i + 1] + " --new for two";
      return false;
    }
    did->push_back(w[i++]);
  }
  return true;
}

}  // namespace

bool ReadAddWords(const std::vector<std::string>& words, const Vocabulary& vocab, bool site_option, bool allow_new,
                  AddWords* out, std::string* err) {
  *out = AddWords{};
  allow_new = allow_new || vocab.free_names;
  const Known known(vocab);
  const size_t n = words.size();
  if (n == 0) return true;
  std::vector<size_t> numbers;
  for (size_t i = 0; i < n; ++i)
    if (LooksNumeric(words[i])) numbers.push_back(i);
  const std::string typed = Words(words, 0, n);

  if (numbers.size() > 1) {
    *err = "more than one number in '" + typed + "': the intensity comes once, right after the site (journal add " +
           Words(words, 0, numbers[1]) + "); other numbers go with their option, e.g. --stress " +
           words[numbers[1]];
    return false;
  }
  if (numbers.size() == 1) {
    const size_t k = numbers[0];
    if (k == 0 && !site_option && n > 1) {
      const std::string rest = Words(words, 1, n);
      *err = "the site comes before the intensity: journal add " +
             (known.Site(rest) ? rest + " " + words[0] : "SITE " + words[0] + " [ACTION...], e.g. journal add neck 6");
      return false;
    }
    out->site = Words(words, 0, k);
    out->intensity = words[k];
    if (k >= 2 && !allow_new && !known.Site(out->site)) {
      // `neck shoulder 6`, `neck massage 6`: a known site, then more words.
      for (size_t p = k - 1; p >= 1; --p) {
        const std::string site = Words(words, 0, p), rest = Words(words, p, k);
        if (!known.Site(site)) continue;
        std::vector<std::string> tail(words.begin() + static_cast<std::ptrdiff_t>(p),
                                      words.begin() + static_cast<std::ptrdiff_t>(k));
        if (known.ActionEnd(tail, 0) == tail.size()) {
          *err = "the intensity comes right after the site: journal add " + site + " " + out->intensity + " " + rest;
        } else {
          *err = "'" + out->site + "' is not a site; one site per entry (journal add " + site + " " + out->intensity +
                 "), or a new site with --new (journal add " + out->site + " " + out->intensity + " --new)";
        }
        return false;
      }
    }
    std::vector<std::string> tail(words.begin() + static_cast<std::ptrdiff_t>(k) + 1, words.end());
    return ReadActions(tail, vocab, known, allow_new, Words(words, 0, k + 1), &out->did, err);
  }

  // No number.
  if (site_option) {
    // `journal add --site neck 6` reads the lone word as the intensity.
    if (n == 1 && !known.Action(words[0])) {
      out->intensity = words[0];
      return true;
    }
    return ReadActions(words, vocab, known, allow_new, "--site SITE", &out->did, err);
  }
  if (known.Site(typed)) {
    out->site = typed;
    return true;
  }
  for (size_t p = n - 1; p >= 1; --p) {  // the longest known site, then what was done: `neck massage`
    const std::string site = Words(words, 0, p);
    if (!known.Site(site)) continue;
    out->site = site;
    std::vector<std::string> tail(words.begin() + static_cast<std::ptrdiff_t>(p), words.end());
    if (tail.size() == 1 && !known.Action(tail[0])) {
      out->intensity = tail[0];  // `neck five`: the intensity's own message
      return true;
    }
    return ReadActions(tail, vocab, known, allow_new, site, &out->did, err);
  }
  std::vector<std::string> did;
  std::string ignored;
  if (ReadActions(words, vocab, known, /*allow_new=*/false, "", &did, &ignored)) {  // `massage`: no site
    std::string list = Join(did, ",");
    if (list.find(' ') != std::string::npos) list = "\"" + list + "\"";
    *err = "'" + typed + "' is what you did, not a site: journal add --did " + list;
    return false;
  }
  if (n == 2) {  // `nek 5`-like: the site's own message
    out->site = words[0];
    out->intensity = words[1];
    return true;
  }
  out->site = typed;
  return true;
}

}  // namespace pj
