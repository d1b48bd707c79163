// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — 档案: finished documents archived as 件 with 档号 and 归档章, the catalogue, 四性 checks.
#pragma once

#include "domain/ArchiveItem.h"
#include "domain/ArchiveLoan.h"
#include "domain/DataTable.h"
#include "domain/User.h"
#include "services/ArchiveCheck.h"
#include "services/ServiceContext.h"
#include "storage/ArchiveLoanRepository.h"
#include "storage/ArchiveRepository.h"
#include "storage/Backup.h"

#include <QObject>

#include <functional>

namespace gw {

class ArchivePdf;

/// What the clerk confirms when archiving: the item, the retention (proposed by the rules, chosen by a
/// person), a remark, and for a forwarding document the incoming item it forwards.
struct ArchiveRequest
{
    ArchiveSource source = ArchiveSource::Outgoing;
    qint64 id = 0;
    Retention retention = Retention::Years10;
    QString remark;
    qint64 forwardedId = 0;
};

/// The 件 a finished document would make, before it is archived: its metadata with the proposed
/// retention, and its components in order (digests and pages filled in, no 档号 yet).
struct ArchiveProposal
{
    ArchiveItem item;
    QStringList warnings; ///< what the clerk should know (a page count the worker could not read …)
};

/// An archived 件, what the clerk should know about it, and what the 四性 checks found in it at once.
struct ArchiveOutcome
{
    ArchiveItem item;
    QStringList warnings;
    QList<ArchiveFinding> findings;
};

/// One box's 备考表 (DA/T 22 附录): which 件 it holds and what is to be said about them.
struct BoxNote
{
    QString firstCode; ///< the 档号 of its first 件
    QString lastCode;
    int items = 0;
    int pages = 0;
    int secret = 0; ///< 件 with a secrecy level
    QStringList remarks; ///< the 备注 of its 件, with their 件号
};

/// A loan as the clerk records it: which 件, to whom, in which form, why, until when.
struct LoanRequest
{
    qint64 itemId = 0;
    qint64 borrowerId = 0;
    LoanForm form = LoanForm::Paper;
    QString purpose;
    QDate due;
};

class ArchiveService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveService)
public:
    ArchiveService(const ServiceContext &ctx, QObject *parent = nullptr) : QObject(parent), m_ctx(ctx) {}

    /// Finished documents waiting to be archived that the account may see: released outgoing documents
    /// and incoming items done with.
    Result<QList<ArchiveCandidate>> candidates(const Actor &actor) const;
    /// The 件 `source`/`id` would make, with the retention the office's rules propose.
    Result<ArchiveProposal> propose(const Actor &actor, ArchiveSource source, qint64 id, ArchivePdf &pdf) const;
    /// Archives a finished document: assembles its 件, gives it the next 件号 of its year, retention and
    /// organisation (gap-free, in the same transaction), stores each component once under SHA-256 and SM3,
    /// adds the copy with the 归档章 and runs the 四性 checks on the new 件.
    Result<ArchiveOutcome> archive(const Actor &actor, const ArchiveRequest &request, ArchivePdf &pdf);
    /// The 件 with its components: for the archive's keepers, and for a borrower while an electronic loan
    /// of it is open.
    Result<ArchiveItem> get(const Actor &actor, qint64 id) const;
    /// The catalogue (归档文件目录) order: year, retention, organisation, 件号.
    Result<QList<ArchiveItem>> list(const Actor &actor, ArchiveFilter filter) const;
    Result<QList<int>> years(const Actor &actor) const;
    /// The 归档文件目录 of `year` and `retention` as a table: 件号, 档号, 责任者, 文号, 题名, 日期 (eight
    /// digits), 页数, 密级, 备注, in 件号 order; only the 件 the account may see.
    Result<DataTable> catalogue(const Actor &actor, int year, Retention retention) const;
    static DataTable catalogueTable(const QList<ArchiveItem> &items, int year, Retention retention);
    /// The 备考表 of each box when the catalogue's 件 go `perBox` to a box, in order.
    static QList<BoxNote> boxNotes(const QList<ArchiveItem> &items, int perBox);
    /// A component's bytes, checked against its digests; reading it is recorded (电子档案利用登记). The
    /// archive's keepers may read every 件; a borrower the one lent to them electronically, until its due date.
    Result<QByteArray> componentBytes(const Actor &actor, qint64 itemId, int position);
    /// Whether `who` may print or save a copy of an archived file: the archive's keepers may; a borrower
    /// reads on screen only, as the loan was granted.
    static bool mayCopy(const Principal &who);
    /// Changes a 件's 备注 (the 档号 and its files never change).
    Result<ArchiveItem> setRemark(const Actor &actor, qint64 id, qint64 expectedVersion, const QString &remark);

    /// 四性检测 (DA/T 70) over every 件 the account may see, or the one given; stored as a run with its
    /// report. `going(done, total)` reports progress and returns false to stop.
    Result<ArchiveCheckReport> check(const Actor &actor, ArchivePdf &pdf, const QString &reason, qint64 onlyItem = 0,
                                     const std::function<bool(int, int)> &going = {});
    Result<std::optional<ArchiveCheckRun>> lastCheck(const Actor &actor) const;

    /// 借阅登记: the clerk records a request; refused when the borrower's clearance does not cover the 件, a
    /// due date in the past or more than 90 days ahead, or no purpose.
    Result<ArchiveLoan> recordLoan(const Actor &actor, const LoanRequest &request);
    /// The holder of the post the office sets (设置 → 办公室) approves or refuses (a refusal needs a reason).
    Result<ArchiveLoan> decideLoan(const Actor &actor, qint64 id, qint64 expectedVersion, bool approve,
                                   const QString &note);
    /// The clerk takes the paper 件 back, or closes an electronic loan early.
    Result<ArchiveLoan> returnLoan(const Actor &actor, qint64 id, qint64 expectedVersion);
    /// Who may borrow: every active account, with its clearance (for the clerk's list).
    Result<QList<User>> borrowers(const Actor &actor) const;
    /// The register of loans: the archive's keepers see every loan, anyone else their own.
    Result<QList<ArchiveLoan>> loans(const Actor &actor, LoanFilter filter) const;

    /// A backup of the records (Backup::make) made by a person at the workstation: the permission to back
    /// up, and a clearance that covers every record the backup copies. Recorded with its hash and audited.
    Result<BackupManifest> backup(const Actor &actor, const QString &file, const BackupProgress &going = {});
    /// The same made by the program, as `gongwen backup` (run by the account that owns the records) and
    /// the schedule a permitted person set on this workstation do.
    Result<BackupManifest> backupByProgram(const QString &file, const BackupProgress &going = {});
    /// When the last backup was made (0: never), for the 档案 page.
    Result<qint64> lastBackup(const Actor &actor) const;

    /// The prefix of the sequence a 件号 is drawn from (year apart): one per 全宗号, 门类, retention and
    /// organisation.
    static QString sequenceKey(const ArchiveCode &code);

Q_SIGNALS:
    void archiveChanged(qint64 id);
    void loansChanged();
    void backupMade();

private:
    /// Whether `who` may read the files of item `itemId`: a keeper of the archive, or its borrower on screen.
    Result<bool> mayRead(const Principal &who, qint64 itemId) const;
    /// A Conflict naming the 档号 when `source`/`id` is archived already (read on `in`, else on the
    /// service's connection).
    Status archivedAlready(ArchiveSource source, qint64 id, Database *in = nullptr) const;
    Result<BackupManifest> makeBackup(const Principal &who, const QString &file, const BackupProgress &going);
    ServiceContext m_ctx;
};

} // namespace gw
