// The journal's own words (vocab.toml): parsing with positions in errors,
// the format the program writes, merging under the lock, and taking words
// back when the entry they came with cannot be written.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <string>

#include "painjournal/journal_vocab.h"
#include "painjournal/store.h"
#include "test_util.h"

namespace {

std::string ParseError(const std::string& text) {
  pj::JournalWords w;
  pj::Vocabulary v = pj::Vocabulary::BuiltIn();
  std::string err;
  if (pj::ParseJournalWords(text, "vocab.toml", &w, &v, &err)) return "(accepted)";
  return err;
}

}  // namespace

TEST_CASE("journal vocab: words are added to the vocabulary, built-ins keep their class") {
  pj::Vocabulary v = pj::Vocabulary::BuiltIn();
  pj::JournalWords w;
  std::string err;
  const std::string text =
      "format = 1\nsites = [\"Jaw Clicking\"]\n[actions]\npassive = [\"kinesio-tape\"]\nmovement = [\"massage\"]\n"
      "[site_aliases]\n\"clicky\" = \"jaw clicking\"\n[action_aliases]\nkt = \"kinesio-tape\"\n";
  REQUIRE_MESSAGE(pj::ParseJournalWords(text, "vocab.toml", &w, &v, &err), err);
  std::string out;
  CHECK(v.ResolveSite("clicky", false, &out, &err));
  CHECK(out == "jaw-clicking");
  CHECK(v.ResolveAction("KT", false, &out, &err));
  CHECK(out == "kinesio-tape");
  CHECK(v.ClassOf("kinesio-tape") == pj::ActionClass::kPassive);
  CHECK(v.ClassOf("massage") == pj::ActionClass::kPassive);  // built in: not moved by the journal's file
  CHECK(w.HasSite("jaw-clicking"));
  CHECK(w.ActionClassOf("Kinesio Tape") == pj::ActionClass::kPassive);
  CHECK_FALSE(w.ActionClassOf("walk").has_value());
}

TEST_CASE("journal vocab: what the program writes reads back the same") {
  pj::JournalWords w;
  w.sites = {"jaw-clicking", "tennis-elbow"};
  // Read back by class in name order (toml++ tables are sorted): other before passive.
  w.actions = {{"sauna", pj::ActionClass::kOther}, {"kinesio-tape", pj::ActionClass::kPassive}};
  w.site_aliases = {{"clicky \"jaw\"", "jaw-clicking"}};
  w.action_aliases = {{"kt", "kinesio-tape"}};
  const std::string text = pj::FormatJournalWords(w);
  pj::JournalWords back;
  pj::Vocabulary v = pj::Vocabulary::BuiltIn();
  std::string err;
  REQUIRE_MESSAGE(pj::ParseJournalWords(text, "vocab.toml", &back, &v, &err), err);
  CHECK(back.sites == w.sites);
  CHECK(back.actions == w.actions);
  CHECK(back.site_aliases == w.site_aliases);
  CHECK(back.action_aliases == w.action_aliases);
  CHECK(pj::FormatJournalWords(back) == text);
}

TEST_CASE("journal vocab: a broken file names line and column") {
  CHECK(ParseError("sites = [\"ok\", 3]\n") == "vocab.toml:1:16: sites must hold names of letters, digits and '-'");
  CHECK(ParseError("format = 2\n") ==
        "vocab.toml:1:10: format must be 1, the only vocab.toml format this version reads");
  CHECK(ParseError("\ncolour = 1\n") ==
        "vocab.toml:2:10: unknown key 'colour'; accepted: format, sites, actions, site_aliases, action_aliases");
  CHECK(ParseError("[actions]\nactive = [\"x\"]\n") ==
        "vocab.toml:2:10: unknown action class 'active'; accepted: passive, movement, other");
  CHECK(ParseError("[site_aliases]\nx = \"nekc\"\n") ==
        "vocab.toml:2:5: unknown site 'nekc'; did you mean 'neck'? (the alias 'x' must name a known site)");
  CHECK(ParseError("[site_aliases]\nneck = \"jaw\"\n") == "vocab.toml:2:8: 'neck' is the name of the site 'neck', not an alias");
  CHECK(ParseError("sites = [") .rfind("vocab.toml:1:", 0) == 0);
}

TEST_CASE("journal vocab: AddJournalWords merges, writes 0600, and can be taken back") {
  pjtest::TempDir tmp;
  const std::string dir = tmp.path() + "/j";
  std::string err;
  std::optional<std::string> before;
  pj::JournalWords a;
  a.sites = {"jaw-clicking"};
  a.actions = {{"sauna", pj::ActionClass::kOther}};
  REQUIRE_MESSAGE(pj::AddJournalWords(dir, a, &before, &err), err);
  CHECK_FALSE(before.has_value());  // there was no file
  struct stat st;
  REQUIRE(stat(pj::JournalVocabPath(dir).c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);

  pj::JournalWords b;
  b.sites = {"Jaw Clicking", "tennis-elbow"};           // the first is there already
  b.actions = {{"sauna", pj::ActionClass::kPassive}};  // a new class for the journal's own action
  REQUIRE_MESSAGE(pj::AddJournalWords(dir, b, &before, &err), err);
  REQUIRE(before.has_value());
  pj::JournalWords now;
  pj::Vocabulary v = pj::Vocabulary::BuiltIn();
  REQUIRE_MESSAGE(pj::LoadJournalWords(dir, &now, &v, &err), err);
  CHECK(now.sites == std::vector<std::string>{"jaw-clicking", "tennis-elbow"});
  CHECK(now.actions == std::vector<std::pair<std::string, pj::ActionClass>>{{"sauna", pj::ActionClass::kPassive}});

  REQUIRE_MESSAGE(pj::RestoreJournalWords(dir, before, &err), err);
  REQUIRE_MESSAGE(pj::LoadJournalWords(dir, &now, nullptr, &err), err);
  CHECK(now.sites == std::vector<std::string>{"jaw-clicking"});
  CHECK(now.ActionClassOf("sauna") == pj::ActionClass::kOther);

  REQUIRE_MESSAGE(pj::RestoreJournalWords(dir, std::nullopt, &err), err);  // back to no file at all
  CHECK(stat(pj::JournalVocabPath(dir).c_str(), &st) != 0);
  REQUIRE_MESSAGE(pj::LoadJournalWords(dir, &now, nullptr, &err), err);  // a missing file: no words
  CHECK(now.empty());
}

TEST_CASE("journal vocab: a link in place of vocab.toml is refused") {
  pjtest::TempDir tmp;
  REQUIRE(symlink("/etc/hostname", (tmp.path() + "/vocab.toml").c_str()) == 0);
  pj::JournalWords w;
  std::string err;
  CHECK_FALSE(pj::LoadJournalWords(tmp.path(), &w, nullptr, &err));
  CHECK(err.find("vocab.toml") != std::string::npos);
}
