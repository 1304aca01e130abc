#include "context.h"

#include <ostream>

#include "painjournal/util.h"
#include "pager.h"

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

void StartPaging(Context& ctx) {
  if (!ctx.pager.empty()) StartPager(ctx.pager);
  ctx.pager.clear();
}

bool FormatFromOutput(const std::string& path, const std::vector<std::pair<std::string, std::string>>& accepted,
                      std::string* format, std::string* err) {
  const std::string base = path.substr(path.find_last_of('/') == std::string::npos ? 0 : path.find_last_of('/') + 1);
  const size_t dot = base.find_last_of('.');
  if (path == "-" || dot == std::string::npos || dot == 0 || dot + 1 == base.size()) return true;
  const std::string ext = Lower(base.substr(dot + 1));
  std::vector<std::string> names;
  for (const auto& [e, f] : accepted) {
    if (e == ext) {
      *format = f;
      return true;
    }
    names.push_back("." + e);
  }
  *err = "-o: cannot tell a format from '." + base.substr(dot + 1) + "'; the file name may end in " + Join(names, ", ") +
         ", or give --format";
  return false;
}

bool ParseWhenOption(const Context& ctx, const std::string& name, const std::string& value, When* out,
                     std::string* err) {
  // A period (last week) is a range: for --since/--until, not for the time of an entry.
  if (ParseWhen(value, ctx.now, out, err, /*allow_periods=*/name != "--at")) return true;
  *err = name + ": " + *err;
  return false;
}

}  // namespace pj
