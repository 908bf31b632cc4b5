// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <cstddef>

// Limits on what the loader accepts. They keep a hostile or broken file from
// crashing, hanging or exhausting memory, with room to spare for any real
// workshop (NeurIPS' main program is a few MiB of YAML).
namespace wc::limits {

// Checked before a file is read at all.
inline constexpr std::size_t maxFileBytes = 16 * 1024 * 1024;
// Any one text value (an abstract, a bio, a page).
inline constexpr std::size_t maxTextBytes = 1024 * 1024;
// Collections inside collections; the format itself needs five.
inline constexpr int maxDepth = 64;
// Nodes that aliases may add on top of the written ones: anchors are handy for
// repeated link maps, but a few lines of nested aliases can otherwise expand
// to billions of nodes ("billion laughs").
inline constexpr std::size_t maxAliasExpansion = 1'000'000;

} // namespace wc::limits
