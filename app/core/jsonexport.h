// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include "program.h"

#include <QByteArray>
#include <QJsonObject>

namespace wc {

// The normalized JSON of a program (docs/data-format.md, "Normalized JSON"):
// keys as in the YAML, every default filled in, lists in file order, times in
// ISO 8601 with the workshop zone's offset. The same program always gives the
// same bytes.
QByteArray programToJson(const Program &program);

// The normalized JSON of one record, as programToJson() writes it; the
// program diff compares these, so its changed fields are these keys.
QJsonObject workshopJson(const Workshop &workshop);
QJsonObject sessionJson(const Session &session);
QJsonObject speakerJson(const Speaker &speaker);
QJsonObject paperJson(const Paper &paper);

} // namespace wc
