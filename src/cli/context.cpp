#include "context.h"

#include <ostream>

#include "painjournal/util.h"

namespace pj {

Style Style::On() { return Style{"\033[1m", "\033[2m", "\033[31m", "\033[33m", "\033[32m", "\033[0m"}; }

// Messages quote input (a key from a month file, a CSV cell), so they are
// shown through Visible: no control character reaches the terminal, and a
// newline in a quoted value cannot split the one line into several.
int Fail(Context& ctx, int status, const std::string& message) {
  const Style& s = ctx.err_style;
  *ctx.err << s.bold << "journal:" << s.reset << " " << s.red << Visible(message) << s.reset << "\n";
  return status;
}

void Warn(Context& ctx, const std::string& message) {
  const Style& s = ctx.err_style;
  *ctx.err << s.yellow << "warning:" << s.reset << " " << Visible(message) << "\n";
}

void WarnProblems(Context& ctx, const std::vector<Problem>& problems) {
  for (const Problem& p : problems) Warn(ctx, FormatProblem(p));
}

int StrictStatus(Context& ctx, bool strict, const std::vector<Problem>& problems) {
  if (!strict || problems.empty()) return kExitOk;
  return Fail(ctx, kExitFailure, std::to_string(problems.size()) + " problem(s) in the journal files (--strict)");
}

bool ParseWhenOption(const Context& ctx, const std::string& name, const std::string& value, When* out,
                     std::string* err) {
  // A period (last week) is a range: for --since/--until, not for the time of an entry.
  if (ParseWhen(value, ctx.now, out, err, /*allow_periods=*/name != "--at")) return true;
  *err = name + ": " + *err;
  return false;
}

}  // namespace pj
