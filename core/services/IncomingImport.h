// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — bulk import of a receipt list (CSV, UTF-8 or GB18030, Chinese or English headings).
#pragma once

#include "Result.h"
#include "domain/IncomingItem.h"
#include "security/Actor.h"

#include <QCoreApplication>

#include <functional>

namespace gw {

class Workspace;

struct ImportProblem
{
    int row = 0; ///< 1-based data row (the heading is row 0)
    QString column;
    QString message;
};

/// What reading the file found: every row checked before anything is written.
struct ImportCheck
{
    QList<IncomingItem> good;
    QList<int> goodRows; ///< the row each good item came from
    QList<ImportProblem> problems;
    int rows = 0;
    QString encoding; ///< "UTF-8" or "GB18030"
};

class IncomingImport final
{
    Q_DECLARE_TR_FUNCTIONS(IncomingImport)
public:
    /// Reads and checks every row; writes nothing.
    static Result<ImportCheck> check(Workspace &ws, const Actor &actor, const QByteArray &csv);
    /// Imports the good rows in one transaction. Refused when there are problems unless
    /// `goodOnly`; `progress(done, total)` returning false cancels, and nothing is imported.
    static Result<int> import(Workspace &ws, const Actor &actor, const ImportCheck &checked, bool goodOnly,
                              const std::function<bool(int, int)> &progress = {});
};

} // namespace gw
