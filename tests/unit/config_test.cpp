// The config file: every key, and errors that name file:line:col.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include "painjournal/config.h"
#include "painjournal/store.h"
#include "test_util.h"

namespace {

// Parses `text` as "cfg.toml" with home "/home/u"; returns "" or the error.
std::string Parse(const std::string& text, pj::Config* cfg) {
  std::string err;
  if (!pj::ParseConfig(text, "cfg.toml", "/home/u", cfg, &err)) return err.empty() ? "(no message)" : err;
  return "";
}

std::string ParseErr(const std::string& text) {
  pj::Config cfg;
  std::string err = Parse(text, &cfg);
  return err.empty() ? "(accepted)" : err;
}

}  // namespace

TEST_CASE("config: every key") {
  const std::string text =
      "# my journal\n"
      "dir = \"~/notes/pain\"\n"
      "sites = [\"Tennis Elbow\", \"jaw_left\"]\n"
      "\n"
      "[actions]\n"
      "passive = [\"sauna\"]\n"
      "movement = [\"massage\", \"Dog Walk\"]\n"
      "other = [\"journaling\"]\n"
      "\n"
      "[site_aliases]\n"
      "\"golfer arm\" = \"tennis elbow\"\n"
      "tmj2 = \"jaw\"\n"
      "\n"
      "[action_aliases]\n"
      "steam = \"sauna\"\n"
      "rub = \"Massage\"\n"
      "\n"
      "[analysis]\n"
      "pain_threshold = 4\n"
      "lag = \"2d\"\n"
      "episode_gap = \"60h\"\n"
      "day_start = \"04:30\"\n";
  pj::Config cfg;
  REQUIRE(Parse(text, &cfg) == "");
  CHECK(cfg.path == "cfg.toml");
  CHECK(cfg.dir == std::optional<std::string>("/home/u/notes/pain"));
  CHECK_FALSE(cfg.vocab.free_names);

  const pj::Vocabulary& v = cfg.vocab;
  CHECK(v.IsSite("tennis-elbow"));
  CHECK(v.IsSite("jaw-left"));
  CHECK(v.IsSite("neck"));  // built-ins stay
  std::string out, err;
  CHECK(v.ResolveSite("Golfer Arm", false, &out, &err));
  CHECK(out == "tennis-elbow");
  CHECK(v.ResolveSite("TMJ2", false, &out, &err));
  CHECK(out == "jaw");

  CHECK(v.IsAction("sauna"));
  CHECK(v.IsAction("dog-walk"));
  CHECK(v.IsAction("journaling"));
  CHECK(v.ClassOf("sauna") == pj::ActionClass::kPassive);
  CHECK(v.ClassOf("dog-walk") == pj::ActionClass::kMovement);
  CHECK(v.ClassOf("journaling") == pj::ActionClass::kOther);
  // A built-in reclassified.
  CHECK(v.ClassOf("massage") == pj::ActionClass::kMovement);
  CHECK(v.ClassOf("cupping") == pj::ActionClass::kPassive);
  CHECK(v.ResolveAction("Steam", false, &out, &err));
  CHECK(out == "sauna");
  CHECK(v.ResolveAction("rub", false, &out, &err));
  CHECK(out == "massage");

  // [analysis] is parsed as the file is read; the defaults where unset.
  CHECK(cfg.analysis.pain_threshold == 4);
  CHECK(cfg.analysis.lag_days == 2);
  CHECK(cfg.analysis.episode_gap == 60 * 3600);
  CHECK(cfg.analysis.day_start_min == 4 * 60 + 30);
  CHECK(cfg.analysis.followup_window == 48 * 3600);
  CHECK(cfg.analysis.recurrence_window == 14 * 86400);
}

TEST_CASE("config: no [analysis] gives the defaults") {
  pj::Config cfg;
  REQUIRE(Parse("sites = [\"jaw-left\"]\n", &cfg) == "");
  const pj::AnalysisParams defaults;
  CHECK(cfg.analysis.pain_threshold == defaults.pain_threshold);
  CHECK(cfg.analysis.episode_gap == defaults.episode_gap);
  CHECK(cfg.analysis.followup_window == defaults.followup_window);
  CHECK(cfg.analysis.recurrence_window == defaults.recurrence_window);
  CHECK(cfg.analysis.lag_days == defaults.lag_days);
  CHECK(cfg.analysis.day_start_min == defaults.day_start_min);
  // A number may be written as a string, as it is typed after the option.
  REQUIRE(Parse("[analysis]\npain_threshold = \"5\"\nrecurrence_window = \"3w\"\nlag = \"0d\"\n", &cfg) == "");
  CHECK(cfg.analysis.pain_threshold == 5);
  CHECK(cfg.analysis.recurrence_window == 21 * 86400);
  CHECK(cfg.analysis.lag_days == 0);
}

TEST_CASE("config: a bad [analysis] value is an error at its line and column") {
  // Parsed when the file is read, so every command (journal add too) stops
  // on it; the message names the key and what it accepts.
  struct Case {
    std::string text;
    std::string want;  // the whole error
  };
  const Case cases[] = {
      {"[analysis]\npain_threshold = 11\n",
       "cfg.toml:2:18: analysis.pain_threshold must be a whole number from 1 to 10, not '11'"},
      {"[analysis]\npain_threshold = 2.5\n",
       "cfg.toml:2:18: analysis.pain_threshold must be a whole number from 1 to 10, not '2.5'"},
      {"[analysis]\npain_threshold = \"high\"\n",
       "cfg.toml:2:18: analysis.pain_threshold must be a whole number from 1 to 10, not 'high'"},
      {"[analysis]\nepisode_gap = 72\n",
       "cfg.toml:2:15: analysis.episode_gap must be a positive duration such as 48h (units m, h, d, w), not '72'"},
      {"[analysis]\nfollowup_window = \"0h\"\n",
       "cfg.toml:2:19: analysis.followup_window must be a positive duration such as 48h (units m, h, d, w), not "
       "'0h'"},
      {"[analysis]\nrecurrence_window = \"-1d\"\n",
       "cfg.toml:2:21: analysis.recurrence_window must be a positive duration such as 14d (units m, h, d, w), not "
       "'-1d'"},
      {"[analysis]\nlag = \"x\"\n", "cfg.toml:2:7: analysis.lag must be whole days from 0d to 30d (e.g. 1d), not 'x'"},
      {"[analysis]\nlag = \"12h\"\n",
       "cfg.toml:2:7: analysis.lag must be whole days from 0d to 30d (e.g. 1d), not '12h'"},
      {"[analysis]\nlag = \"31d\"\n",
       "cfg.toml:2:7: analysis.lag must be whole days from 0d to 30d (e.g. 1d), not '31d'"},
      {"[analysis]\nday_start = \"25:00\"\n",
       "cfg.toml:2:13: analysis.day_start must be a time HH:MM such as 04:00, not '25:00'"},
      {"[analysis]\nday_start = 4\n", "cfg.toml:2:13: analysis.day_start must be a time HH:MM such as 04:00, not '4'"},
      // Neither a number nor a string.
      {"[analysis]\nday_start = [\"04:00\"]\n",
       "cfg.toml:2:13: analysis.day_start must be a number or a string: a time HH:MM such as 04:00"},
      {"[analysis]\nepisode_gap = false\n",
       "cfg.toml:2:15: analysis.episode_gap must be a number or a string: a positive duration such as 48h (units m, "
       "h, d, w)"},
      // The position of the bad value, wherever it is: after good ones,
      // indented, inline, or as a dotted key.
      {"dir = \"x\"\n\n[analysis]\npain_threshold = 4\n  lag   =   \"x\"\n",
       "cfg.toml:5:13: analysis.lag must be whole days from 0d to 30d (e.g. 1d), not 'x'"},
      {"analysis = { pain_threshold = 4, lag = \"x\" }\n",
       "cfg.toml:1:40: analysis.lag must be whole days from 0d to 30d (e.g. 1d), not 'x'"},
      {"analysis.lag = \"x\"\n", "cfg.toml:1:16: analysis.lag must be whole days from 0d to 30d (e.g. 1d), not 'x'"},
      // An unknown key lists the keys from the same table.
      {"[analysis]\nthreshold = 4\n",
       "cfg.toml:2:13: unknown key 'analysis.threshold'; accepted: pain_threshold, episode_gap, followup_window, "
       "recurrence_window, lag, day_start"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(ParseErr(c.text) == c.want);
  }
}

TEST_CASE("config: dir and ~ expansion") {
  pj::Config cfg;
  REQUIRE(Parse("dir = \"~\"\n", &cfg) == "");
  CHECK(cfg.dir == std::optional<std::string>("/home/u"));
  cfg = pj::Config{};
  REQUIRE(Parse("dir = \"/srv/j\"\n", &cfg) == "");
  CHECK(cfg.dir == std::optional<std::string>("/srv/j"));
  cfg = pj::Config{};
  REQUIRE(Parse("dir = \"~other/j\"\n", &cfg) == "");
  CHECK(cfg.dir == std::optional<std::string>("~other/j"));
  cfg = pj::Config{};
  REQUIRE(Parse("dir = \"rel/~/x\"\n", &cfg) == "");
  CHECK(cfg.dir == std::optional<std::string>("rel/~/x"));
  cfg = pj::Config{};
  REQUIRE(Parse("", &cfg) == "");
  CHECK_FALSE(cfg.dir.has_value());
}

TEST_CASE("config: free_names") {
  pj::Config cfg;
  std::string out, err;
  CHECK_FALSE(cfg.vocab.ResolveSite("elbow-funny", false, &out, &err));
  REQUIRE(Parse("free_names = true\n", &cfg) == "");
  CHECK(cfg.vocab.free_names);
  CHECK(cfg.vocab.ResolveSite("Elbow Funny", false, &out, &err));
  CHECK(out == "elbow-funny");
}

TEST_CASE("config: errors name file:line:col") {
  struct Case {
    std::string text;
    std::string want;  // prefix of the error
    std::string also;
  };
  const Case cases[] = {
      // Broken TOML.
      {"dir = \"x\"\nsites = [\"a\"\n", "cfg.toml:2:", ""},
      {"dir = \"x\"\n\nfree_names = yes\n", "cfg.toml:3:", ""},
      {"dir = \"x\"\ndir = \"y\"\n", "cfg.toml:2:", ""},
      // Unknown keys.
      {"dir = \"x\"\ncolour = \"red\"\n", "cfg.toml:2:10: unknown key 'colour'", "accepted: dir"},
      // Wrong types.
      {"free_names = \"yes\"\n", "cfg.toml:1:14: free_names must be true or false", ""},
      {"dir = 5\n", "cfg.toml:1:7: dir must be a directory path as a string", ""},
      {"dir = \"\"\n", "cfg.toml:1:7: dir must be", ""},
      {"sites = \"neck\"\n", "cfg.toml:1:9: sites must be a list of names", ""},
      {"sites = [\"a\", 3]\n", "cfg.toml:1:15: sites must hold names of letters, digits, spaces and", ""},
      {"sites = [\"a\", \"  \"]\n", "cfg.toml:1:15: sites must hold names of letters, digits, spaces and", ""},
      {"actions = [\"x\"]\n", "cfg.toml:1:11: actions must be a table", ""},
      {"[actions]\npassive = \"sauna\"\n", "cfg.toml:2:11: actions.passive must be a list of names", ""},
      {"[site_aliases]\nx = 1\n", "cfg.toml:2:5: site_aliases: the alias 'x' must name a site as a string", ""},
      {"[action_aliases]\nx = [\"walk\"]\n", "cfg.toml:2:5: action_aliases: the alias 'x' must name an action", ""},
      {"[analysis]\nlag = true\n", "cfg.toml:2:7: analysis.lag must be a number or a string", ""},
      // A typo in [analysis] is an error, not a silently ignored setting.
      {"[analysis]\nepisod_gap = \"72h\"\n", "cfg.toml:2:14: unknown key 'analysis.episod_gap'; accepted: pain_threshold", ""},
      // An unknown action class.
      {"[actions]\n\nstretchy = [\"x\"]\n", "cfg.toml:3:12: unknown action class 'stretchy'",
       "accepted: passive, movement, other"},
      // An alias that names an unknown site or action.
      {"[site_aliases]\n\"stiff\" = \"nekc\"\n", "cfg.toml:2:11: site_aliases: 'stiff' names unknown site 'nekc'",
       "did you mean 'neck'"},
      {"[action_aliases]\nsteam = \"saunaa\"\n", "cfg.toml:2:9: action_aliases: 'steam' names unknown action 'saunaa'",
       ""},
  };
  for (const Case& c : cases) {
    std::string err = ParseErr(c.text);
    INFO(c.text << "\n-> " << err);
    CHECK(err.rfind(c.want, 0) == 0);
    CHECK(err.find(c.also) != std::string::npos);
  }
}

TEST_CASE("config: an alias may name a site or action the file adds") {
  pj::Config cfg;
  // toml++ hands keys over sorted; the aliases still see the added names.
  REQUIRE(Parse("sites = [\"tennis-elbow\"]\n"
                "[site_aliases]\n\"tennis\" = \"tennis elbow\"\n"
                "[action_aliases]\nsiesta = \"nap long\"\n"
                "[actions]\nother = [\"nap-long\"]\n",
                &cfg) == "");
  std::string out, err;
  CHECK(cfg.vocab.ResolveSite("Tennis", false, &out, &err));
  CHECK(out == "tennis-elbow");
  CHECK(cfg.vocab.ResolveAction("siesta", false, &out, &err));
  CHECK(out == "nap-long");
  CHECK(cfg.vocab.ClassOf("nap-long") == pj::ActionClass::kOther);
}

TEST_CASE("config: LoadConfig") {
  pjtest::TempDir dir;
  pj::Config cfg;
  std::string err;
  // A missing file is fine unless it must exist.
  CHECK(pj::LoadConfig(dir / "none.toml", false, "/home/u", &cfg, &err));
  CHECK(cfg.path == "");
  CHECK_FALSE(cfg.dir.has_value());
  CHECK_FALSE(pj::LoadConfig(dir / "none.toml", true, "/home/u", &cfg, &err));
  CHECK(err.find(dir / "none.toml") != std::string::npos);

  pjtest::Spit(dir / "config.toml", "dir = \"~/j\"\nsites = [\"jaw-left\"]\n");
  cfg = pj::Config{};
  REQUIRE(pj::LoadConfig(dir / "config.toml", true, "/h", &cfg, &err));
  CHECK(cfg.path == dir / "config.toml");
  CHECK(cfg.dir == std::optional<std::string>("/h/j"));
  CHECK(cfg.vocab.IsSite("jaw-left"));

  pjtest::Spit(dir / "bad.toml", "\n\nsites = [\"a\",,]\n");
  cfg = pj::Config{};
  err.clear();
  CHECK_FALSE(pj::LoadConfig(dir / "bad.toml", false, "/h", &cfg, &err));
  CHECK(err.rfind(dir / "bad.toml:3:", 0) == 0);
}

TEST_CASE("config: a link is followed, but only to a regular file within 1 MiB") {
  // A config that was /dev/zero (through a link) or huge was read without end.
  pjtest::TempDir dir;
  pj::Config cfg;
  std::string err;
  // Dotfile managers link configs: a link to a real file is read.
  pjtest::Spit(dir / "real.toml", "sites = [\"jaw-left\"]\n");
  REQUIRE(symlink((dir / "real.toml").c_str(), (dir / "linked.toml").c_str()) == 0);
  REQUIRE_MESSAGE(pj::LoadConfig(dir / "linked.toml", true, "/h", &cfg, &err), err);
  CHECK(cfg.vocab.IsSite("jaw-left"));

  const std::string fix = "; a config is a few lines of TOML: point --config or $JOURNAL_CONFIG at the right file";
  REQUIRE(symlink("/dev/zero", (dir / "zero.toml").c_str()) == 0);
  cfg = pj::Config{};
  CHECK_FALSE(pj::LoadConfig(dir / "zero.toml", false, "/h", &cfg, &err));
  CHECK(err == dir / "zero.toml" + " is a character device, not a regular file" + fix);

  REQUIRE(mkfifo((dir / "fifo.toml").c_str(), 0600) == 0);
  CHECK_FALSE(pj::LoadConfig(dir / "fifo.toml", false, "/h", &cfg, &err));  // without waiting for a writer
  CHECK(err == dir / "fifo.toml" + " is a named pipe, not a regular file" + fix);

  // 1 MiB is the limit; a sparse file of 1 GB is refused before reading.
  std::string line = "# " + std::string(1021, 'c') + "\n";  // 1 KiB
  std::string at_limit;
  for (int i = 0; i < 1024; ++i) at_limit += line;
  REQUIRE(at_limit.size() == pj::kMaxConfigBytes);
  pjtest::Spit(dir / "big.toml", at_limit);
  CHECK(pj::LoadConfig(dir / "big.toml", true, "/h", &cfg, &err));
  pjtest::Spit(dir / "big.toml", at_limit + "\n");
  CHECK_FALSE(pj::LoadConfig(dir / "big.toml", true, "/h", &cfg, &err));
  CHECK(err == dir / "big.toml" + " is larger than 1 MiB, the limit for a config file" + fix);
  {
    std::ofstream f(dir / "sparse.toml");
  }
  REQUIRE(truncate((dir / "sparse.toml").c_str(), 1ll << 30) == 0);
  CHECK_FALSE(pj::LoadConfig(dir / "sparse.toml", true, "/h", &cfg, &err));
  CHECK(err.find("is larger than 1 MiB") != std::string::npos);

  // A dangling link is a config that is not there.
  REQUIRE(symlink((dir / "gone.toml").c_str(), (dir / "dangling.toml").c_str()) == 0);
  cfg = pj::Config{};
  CHECK(pj::LoadConfig(dir / "dangling.toml", false, "/h", &cfg, &err));
  CHECK(cfg.path == "");
}
