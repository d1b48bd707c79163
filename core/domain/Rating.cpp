// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the annual 文件评比.
#include "domain/Rating.h"

#include <QCollator>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace gw {
namespace {

constexpr double kMaxWeight = 1000;

double cents(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString num(double v)
{
    return QString::number(v, 'g', 6);
}

/// The weights by their stored names.
QList<std::pair<const char *, double RatingScheme::*>> weights()
{
    return {{"base", &RatingScheme::base},           {"policy", &RatingScheme::policy},
            {"format", &RatingScheme::format},       {"wording", &RatingScheme::wording},
            {"backflow", &RatingScheme::backflow},   {"first_read", &RatingScheme::firstRead},
            {"on_time", &RatingScheme::onTime},      {"volume", &RatingScheme::volume}};
}

} // namespace

QString RatingScheme::problem() const
{
    for (const auto &[key, member] : weights()) {
        const double v = this->*member;
        if (!std::isfinite(v) || v < 0 || v > kMaxWeight)
            return tr("Every weight must be between 0 and %1.").arg(kMaxWeight);
    }
    if (volumeFull < 1 || volumeFull > 100000)
        return tr("The number of documents that earns the full volume points must be between 1 and 100000.");
    return {};
}

QString RatingScheme::formula() const
{
    return tr("Score = %1 − %2 × policy errors per document − %3 × genre/format errors per document − %4 × "
              "wording errors per document − %5 × returns (倒流) per document − %6 × first-reader failures "
              "per document + %7 × on-time rate + %8 × min(documents ÷ %9, 1)")
        .arg(num(base), num(policy), num(format), num(wording), num(backflow), num(firstRead), num(onTime),
             num(volume))
        .arg(volumeFull);
}

QString RatingScheme::toJson() const
{
    QJsonObject o;
    for (const auto &[key, member] : weights())
        o.insert(QLatin1String(key), this->*member);
    o.insert(QStringLiteral("volume_full"), volumeFull);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool RatingScheme::fromJson(const QString &json, RatingScheme &into)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (const auto &[key, member] : weights()) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble())
            return false;
        into.*member = v.toDouble();
    }
    if (!o.value(QStringLiteral("volume_full")).isDouble())
        return false;
    into.volumeFull = o.value(QStringLiteral("volume_full")).toInt();
    return true;
}

bool RatingScheme::sameWeights(const RatingScheme &o) const
{
    return toJson() == o.toJson();
}

RatingParts ratingScore(const RatingScheme &s, const RatingInputs &in)
{
    RatingParts p;
    const double n = in.handled > 0 ? in.handled : 1;
    p.policy = -cents(s.policy * in.policy / n);
    p.format = -cents(s.format * in.format / n);
    p.wording = -cents(s.wording * in.wording / n);
    p.backflow = -cents(s.backflow * in.backflow / n);
    p.firstRead = -cents(s.firstRead * in.firstRead / n);
    p.onTime = cents(s.onTime * in.onTimeRate());
    p.volume = cents(s.volume * std::min(1.0, double(in.handled) / std::max(1, s.volumeFull)));
    p.total = cents(s.base + p.policy + p.format + p.wording + p.backflow + p.firstRead + p.onTime + p.volume);
    return p;
}

void rankLines(QList<RatingLine> &lines)
{
    QCollator byName(QLocale(QLocale::Chinese, QLocale::China));
    std::stable_sort(lines.begin(), lines.end(), [&](const RatingLine &a, const RatingLine &b) {
        const bool ra = a.inputs.handled > 0, rb = b.inputs.handled > 0;
        if (ra != rb)
            return ra;
        if (ra && a.parts.total != b.parts.total)
            return a.parts.total > b.parts.total;
        return byName.compare(a.name, b.name) < 0;
    });
    for (int i = 0; i < lines.size(); ++i) {
        RatingLine &l = lines[i];
        if (l.inputs.handled <= 0)
            l.rank = 0;
        else if (i > 0 && lines.at(i - 1).inputs.handled > 0 && lines.at(i - 1).parts.total == l.parts.total)
            l.rank = lines.at(i - 1).rank;
        else
            l.rank = i + 1;
    }
}

} // namespace gw
