// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — serial publications and the quality bulletin.
#include "services/BulletinService.h"

#include "services/DraftingService.h"
#include "services/RatingService.h"
#include "services/StatsRecords.h"
#include "services/StatsService.h"
#include "storage/StatsRepository.h"

namespace gw {
namespace {

constexpr int kMaxName = 40;
/// A bulletin goes to every section and department: it is not classified, and so its figures and
/// quotations are those of documents that are not classified either.
constexpr Clearance kBulletinSecrecy = Clearance::None;

// The bulletin is an official document: its text is Chinese whatever language the screen is in, as
// the rest of a printed document is (标志, 署名); none of it is offered for translation.

/// 一, 二 … 十, 十一 … 九十九: a heading's or a quarter's number written out.
QString ordinal(int n)
{
    static const char *const kDigits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n <= 0 || n >= 100)
        return QString::number(n);
    QString out;
    if (n >= 10) {
        if (n >= 20)
            out += QString::fromUtf8(kDigits[n / 10]);
        out += QStringLiteral("十");
    }
    return out + QString::fromUtf8(kDigits[n % 10]);
}

} // namespace

QString BulletinService::periodText(const StatsPeriod &p)
{
    const QString day = QStringLiteral("%1年%2月%3日");
    auto date = [&](const QDate &d) { return day.arg(d.year()).arg(d.month()).arg(d.day()); };
    if (p == StatsPeriod::year(p.first.year()))
        return QStringLiteral("%1年").arg(p.first.year());
    if (p == StatsPeriod::month(p.first.year(), p.first.month()))
        return QStringLiteral("%1年%2月").arg(p.first.year()).arg(p.first.month());
    const int q = (p.first.month() - 1) / 3 + 1;
    if (p == StatsPeriod::quarter(p.first.year(), q))
        return QStringLiteral("%1年第%2季度").arg(p.first.year()).arg(ordinal(q));
    return QStringLiteral("%1至%2").arg(date(p.first), date(p.last));
}

namespace {

QString categoryText(MarkupCategory c)
{
    switch (c) {
    case MarkupCategory::Policy:
        return QStringLiteral("政策差错");
    case MarkupCategory::Format:
        return QStringLiteral("文种格式差错");
    case MarkupCategory::Wording:
        return QStringLiteral("文字差错");
    }
    return {};
}


/// Errors found in review per document handled, two decimals.
QString errorsPerDocument(const LedgerRow &r)
{
    return QString::number(r.handled > 0 ? double(r.errorTotal()) / r.handled : 0.0, 'f', 2);
}

QString figures(const LedgerRow &r)
{
    return QStringLiteral("办理文稿%1件，政策差错%2处、文种格式差错%3处、文字差错%4处，文件倒流%5次，第一读者退回%6次，"
                          "平均每件差错%7处")
        .arg(r.handled)
        .arg(r.errors.value(MarkupCategory::Policy))
        .arg(r.errors.value(MarkupCategory::Format))
        .arg(r.errors.value(MarkupCategory::Wording))
        .arg(r.backflowTotal())
        .arg(r.firstReadFailTotal())
        .arg(errorsPerDocument(r));
}

QString score(double v)
{
    return QString::number(v, 'f', 2);
}

/// A quoted text cut to a readable length, on one line.
QString clipped(const QString &text, int max)
{
    QString t = text.simplified();
    return t.size() > max ? t.left(max) + QStringLiteral("……") : t;
}

} // namespace

Result<Principal> BulletinService::registerReader(const Actor &actor) const
{
    auto who = m_ctx.resolve(actor);
    if (!who)
        return who.error();
    if (!Permissions::allows(who.value().roles, Action::ManageSerials)) {
        if (auto st = Permissions::check(who.value(), Action::ViewRanking); !st)
            return st.error();
    }
    return who;
}

Result<QList<Serial>> BulletinService::serials(const Actor &actor) const
{
    if (auto who = registerReader(actor); !who)
        return who.error();
    return SerialRepository(m_ctx.db).list();
}

Result<Serial> BulletinService::saveSerial(const Actor &actor, Serial serial)
{
    serial.name = serial.name.simplified().remove(QChar(0x300A)).remove(QChar(0x300B)); // 《》
    serial.issuer = serial.issuer.simplified();
    auto check = [](WriteScope &w, Serial &s) -> Status {
        if (s.name.isEmpty())
            return makeError(ErrorCode::Validation, tr("Enter the serial's name."));
        if (s.name.size() > kMaxName || s.issuer.size() > kMaxName)
            return makeError(ErrorCode::Validation,
                             tr("The name and the issuer may be at most %1 characters long.").arg(kMaxName));
        if (s.issuer.isEmpty())
            return makeError(ErrorCode::Validation, tr("Enter who issues the serial (编印单位)."));
        auto same = SerialRepository(w.db).findByName(s.name);
        if (!same)
            return same.error();
        if (same.value() && same.value()->id != s.id)
            return makeError(ErrorCode::Validation, tr("The register already has a serial named 《%1》.").arg(s.name));
        return {};
    };
    const WriteSpec spec{Action::ManageSerials, serial.id > 0 ? QStringLiteral("serial.update")
                                                              : QStringLiteral("serial.create")};
    if (serial.id > 0) {
        const Serial edited = serial;
        return m_ctx.update<Serial>(actor, spec, serial.id, serial.version, [&](WriteScope &w, Serial &s) -> Status {
            const bool yearlyBefore = s.yearly;
            const QString nameBefore = s.name;
            s.name = edited.name;
            s.issuer = edited.issuer;
            s.yearly = edited.yearly;
            s.active = edited.active;
            if (s.yearly != yearlyBefore || s.name != nameBefore) {
                auto numbered = SerialRepository(w.db).issues(s.id, Clearance::TopSecret);
                if (!numbered)
                    return numbered.error();
                for (const SerialIssue &i : numbered.value()) {
                    if (i.number > 0)
                        return makeError(ErrorCode::Validation,
                                         tr("Issues of 《%1》 are numbered already: its name and how its issues "
                                            "are numbered can no longer change (start a new serial instead).")
                                             .arg(nameBefore));
                }
            }
            return check(w, s);
        });
    }
    return m_ctx.create<Serial>(actor, spec, serial, check);
}

Result<QList<SerialIssue>> BulletinService::issues(const Actor &actor, qint64 serialId) const
{
    auto who = registerReader(actor);
    if (!who)
        return who.error();
    return SerialRepository(m_ctx.db).issues(serialId, who.value().clearance);
}

Result<std::optional<SerialIssue>> BulletinService::issueOf(const Actor &actor, qint64 draftId) const
{
    auto d = m_drafting.get(actor, draftId); // the draft's own clearance and visibility
    if (!d)
        return d.error();
    return SerialRepository(m_ctx.db).issueOf(draftId);
}

Result<BulletinText> BulletinService::composeText(const Actor &actor, const BulletinRequest &req) const
{
    if (auto who = m_ctx.authorize(actor, Action::ComposeBulletin); !who)
        return who.error();
    if (req.withRanking && !(req.period == StatsPeriod::year(req.period.first.year())))
        return makeError(ErrorCode::Validation,
                         tr("The annual ranking goes with a bulletin on a whole year only: choose the year as the "
                            "period, or leave the ranking out."));
    auto ledger = m_stats.ledger(actor, req.period, LedgerRows::Unit, {}, kBulletinSecrecy);
    if (!ledger)
        return ledger.error();
    const Ledger &l = ledger.value();
    const QString period = periodText(req.period);
    if (l.total.handled == 0 && l.total.defects() == 0)
        return makeError(ErrorCode::Validation,
                         tr("No document was handled in %1: there is nothing to report.").arg(req.period.label()));

    BulletinText out;
    out.title = QStringLiteral("关于%1办文质量情况的通报").arg(period);
    out.mainRecipients = {QStringLiteral("办公室各科室，区政府各部门")};
    QStringList body;
    body << QStringLiteral("为落实办文、核稿责任制，提高办文质量，现将%1办文、核稿和第一读者校核情况（涉密文件不在统计之列）"
                           "通报如下。")
                .arg(period);
    int part = 0;
    body << QStringLiteral("%1、总体情况").arg(ordinal(++part));
    const LedgerRow &t = l.total;
    body << QStringLiteral("%1，共办理文稿%2件。核稿中发现差错%3处，其中政策差错%4处、文种格式差错%5处、文字差错%6处；"
                           "文件倒流%7次；第一读者退回%8次；平均每件差错%9处。")
                .arg(period)
                .arg(t.handled)
                .arg(t.errorTotal())
                .arg(t.errors.value(MarkupCategory::Policy))
                .arg(t.errors.value(MarkupCategory::Format))
                .arg(t.errors.value(MarkupCategory::Wording))
                .arg(t.backflowTotal())
                .arg(t.firstReadFailTotal())
                .arg(errorsPerDocument(t));

    body << QStringLiteral("%1、各单位情况").arg(ordinal(++part));
    for (const LedgerRow &r : l.lines) {
        if (r.key > 0)
            body << QStringLiteral("%1：%2。").arg(r.name, figures(r));
    }

    // The kinds of error found most often, each with the newest comments that explain it.
    QList<MarkupCategory> kinds;
    for (MarkupCategory c : allMarkupCategories()) {
        if (t.errors.value(c) > 0)
            kinds.append(c);
    }
    std::stable_sort(kinds.begin(), kinds.end(),
                     [&](MarkupCategory a, MarkupCategory b) { return t.errors.value(a) > t.errors.value(b); });
    if (!kinds.isEmpty()) {
        body << QStringLiteral("%1、常见差错").arg(ordinal(++part));
        int n = 0;
        for (MarkupCategory c : kinds) {
            // The kind as a heading of its own (（一）文字差错（3处）), its examples under it.
            body << QStringLiteral("（%1）%2（%3处）").arg(ordinal(++n), categoryText(c)).arg(t.errors.value(c));
            auto quotes =
                m_stats.quotedMarkups(actor, req.period, c, std::max(0, req.quotesPerCategory), kBulletinSecrecy);
            if (!quotes)
                return quotes.error();
            QStringList examples;
            for (const QuotedMarkup &m : quotes.value()) {
                QString e = m.quoted.trimmed().isEmpty()
                                ? QStringLiteral("核稿意见：“%1”").arg(clipped(m.comment, 80))
                                : QStringLiteral("“%1”，核稿意见：“%2”").arg(clipped(m.quoted, 40), clipped(m.comment, 80));
                if (req.attributed)
                    e += QStringLiteral("（%1，%2）").arg(m.unit.isEmpty() ? QStringLiteral("单位未记录") : m.unit,
                                                         m.reviewer);
                examples << e;
            }
            if (!examples.isEmpty())
                body << QStringLiteral("如：") + examples.join(QStringLiteral("；")) + QStringLiteral("。");
        }
    }

    if (req.withRanking) {
        auto rating = m_rating.rating(actor, req.period.first.year(), 0, kBulletinSecrecy);
        if (!rating)
            return rating.error();
        body << QStringLiteral("%1、%2年度文件评比情况").arg(ordinal(++part)).arg(rating.value().year);
        QStringList ranks;
        for (const RatingLine &r : rating.value().lines) {
            if (r.rank > 0)
                ranks << QStringLiteral("第%1名%2（%3分）").arg(r.rank).arg(r.name, score(r.parts.total));
        }
        body << QStringLiteral("按照文件评比评分方案（第%1版），依据全年差错、倒流、第一读者退回、按时办结和办文数量计分，"
                               "各单位得分及排名如下：%2。")
                    .arg(rating.value().scheme.number)
                    .arg(ranks.isEmpty() ? QStringLiteral("无") : ranks.join(QStringLiteral("；")));
    }

    body << QStringLiteral("%1、有关要求").arg(ordinal(++part));
    body << QStringLiteral("各单位要对照本通报，认真分析差错原因，严格落实办文、核稿责任制，加强文稿审核把关，"
                           "切实提高办文质量。");
    out.body = body.join(QLatin1Char('\n'));
    return out;
}

Result<Draft> BulletinService::compose(const Actor &actor, const BulletinRequest &req)
{
    // The bulletin is drafted in the composer's name and carried by them from the drafting step on.
    auto who = m_ctx.authorize(actor, Action::ComposeBulletin);
    if (!who)
        return who.error();
    if (auto st = Permissions::check(who.value(), Action::CreateDraft); !st)
        return makeError(ErrorCode::Permission,
                         tr("The bulletin is drafted in your name and submitted by you: %1").arg(st.error().message));
    auto serial = SerialRepository(m_ctx.db).find(req.serialId);
    if (!serial)
        return serial.error();
    if (!serial.value() || !serial.value()->active)
        return makeError(ErrorCode::Validation, tr("Choose a serial of the register that is in use."));
    auto text = composeText(actor, req);
    if (!text)
        return text.error();
    DraftFields f;
    f.title = text.value().title;
    f.genre = Genre::Bulletin;
    f.issuer = Issuer::DistrictOffice;
    f.direction = Direction::Downward;
    f.draftingUnitId = req.draftingUnitId;
    f.mainRecipients = text.value().mainRecipients;
    f.secrecy = kBulletinSecrecy;
    const qint64 serialId = req.serialId;
    const QString period = periodText(req.period);
    return m_drafting.createFor(actor, Action::ComposeBulletin, QStringLiteral("bulletin.compose"), f,
                                DraftBody{text.value().body, {}}, [&](WriteScope &w, const Draft &d) -> Status {
                                    w.remark(QStringLiteral("serial"), serial.value()->name);
                                    w.remark(QStringLiteral("period"), period);
                                    return SerialRepository(w.db).addIssue(serialId, d.id, period, w.nowMs);
                                });
}

} // namespace gw
