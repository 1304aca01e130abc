// The libFuzzer build only: toml++ compiled from its headers into each fuzz
// target, with the sanitizers and coverage of the rest of the build. Debian's
// libtomlplusplus.so is built without them, so undefined behaviour inside the
// parser (toml++ issue 190) would otherwise go unseen. The definitions here
// take precedence over the shared library's at link time.
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
