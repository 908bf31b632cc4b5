// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

// The names bookmarkwriter --once passes to access(2) right before it loads
// the store and right after it has saved: in a trace by strace, the calls
// between them are those of loading and saving.
namespace wc::test {
inline constexpr char saveBeginsMarker[] = "/wc-bookmarkwriter-save-begins";
inline constexpr char saveEndsMarker[] = "/wc-bookmarkwriter-save-ends";
} // namespace wc::test
