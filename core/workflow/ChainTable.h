// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the outgoing chains (发文办理) as data: one row per step of each variant.
#pragma once

#include "domain/ChainVariant.h"
#include "domain/Role.h"

#include <QList>
#include <QString>

namespace gw {

/// When a row applies; a row that does not apply is passed over, to its own next step.
enum class StepCondition
{
    Always,
    NormativeOnly
};

/// What happens at a step.
enum class StepKind
{
    Drafting,  ///< writing and revising; submitting passes the draft on
    Review,    ///< checking; passes with an opinion or returns to the drafter
    Sign,      ///< final sign-off; freezes the version
    Register,  ///< 秘书科登记复核: the 发文字号 is allocated
    Print,     ///< 付印
    FirstRead, ///< 第一读者
    Release,   ///< 核发
    Done,      ///< 归档: the end
    Closed,    ///< 不予行文: ended without a document
};

/// One row of the table: at `step` of `variant`, a holder of one of `roles` acts; passing goes to `next`.
struct ChainRow
{
    ChainVariant variant;
    const char *step;
    QList<Role> roles;
    const char *next;
    bool mayReturn;
    StepCondition when;
    StepKind kind;
    const char *label; ///< the step's name, for people
};

/// The whole table, in order, every variant written out as SPEC.md lists it.
const QList<ChainRow> &chainTable();

/// Stable state keys used outside the table.
namespace step {
inline constexpr char kDrafting[] = "drafting";
inline constexpr char kSecretariatReview[] = "secretariat_review";
inline constexpr char kRegistration[] = "registration";
inline constexpr char kPrinting[] = "printing";
inline constexpr char kFirstReading[] = "first_reading";
inline constexpr char kRelease[] = "release";
inline constexpr char kClosed[] = "closed";
inline constexpr char kArchived[] = "archived";
} // namespace step

} // namespace gw
