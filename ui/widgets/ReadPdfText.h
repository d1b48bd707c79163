// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — reading a whole PDF's text without freezing the window: in the worker process, on a
// thread of its own, with progress, Cancel and an overall time limit.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

class QWidget;

namespace gw {

/// The text of every page of `pdf` (pages separated by a form feed). Shows progress after a moment;
/// Cancel, or `deadlineMs` in all, stops it with an error that says so.
Result<QString> readPdfText(QWidget *parent, const QByteArray &pdf, int deadlineMs = 60000);

} // namespace gw
