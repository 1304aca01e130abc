// Naming entries by a prefix of their id, and the entry undo takes back.
#include "painjournal/id_lookup.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

TEST_CASE("id_lookup: a prefix of 6 or more characters, any case, names the ids it begins") {
  const std::vector<std::string> ids = {"01JD3QY8Z6K3T9W2M4N5P6R7S8", "01JD3QY9AAAAAAAAAAAAAAAAAA",
                                        "01JD4XXXXXXXXXXXXXXXXXXXXX", "manual"};
  CHECK(pj::LookUpId(ids, "01jd3qy8").matches == std::vector<size_t>{0});
  CHECK(pj::LookUpId(ids, "01JD3QY8Z6K3T9W2M4N5P6R7S8").matches == std::vector<size_t>{0});
  CHECK(pj::LookUpId(ids, "01JD3Q").matches == std::vector<size_t>{0, 1});
  // Too short, unless it is a whole id.
  pj::IdLookup l = pj::LookUpId(ids, "01JD3");
  CHECK(l.too_short);
  CHECK(l.matches.empty());
  CHECK(pj::LookUpId(ids, "MANUAL").matches == std::vector<size_t>{3});
  CHECK(pj::LookUpId(ids, "").too_short);
  // Nothing begins with it: the ids that come closest.
  l = pj::LookUpId(ids, "01JD3QZ");
  CHECK(l.matches.empty());
  CHECK_FALSE(l.too_short);
  CHECK(l.closest == std::vector<size_t>{0, 1});
  CHECK(pj::LookUpId(ids, "ZZZZZZ").closest.empty());
}

TEST_CASE("id_lookup: a whole id wins over longer ids it begins") {
  const std::vector<std::string> ids = {"abcdefgh", "abcdef"};
  CHECK(pj::LookUpId(ids, "ABCDEF").matches == std::vector<size_t>{1});
  CHECK(pj::LookUpId(ids, "abcdefg").matches == std::vector<size_t>{0});
}

TEST_CASE("id_lookup: undo's entry has the newest ULID; other ids do not count") {
  CHECK_FALSE(pj::NewestUlid({}).has_value());
  CHECK_FALSE(pj::NewestUlid({"manual", "zzzzzzzzzzzzzzzzzzzzzzzzzz"}).has_value());
  const std::vector<std::string> ids = {"01JD3QY8Z6K3T9W2M4N5P6R7S8", "01jd4aaaaaaaaaaaaaaaaaaaaa",
                                        "zzzzzzzzzzzzzzzzzzzzzzzzzz", "01JD3ZZZZZZZZZZZZZZZZZZZZZ"};
  CHECK(pj::NewestUlid(ids) == std::optional<size_t>(1));
}
