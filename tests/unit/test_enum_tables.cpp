// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — every stored enumeration: each value has its own code, the code reads back as the
// value, and each shown value has a label.
#include "domain/ChainVariant.h"
#include "domain/Clearance.h"
#include "domain/DocumentKinds.h"
#include "domain/IncomingItem.h"
#include "domain/Markup.h"
#include "domain/Printing.h"
#include "domain/Role.h"
#include "domain/Unit.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace gw;

namespace {
template <typename E, typename Code, typename From>
void roundTrips(const QList<E> &all, Code code, From from, int expected)
{
    QSet<QString> codes;
    for (E v : all) {
        const QString c = code(v);
        INFO(c.toStdString());
        CHECK_FALSE(c.isEmpty());
        CHECK_FALSE(codes.contains(c));
        codes.insert(c);
        REQUIRE(from(c).has_value());
        CHECK(*from(c) == v);
    }
    CHECK(codes.size() == expected);
    CHECK_FALSE(from(QStringLiteral("no-such-code")).has_value());
}
} // namespace

TEST_CASE("Enum tables: codes are unique and read back, labels are there", "[enum]")
{
    roundTrips(allClearances(), clearanceCode, clearanceFromCode, 4);
    roundTrips(allUnitTypes(), unitTypeCode, unitTypeFromCode, 6);
    roundTrips(allRoles(), roleCode, roleFromCode, 15);
    roundTrips(allChainVariants(), chainVariantCode, chainVariantFromCode, 5);
    roundTrips(allMarkupKinds(), markupKindCode, markupKindFromCode, 5);
    roundTrips(allMarkupCategories(), markupCategoryCode, markupCategoryFromCode, 3);
    roundTrips(
        QList<Addressee>{Addressee::DistrictGovernment, Addressee::Office, Addressee::LeaderPersonally},
        addresseeCode, addresseeFromCode, 3);
    for (Clearance c : allClearances())
        CHECK_FALSE(clearanceLabel(c).isEmpty());
    for (Role r : allRoles())
        CHECK_FALSE(roleLabel(r).isEmpty());
    for (ChainVariant v : allChainVariants())
        CHECK_FALSE(chainVariantLabel(v).isEmpty());
    CHECK(clearanceLabel(Clearance::TopSecret) == QStringLiteral("Top secret"));
    CHECK(firstReadingReturnFromCode(firstReadingReturnCode(FirstReadingReturn::Signer)) ==
          FirstReadingReturn::Signer);
    CHECK(firstReadingReturnFromCode(QStringLiteral("secretariat")) == FirstReadingReturn::Secretariat);
}
