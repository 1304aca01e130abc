// Unit tests for painjournal/add_words.h: the words after `journal add`.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "painjournal/add_words.h"
#include "painjournal/util.h"

using namespace pj;

namespace {

struct Read {
  bool site_option = false;
  bool allow_new = false;
  bool free_names = false;
};

// "site=S intensity=I did=A|B", or "error: MESSAGE".
std::string R(const std::string& typed, Read how = {}) {
  Vocabulary v = Vocabulary::BuiltIn();
  v.free_names = how.free_names;
  AddWords w;
  std::string err;
  if (!ReadAddWords(SplitWords(typed), v, how.site_option, how.allow_new, &w, &err)) return "error: " + err;
  return "site=" + w.site + " intensity=" + w.intensity + " did=" + Join(w.did, "|");
}

bool Has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("ReadAddWords: SITE INTENSITY as before") {
  CHECK(R("") == "site= intensity= did=");
  CHECK(R("neck 6") == "site=neck intensity=6 did=");
  CHECK(R("neck") == "site=neck intensity= did=");
  CHECK(R("6") == "site= intensity=6 did=");  // add then says an intensity needs a site
  // Wrong numbers are still the intensity, for its own message.
  CHECK(R("neck 11") == "site=neck intensity=11 did=");
  CHECK(R("neck -1") == "site=neck intensity=-1 did=");
  CHECK(R("neck 5.5") == "site=neck intensity=5.5 did=");
  CHECK(R("neck five") == "site=neck intensity=five did=");
  // An unknown site is left to the vocabulary's message.
  CHECK(R("nek 5") == "site=nek intensity=5 did=");
  CHECK(R("nek five") == "site=nek intensity=five did=");
}

TEST_CASE("ReadAddWords: a site of several words") {
  CHECK(R("lower back 4") == "site=lower back intensity=4 did=");
  CHECK(R("Lower Back 4") == "site=Lower Back intensity=4 did=");
  CHECK(R("left shoulder 2") == "site=left shoulder intensity=2 did=");
  CHECK(R("between shoulder blades 3") == "site=between shoulder blades intensity=3 did=");
  CHECK(R("lower back") == "site=lower back intensity= did=");
  // A new site of several words with --new, or with free names.
  CHECK(R("jaw clicking 3", {false, true, false}) == "site=jaw clicking intensity=3 did=");
  CHECK(R("tennis elbow 3", {false, false, true}) == "site=tennis elbow intensity=3 did=");
  // Unknown and no known site at its start: the vocabulary's message.
  CHECK(R("sore toe 3") == "site=sore toe intensity=3 did=");
}

TEST_CASE("ReadAddWords: what was done after the intensity") {
  CHECK(R("neck 6 massage") == "site=neck intensity=6 did=massage");
  CHECK(R("lower back 4 stretching") == "site=lower back intensity=4 did=stretching");
  CHECK(R("neck 6 massage stretching") == "site=neck intensity=6 did=massage|stretching");
  CHECK(R("neck 6 massage,walk") == "site=neck intensity=6 did=massage|walk");
  CHECK(R("neck 6 tui na") == "site=neck intensity=6 did=tui na");  // the longest name first
  CHECK(R("neck 6 tui na walk") == "site=neck intensity=6 did=tui na|walk");
  CHECK(R("neck 6 heat pack") == "site=neck intensity=6 did=heat pack");
  CHECK(R("neck 6 Massage") == "site=neck intensity=6 did=Massage");
  // Without an intensity: a known site, then known actions.
  CHECK(R("neck massage") == "site=neck intensity= did=massage");
  CHECK(R("lower back stretching walk") == "site=lower back intensity= did=stretching|walk");
  // A new action with --new.
  CHECK(R("neck 6 zumba", {false, true, false}) == "site=neck intensity=6 did=zumba");
  CHECK(R("neck 6 massage zumba", {false, true, false}) == "site=neck intensity=6 did=massage|zumba");
}

TEST_CASE("ReadAddWords: with --site, the words are the intensity and actions") {
  Read site{true, false, false};
  CHECK(R("6", site) == "site= intensity=6 did=");
  CHECK(R("five", site) == "site= intensity=five did=");
  CHECK(R("6 massage", site) == "site= intensity=6 did=massage");
  CHECK(R("massage", site) == "site= intensity= did=massage");
  CHECK(R("massage walk", site) == "site= intensity= did=massage|walk");
  // Site words too: add says the site is given twice.
  CHECK(R("neck 6", site) == "site=neck intensity=6 did=");
}

TEST_CASE("ReadAddWords: what cannot be read says how to write it") {
  std::string e = R("neck 6 after the meeting");
  CHECK(Has(e, "error: 'after the meeting' is not an action"));
  CHECK(Has(e, "journal add neck 6 --note \"after the meeting\""));
  e = R("neck 6 masage");  // one word: the vocabulary's suggestion
  CHECK(Has(e, "error: unknown action 'masage'"));
  CHECK(Has(e, "massage"));
  e = R("neck 6 massage walkk");
  CHECK(Has(e, "error: unknown action 'walkk'"));
  e = R("neck 6 7");
  CHECK(Has(e, "error: more than one number in 'neck 6 7'"));
  CHECK(Has(e, "(journal add neck 6)"));
  CHECK(Has(e, "--stress 7"));
  e = R("6 neck");
  CHECK(Has(e, "error: the site comes before the intensity: journal add neck 6"));
  e = R("6 lower back");
  CHECK(Has(e, "journal add lower back 6"));
  e = R("6 banana");
  CHECK(Has(e, "journal add SITE 6"));
  e = R("neck massage 6");
  CHECK(Has(e, "error: the intensity comes right after the site: journal add neck 6 massage"));
  e = R("neck shoulder 6");
  CHECK(Has(e, "error: 'neck shoulder' is not a site; one site per entry (journal add neck 6)"));
  CHECK(Has(e, "journal add neck shoulder 6 --new"));
  e = R("massage");
  CHECK(Has(e, "error: 'massage' is what you did, not a site: journal add --did massage"));
  e = R("tui na walk");
  CHECK(Has(e, "journal add --did \"tui na,walk\""));
  // Two unknown words with --new: one new action or two?
  e = R("neck 6 ear candling", {false, true, false});
  CHECK(Has(e, "error: 'ear candling': one new action or two?"));
  CHECK(Has(e, "--did \"ear candling\" --new"));
  CHECK(Has(e, "--did ear,candling --new"));
}
