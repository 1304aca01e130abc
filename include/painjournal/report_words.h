// The words the weekly report's text and HTML pages share, so that the
// terminal and the printed page say a week's figures alike. Defined in
// report_render.cpp beside the text that uses them most.
#pragma once

#include <string>
#include <vector>

#include "painjournal/report.h"

namespace pj {

std::string DayMonth(const Date& d);  // "Mon 16 Nov"
std::string OneDecimal(double v);     // "4.2", "-" for none
std::string Arrow(Direction d);       // ↑ ↓ =, "" for none
// A load's figure: a count whole, a mean to one decimal, "-" for none.
std::string Figure(const LoadInfo& info, double v);
// "↓ from 3.0", "none, was 4.0", "" when there is nothing to compare.
std::string SiteChange(const VsWeekBefore& c);
std::string Capitalised(std::string s);  // its first letter upper case
std::vector<WeekView> Views(const std::vector<WeekReport>& weeks);
std::string WeekSpan(const Date& monday);  // "Mon 16 Nov to Sun 22 Nov 2026"
std::string Entries(int n);                // "1 entry", "3 entries"
std::string Adherence(const WeekReport& w);  // "1 of 2 (50%); 1 still open"
std::string DoneList(const WeekReport& w);   // "massage 2, walk 3" (no-break spaces)
std::string NoFindings(const WeekReport& w);  // the line said when no finding holds
std::string OpenLine(const OpenFollowup& o);  // a follow-up still open

}  // namespace pj
